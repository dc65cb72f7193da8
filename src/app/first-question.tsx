/**
 * The screen Start opens, on its own with the contexts it reads: what the start screen
 * rehearses off the page (./rehearse-off-page.ts). Its words are among the core ones.
 */
import type { ReactElement } from 'react';
import { SCREENS } from '../questions/screens';
import { DictionaryContext } from '../i18n/context';
import type { CoreWords } from '../i18n/types';
import { QuestionScreen } from '../screens/QuestionScreen';
import { SettingsContext, type Settings } from './settings';

const nothing = () => undefined;

export function firstQuestion(settings: Settings, words: CoreWords): ReactElement {
  return (
    <SettingsContext.Provider value={settings}>
      <DictionaryContext.Provider value={words}>
        <QuestionScreen screen={SCREENS[0].id} answers={{}} onSubmit={nothing} onBack={nothing} />
      </DictionaryContext.Provider>
    </SettingsContext.Provider>
  );
}
