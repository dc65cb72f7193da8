/**
 * The wizard's root: holds the machine actor (kept across language switches), persistence,
 * browser history, focus on every step change, and the frame around every screen.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import { wizardMachine } from '../machines/wizard/wizard.machine';
import { askedAnswers, askedScreens, SCREEN_IDS } from '../machines/wizard/navigation';
import type { ScreenId } from '../questions/screens';
import { recommend } from '../results/recommend';
import { DictionaryContext } from '../i18n/context';
import { loadDictionary } from '../i18n/load';
import type { Dictionary, Lang } from '../i18n/types';
import { centerConfig } from '../config/center';
import { QuestionScreen } from '../screens/QuestionScreen';
import { StartScreen } from '../screens/StartScreen';
import { ReviewScreen } from '../screens/ReviewScreen';
import { ResultScreen } from '../screens/ResultScreen';
import { CrisisScreen } from '../screens/CrisisScreen';
import { Layout } from '../ui/Layout';
import { SettingsContext, type Settings } from './settings';
import { forgetSession, openSession, saveSession } from './session';
import { useBrowserHistory } from './useBrowserHistory';
import { useStepFocus } from './useStepFocus';
import { postToParent } from './embed-messages';
import { useEmbedHeight } from './useEmbedHeight';
import { AnnounceContext } from './announce';
import { StaffPanel } from '../staff/StaffPanel';
import { StaffShortcuts } from '../staff/StaffShortcuts';
import { useNumberShortcuts } from '../staff/useNumberShortcuts';

export interface AppProps {
  readonly settings: Settings;
  readonly dictionary: Dictionary;
}

export function App({ settings: initialSettings, dictionary: initialDictionary }: AppProps) {
  const [dictionary, setDictionary] = useState(initialDictionary);
  const [lang, setLang] = useState<Lang>(initialSettings.lang);
  const [left, setLeft] = useState(false);
  const settings = useMemo(() => ({ ...initialSettings, lang }), [initialSettings, lang]);
  const session = useMemo(() => openSession(settings.persist), [settings.persist]);
  const [notice, setNotice] = useState(session.notice);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => {
    // Cleared first, so the same words said twice are announced twice.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(text));
  }, []);
  const staff = settings.mode === 'staff';
  const [numberKeys, setNumberKeys] = useState(true);
  useNumberShortcuts(staff && numberKeys);

  const actor = useActorRef(wizardMachine, { input: {}, snapshot: session.snapshot });
  const step = useSelector(actor, (s) => s.value);
  const context = useSelector(actor, (s) => s.context);
  const depth = context.history.length;

  // Persist every change (self mode outside a frame only; memory otherwise).
  useEffect(() => {
    const sub = actor.subscribe((s) => {
      if (s.value === 'start' && s.context.history.length === 0) forgetSession(session.storage);
      else saveSession(session.storage, s.value, s.context.history, s.context.answers);
    });
    return () => sub.unsubscribe();
  }, [actor, session.storage]);

  const forget = useCallback(() => {
    forgetSession(session.storage);
    actor.send({ type: 'RESTART' });
  }, [actor, session.storage]);

  // A page brought back from the back-forward cache forgets everything (integration contract).
  useEffect(() => {
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) forget();
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, [forget]);

  const history = useBrowserHistory({
    enabled: !settings.embed,
    depth,
    onBack: () => actor.send({ type: 'BACK' }),
    onForward: () => {
      const s = actor.getSnapshot();
      const current = s.value;
      // Forward re-submits the screen's saved answers: it can only go where Continue would.
      if (current === 'review') actor.send({ type: 'CONFIRM' });
      else if ((SCREEN_IDS as readonly string[]).includes(current))
        actor.send({ type: 'SUBMIT', screen: current as ScreenId, values: s.context.answers });
      else if (current === 'start') actor.send({ type: 'START' });
    },
  });

  const changeLanguage = useCallback(async (next: Lang) => {
    setDictionary(await loadDictionary(next));
    setLang(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const leave = useCallback(() => {
    forget();
    if (settings.embed) setLeft(true);
    else window.location.replace(centerConfig.neutralPage);
  }, [forget, settings.embed]);

  const stepKey = `${step}:${depth}`;
  // The engine and the result read only what is asked: one walk per change of answers.
  const clean = useMemo(() => askedAnswers(context.answers), [context.answers]);
  const result = useMemo(() => (step === 'result' ? recommend(clean) : undefined), [step, clean]);
  // "Question N": the screen's place among the screens asked so far.
  const questionNumber = askedScreens(context.answers).indexOf(step as ScreenId) + 1;
  useStepFocus(stepKey, settings.embed);
  const contentRef = useEmbedHeight(settings);

  // Embed messages: a new screen, and the end (result or crisis).
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    setNotice(null);
    postToParent(settings, { type: 'loc:step', index: depth + 1 });
    if (step === 'result' || step === 'crisis') {
      const level = result?.level ?? 'emergency';
      postToParent(settings, {
        type: 'loc:complete',
        ...(settings.shareResult === 'level' ? { level } : {}),
      });
    }
    // Only on a step change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepKey]);

  function screen() {
    if (step === 'start') return <StartScreen onStart={() => actor.send({ type: 'START' })} />;
    if (step === 'review')
      return (
        <ReviewScreen
          answers={context.answers}
          onChange={(screen) => actor.send({ type: 'CHANGE', screen })}
          onConfirm={() => actor.send({ type: 'CONFIRM' })}
          onBack={history.back}
        />
      );
    if (step === 'result' && result)
      return <ResultScreen answers={clean} result={result} onRestart={forget} />;
    if (step === 'crisis')
      return (
        <CrisisScreen
          respondent={context.answers.respondent}
          onBack={history.back}
          onNewCaller={forget}
        />
      );
    return (
      <QuestionScreen
        key={stepKey}
        screen={step as ScreenId}
        answers={context.answers}
        stepNumber={questionNumber}
        onSubmit={(screen, values) => actor.send({ type: 'SUBMIT', screen, values })}
        onBack={history.back}
      />
    );
  }

  return (
    <SettingsContext.Provider value={settings}>
      <DictionaryContext.Provider value={dictionary}>
        <AnnounceContext.Provider value={announce}>
          <div ref={contentRef} className="content-root">
            {left ? (
              <div className="left-blank" />
            ) : (
              <Layout
                notice={notice}
                announcement={announcement}
                onLeave={leave}
                onLanguage={(next) => void changeLanguage(next)}
                aside={
                  staff && (
                    <>
                      <StaffPanel answers={context.answers} />
                      <StaffShortcuts numbersOn={numberKeys} onToggle={setNumberKeys} />
                    </>
                  )
                }
              >
                {screen()}
              </Layout>
            )}
          </div>
        </AnnounceContext.Provider>
      </DictionaryContext.Provider>
    </SettingsContext.Provider>
  );
}
