/**
 * A walk through the wizard in any engine, through its public DOM hooks only (integration
 * contract): every input's `name` is the dotted
 * question id and its `value` the answer; Continue is the form's submit. Choices are made by
 * clicking their label with the engine's pointer, as a person taps the option.
 */
import type { AnswerSet } from './fixtures';
import { click, waitUntil, type Surface } from './driver';

export const SUBMIT = 'main form button[type="submit"]';
export const START_HEADING = 'What kind of care might help?';

function read(answers: AnswerSet, id: string): unknown {
  const [section, key] = id.split('.');
  const first = (answers as Record<string, unknown>)[section!];
  return key === undefined ? first : (first as Record<string, unknown> | undefined)?.[key];
}

/** Waits for a screen the app drew itself (not the prerendered copy, not "Loading…"). */
export async function waitForApp(s: Surface): Promise<void> {
  await waitUntil(
    s,
    'the app',
    () => {
      const h = document.querySelector(
        '#root > .content-root:not([data-prerendered]) #step-heading',
      );
      return !!h && !h.closest('[aria-busy]');
    },
    [],
  );
}

export function heading(s: Surface): Promise<string> {
  return s.run(() => (document.getElementById('step-heading')?.textContent ?? '').trim());
}

export async function waitForHeading(s: Surface, text: string): Promise<void> {
  await waitUntil(
    s,
    `the heading "${text}"`,
    (t: string) =>
      !document.querySelector('[aria-busy="true"]') &&
      document.getElementById('step-heading')?.textContent?.trim() === t,
    [text],
  );
}

export function shownQuestions(s: Surface): Promise<string[]> {
  return s.run(() => [
    ...new Set(
      [...document.querySelectorAll<HTMLInputElement>('main form input[name]')].map((i) => i.name),
    ),
  ]);
}

export function checkedValues(s: Surface, name: string): Promise<string[]> {
  return s.run(
    (n: string) =>
      [...document.querySelectorAll<HTMLInputElement>(`main form input[name="${n}"]:checked`)].map(
        (i) => i.value,
      ),
    name,
  );
}

export const hasOutcome = (s: Surface): Promise<boolean> =>
  s.run(() => !!document.querySelector('[data-level]'));

/** Clicks the button in <main> whose text is `text` (Start over, Try again). */
export function clickButton(s: Surface, text: string): Promise<void> {
  return s.clickOn(
    (t: string) =>
      [...document.querySelectorAll('main button')].find((b) => b.textContent?.trim() === t) ??
      null,
    text,
  );
}

/** Clicks the label of one option (a person's tap on it). */
export function choose(s: Surface, name: string, value: string): Promise<void> {
  return s.clickOn(
    (n: string, v: string) => {
      const input = document.querySelector<HTMLInputElement>(
        `main form input[name="${n}"][value="${v}"]`,
      );
      return input?.labels?.[0] ?? input;
    },
    name,
    value,
  );
}

const isChecked = (n: string, v: string): boolean =>
  !!document.querySelector<HTMLInputElement>(`main form input[name="${n}"][value="${v}"]`)?.checked;

/**
 * Chooses an option and waits until it shows as chosen. A tap that didn't take is made again
 * once, as a person would, after the double-click time: a driver's clicks come faster than a
 * hand's, and one landing while the screen still moves (a question appearing, the frame
 * resizing on a partner's page) can miss its option (CI: Firefox, in the frame, once in ~40 walks).
 */
async function chooseAndSee(s: Surface, name: string, value: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await choose(s, name, value);
    try {
      await waitUntil(s, `${name}=${value} chosen`, isChecked, [name, value], 1500);
      return;
    } catch (error) {
      if (attempt > 0) throw error;
    }
  }
}

/** Answers every question on the current screen from `answers`, conditional ones included. */
export async function answerScreen(s: Surface, answers: AnswerSet): Promise<void> {
  const done = new Set<string>();
  for (;;) {
    // One read per round: the questions shown and what is checked in each.
    const shown = await s.run(() => {
      const out: Record<string, string[]> = {};
      for (const i of document.querySelectorAll<HTMLInputElement>('main form input[name]'))
        (out[i.name] ??= []).push(...(i.checked ? [i.value] : []));
      return out;
    });
    const pending = Object.keys(shown).filter((n) => !done.has(n));
    if (pending.length === 0) return;
    for (const name of pending) {
      done.add(name);
      const value = read(answers, name);
      if (value === undefined) continue;
      for (const v of (Array.isArray(value) ? value : [value]).map(String))
        if (!shown[name]!.includes(v)) await chooseAndSee(s, name, v);
    }
  }
}

/** Clicks Continue (or Start) and waits for the next screen, whole. */
export async function submit(s: Surface): Promise<void> {
  const before = await heading(s);
  await click(s, SUBMIT);
  await waitUntil(
    s,
    `a new screen after "${before}"`,
    (previous: string) => {
      if (document.querySelector('[aria-busy="true"]')) return false;
      const h = document.getElementById('step-heading');
      return !h || h.textContent !== previous || !!document.querySelector('[data-level]');
    },
    [before],
    // Generous: on a loaded 2-core machine a screen inside a partner's frame took over 5 s.
    15_000,
  );
}

/** Answers screen by screen until the result or crisis screen; returns the headings passed. */
export async function completeWith(
  s: Surface,
  answers: AnswerSet,
  each?: (heading: string) => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    if (await hasOutcome(s)) return seen;
    const h = await heading(s);
    seen.push(h);
    if (each) await each(h);
    await answerScreen(s, answers);
    try {
      await submit(s);
    } catch (error) {
      // What the screen showed: its errors, whether it was still busy, and its first words.
      const problem = await s.run(() => ({
        errors: document.querySelector('.error-summary')?.textContent ?? null,
        busy: [...document.querySelectorAll('[aria-busy="true"]')].map((e) =>
          e.outerHTML.slice(0, 120),
        ),
        main: document.querySelector('main')?.textContent?.slice(0, 300) ?? null,
      }));
      throw new Error(`Stuck after: ${seen.join(' | ')}; shown: ${JSON.stringify(problem)}`, {
        cause: error,
      });
    }
  }
  throw new Error(`No result after 40 screens: ${seen.join(' | ')}`);
}

/** The handoff code on a self-mode result, and staff mode's field for one. */
export const HANDOFF_CODE = '[data-handoff-code]';
export const STAFF_CODE_FIELD = 'input[name="handoffCode"]';

/**
 * Puts `text` in a field (the form reads the field on submit) and focuses it. The interface
 * types no text; the field's own handling of each character is the unit tests'.
 */
export async function fill(s: Surface, selector: string, text: string): Promise<void> {
  await click(s, selector);
  await s.run(
    (sel: string, value: string) => {
      const input = document.querySelector<HTMLInputElement>(sel)!;
      input.value = value;
      input.focus();
    },
    selector,
    text,
  );
}

/** Answers screen by screen until a screen showing question `name`, unanswered. */
export async function answerUntil(s: Surface, answers: AnswerSet, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await shownQuestions(s)).includes(name)) return;
    if (await hasOutcome(s)) break;
    await answerScreen(s, answers);
    await submit(s);
  }
  throw new Error(`Never reached the screen with ${name}`);
}

export interface Outcome {
  readonly level: string | null;
  readonly asam: string | null;
  readonly urgency: string | null;
}

export async function outcome(s: Surface): Promise<Outcome> {
  return waitUntil(
    s,
    'the outcome',
    () => {
      const root = document.querySelector('[data-level]');
      return root
        ? {
            level: root.getAttribute('data-level'),
            asam: root.getAttribute('data-asam'),
            urgency: root.getAttribute('data-urgency'),
          }
        : null;
    },
    [],
  );
}

/**
 * Waits until the app's work after a paint and an idle moment (title, saved copy) has run: a
 * frame, then an idle callback where the engine has one (WebKit has none: a task, as the app
 * itself falls back to), twice.
 */
export async function afterPaint(s: Surface): Promise<void> {
  await s.run(async () => {
    // Bounded: a page the browser deems hidden gets no frame and no idle time (a Chromium run
    // once hung here for the protocol's 180 s), so each wait also ends on a timer.
    const idle = (run: () => void) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 500 })
        : setTimeout(run, 50);
    const frame = (run: () => void) => {
      let done = false;
      const once = () => {
        if (!done) run();
        done = true;
      };
      requestAnimationFrame(once);
      setTimeout(once, 500);
    };
    const round = () =>
      new Promise<void>((resolve) => frame(() => idle(() => setTimeout(resolve, 0))));
    await round();
    await round();
  });
}

/** Everything in Web Storage, as text, once the page's idle work has run: '[{},{}]' when empty. */
export async function storedText(s: Surface): Promise<string> {
  await afterPaint(s);
  return s.run(() => JSON.stringify([{ ...sessionStorage }, { ...localStorage }]));
}
