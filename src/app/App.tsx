/**
 * The wizard's root: holds the machine actor (kept across language switches), browser history,
 * focus on every step change, and the frame around every screen. Answers live in the actor's
 * memory only (integration contract v1.3, Privacy): never in storage, so a closed tab, a
 * restored tab or the browser's session files can't bring them back.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useActorValue } from '../machines/wizard/useActorValue';
import { useStartedActor } from '../machines/wizard/useStartedActor';
import { wizardMachine, type WizardSnapshot } from '../machines/wizard/wizard.machine';
import { askedAnswers, SCREEN_IDS } from '../machines/wizard/navigation';
import { SCREENS, type ScreenId } from '../questions/screens';
import { DictionaryContext, FullTextContext } from '../i18n/context';
import { loadCoreWords } from '../i18n/load';
import { dirOf } from '../i18n/languages';
import { mergeWords, type CoreWords, type Lang } from '../i18n/types';
import { centerConfig } from '../config/center';
import { QuestionScreen } from '../screens/QuestionScreen';
import { StartScreen } from '../screens/StartScreen';
import { CrisisScreen } from '../screens/CrisisScreen';
import { PendingScreen } from '../screens/PendingScreen';
import { Layout } from '../ui/Layout';
import { SettingsContext, type Settings } from './settings';
import { clearClipboard } from './clipboard';
import { leaveTab } from './leave-tab';
import { useBrowserHistory } from './useBrowserHistory';
import { useStepFocus } from './useStepFocus';
import { useDoubleClickGuard } from './useDoubleClickGuard';
import { postToParent } from './embed-messages';
import { useEmbedHeight } from './useEmbedHeight';
import { leaveFromFrame } from './leave-page';
import { AnnounceContext } from './announce';
import { loadDeferred, type Deferred } from './load-deferred';
import { useDeferredPart } from './useDeferredPart';
import { takeEarlyStart } from '../prerender/early-start';
import { whenIdleAfterPaint } from './after-paint';
import { rehearseOffPage } from './rehearse-off-page';
import { firstQuestion } from './first-question';

export interface AppProps {
  readonly settings: Settings;
  readonly dictionary: CoreWords;
  /** Where the wizard opens: the start screen, unless a test opens it further on. */
  readonly snapshot?: WizardSnapshot;
  /** The review, result and staff code and words, when boot already fetched them (staff mode). */
  readonly deferred?: Deferred | null;
}

export function App({
  settings: initialSettings,
  dictionary: initialDictionary,
  snapshot,
  deferred: initialDeferred = null,
}: AppProps) {
  const [dictionary, setDictionary] = useState(initialDictionary);
  // The words actually loaded decide the language (Spanish that failed to load fell back).
  const lang = dictionary.lang;
  const [left, setLeft] = useState(false);
  const settings = useMemo(() => ({ ...initialSettings, lang }), [initialSettings, lang]);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => {
    // Cleared first, so the same words said twice are announced twice.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(text));
  }, []);
  const staff = settings.mode === 'staff';
  const [numberKeys, setNumberKeys] = useState(true);

  const actor = useStartedActor(wizardMachine, { input: {}, snapshot });
  const step = useActorValue(actor, (s) => s.value);
  const context = useActorValue(actor, (s) => s.context);
  const depth = context.history.length;

  const forget = useCallback(() => {
    // What this page copied goes too; in staff mode always (./clipboard.ts).
    clearClipboard(staff);
    actor.send({ type: 'RESTART' });
  }, [actor, staff]);

  // Staff mode: the intake note leaves the clipboard with the page (best effort: a browser may
  // refuse a write from a page that is going away; New caller and Leave are the sure ways).
  useEffect(() => {
    if (!staff) return;
    const onHide = () => clearClipboard(true);
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [staff]);

  // Begin pressed on the prerendered start screen before this code arrived: start now.
  useEffect(() => {
    if (takeEarlyStart() && actor.getSnapshot().value === 'start') actor.send({ type: 'START' });
  }, [actor]);

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

  // Only the start, the first question and the crisis screen can show without the later part.
  const needsLater = step !== 'start' && step !== 'crisis' && step !== SCREENS[0].id;
  // Self mode's "Have a code from before?" asks for the later part when it is opened (issue 19).
  const [codeWanted, setCodeWanted] = useState(false);
  const later = useDeferredPart(lang, initialDeferred, {
    wanted: staff || step !== 'start' || codeWanted,
    now: staff || needsLater || codeWanted,
  });
  const { ready, adopt } = later;
  // Every word, merged once per language (the review, result and staff tools read them all).
  const fullText = useMemo(
    () => (ready ? mergeWords(dictionary, ready.words) : null),
    [dictionary, ready],
  );

  const changeLanguage = useCallback(
    (next: Lang) => {
      // Both parts switch together, so no screen mixes languages.
      void Promise.all([loadCoreWords(next), ready ? loadDeferred(next) : null]).then(
        ([words, rest]) => {
          setDictionary(words);
          if (rest) adopt(rest);
        },
        // Not loaded (offline): the screen stays in its language, answers and step as they were.
        () => undefined,
      );
    },
    [ready, adopt],
  );

  useEffect(() => {
    // <html lang dir> follow the language on every screen (right to left for Farsi and Arabic).
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang]);

  const leave = useCallback(() => {
    forget();
    document.title = dictionary.app.title;
    setLeft(true);
    // In a frame the partner's whole page goes too (./leave-page.ts); in a tab, the wizard's
    // history entries go with it (./leave-tab.ts).
    if (settings.embed) leaveFromFrame();
    else leaveTab(centerConfig.neutralPage);
  }, [forget, settings.embed, dictionary]);

  const stepKey = `${step}:${depth}`;
  // The engine and the result read only what is asked (walked on the result screen only).
  const clean = useMemo(
    () => (step === 'result' ? askedAnswers(context.answers) : null),
    [step, context.answers],
  );
  const result = useMemo(
    () => (clean && ready ? ready.code.recommend(clean) : undefined),
    [clean, ready],
  );
  // The result, worked out once the review has painted, while the person reads it: "See the
  // result" then finds it ready (the engine remembers it per answers object).
  useEffect(() => {
    if (step !== 'review' || !ready) return;
    return whenIdleAfterPaint(() => {
      try {
        ready.code.recommend(askedAnswers(context.answers));
      } catch {
        // Invalid answers: the result screen meets the same error and shows it.
      }
    });
  }, [step, ready, context.answers]);
  const waiting = needsLater && !ready;
  // A screen that was waiting for its code gets the focus again once it's there.
  useStepFocus(
    waiting ? `${stepKey}:${later.failed ? 'failed' : 'loading'}` : stepKey,
    settings.embed,
  );
  useDoubleClickGuard(stepKey);
  const contentRef = useEmbedHeight(settings);

  // Embed messages: a new screen, and the end (result or crisis).
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    postToParent(settings, { type: 'loc:step' });
    // Only on a step change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepKey]);
  // The end, once its level is known (the result may wait for its code); never again for a
  // step the page opened on.
  const completedAt = useRef(stepKey);
  useEffect(() => {
    const level = step === 'crisis' ? 'emergency' : step === 'result' ? result?.level : undefined;
    if (level === undefined || completedAt.current === stepKey) return;
    completedAt.current = stepKey;
    postToParent(settings, {
      type: 'loc:complete',
      ...(settings.shareResult === 'level' ? { level } : {}),
    });
  }, [stepKey, step, result, settings]);

  // While the start screen is read, the first question is drawn once off the page, so the
  // first Continue runs warm code (./rehearse-off-page.ts).
  useEffect(() => {
    if (step !== 'start') return;
    return rehearseOffPage(firstQuestion(settings, dictionary));
  }, [step, settings, dictionary]);

  function screen() {
    if (step === 'start')
      return staff && ready ? (
        // "Caller has a code?" before Start (issue #15): staff mode only, in the later part.
        <ready.code.StaffStartScreen actor={actor} />
      ) : (
        <StartScreen
          onStart={() => actor.send({ type: 'START' })}
          code={
            // Staff's own start has "Caller has a code?" (shown once their tools are here).
            staff
              ? undefined
              : {
                  onOpen: () => setCodeWanted(true),
                  form:
                    ready && fullText
                      ? (onErrorChange) => (
                          <ready.code.SelfCodeEntry actor={actor} onErrorChange={onErrorChange} />
                        )
                      : null,
                  failed: later.failed,
                  onRetry: later.retry,
                }
          }
        />
      );
    if (step === 'crisis')
      return (
        <CrisisScreen
          respondent={context.answers.respondent}
          onBack={history.back}
          staffProtocol={staff && ready && <ready.code.StaffCrisisProtocol />}
          staffActions={staff && ready && <ready.code.NewCaller onConfirm={forget} />}
          interpreter={ready && <ready.code.Interpreter who={context.answers.respondent} />}
        />
      );
    if (waiting || (step === 'result' && !result))
      return <PendingScreen failed={later.failed} onRetry={later.retry} />;
    if (step === 'review' && ready)
      return (
        <ready.code.ReviewScreen
          answers={context.answers}
          onChange={(screen) => actor.send({ type: 'CHANGE', screen })}
          onConfirm={() => actor.send({ type: 'CONFIRM' })}
          onBack={history.back}
        />
      );
    if (step === 'result' && ready && result && clean)
      return (
        <ready.code.ResultScreen
          answers={clean}
          result={result}
          onRestart={forget}
          codeLanguage={context.codeLanguage}
        />
      );
    return (
      <QuestionScreen
        key={stepKey}
        screen={step as ScreenId}
        answers={context.answers}
        onSubmit={(screen, values) => actor.send({ type: 'SUBMIT', screen, values })}
        onBack={history.back}
      />
    );
  }

  return (
    <SettingsContext.Provider value={settings}>
      <DictionaryContext.Provider value={dictionary}>
        <FullTextContext.Provider value={fullText}>
          <AnnounceContext.Provider value={announce}>
            <div ref={contentRef} className="content-root">
              {left ? (
                <div className="left-blank" />
              ) : (
                <Layout
                  announcement={announcement}
                  onLeave={leave}
                  onLanguage={changeLanguage}
                  aside={
                    staff &&
                    ready && (
                      <>
                        <ready.code.StaffPanel
                          answers={context.answers}
                          codeLanguage={context.codeLanguage}
                        />
                        <ready.code.StaffShortcuts
                          numbersOn={numberKeys}
                          onToggle={setNumberKeys}
                        />
                      </>
                    )
                  }
                >
                  {screen()}
                </Layout>
              )}
            </div>
          </AnnounceContext.Provider>
        </FullTextContext.Provider>
      </DictionaryContext.Provider>
    </SettingsContext.Provider>
  );
}
