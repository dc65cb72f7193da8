/**
 * Model-based coverage of the wizard machine with xstate/graph (design "Examples to follow",
 * item 5). The guards read context, so every state gets sample events built from its snapshot:
 * on a question screen, SUBMITs of representative answers (support/samples.ts), a late SUBMIT
 * for the screen before (a double click) and BACK; on the review, CONFIRM, a few CHANGE links
 * and BACK. States are told apart by the step plus only the facts that steer navigation from
 * there on, so the traversal stays small while every transition it does take is a real one.
 * Submissions that must not move are tried on plain states only, and while a Change from the
 * review is pending only the way forward and Back towards the review are tried: elsewhere they
 * multiply states without reaching new behaviour (the coverage assertions below say so).
 *
 * Every transition found is checked against the contract reference (support/reference.ts);
 * the coverage (steps, guards, every branch of every askedWhen) is asserted, not just printed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getSimplePaths, type AdjacencyMap } from 'xstate/graph';
import {
  wizardMachine,
  type Step,
  type WizardEvent,
} from '../../../src/machines/wizard/wizard.machine';
import {
  askedAnswers,
  emergencyScreen,
  firstIncompleteScreen,
} from '../../../src/machines/wizard/navigation';
import { QUESTIONS, type Condition, type Question } from '../../../src/questions/bank';
import type { ScreenId } from '../../../src/questions/screens';
import {
  SCREEN_LIST,
  get,
  isScreen,
  questionsOf,
  refDestination,
  refBack,
  refConfirm,
  refMerge,
  refQuestion,
  refRoute,
  refWalk,
  screenIndex,
  screenOf,
  type Raw,
} from './support/reference';
import { SAMPLES, firstSample } from './support/samples';

type Snap = SnapshotFrom<typeof wizardMachine>;
/** The context of a new session, which RESTART must return to. */
const FRESH = createActor(wizardMachine, { input: {} }).getSnapshot().context;
const ctx = (s: Snap) => s.context;
const at = (s: Snap): Step => s.value;

// ---- guard coverage: the real guards, wrapped to record which were true, with which params --
type GuardFn = (args: unknown, params: unknown) => boolean;
const guardHits = new Map<string, Set<string>>();
const realGuards = wizardMachine.implementations.guards as unknown as Record<string, GuardFn>;
const tracked = wizardMachine.provide({
  guards: Object.fromEntries(
    Object.entries(realGuards).map(([name, fn]) => [
      name,
      (args: unknown, params: unknown) => {
        const result = fn(args, params);
        if (result) {
          const set = guardHits.get(name) ?? new Set<string>();
          set.add(JSON.stringify(params));
          guardHits.set(name, set);
        }
        return result;
      },
    ]),
  ),
});

// ---- serialization: the step plus what steers navigation from here on ----
const FREQUENCY = SCREEN_LIST.indexOf('frequency');
const WITHDRAWAL = SCREEN_LIST.indexOf('withdrawal');
const DEPRESSANTS = ['alcohol', 'benzodiazepines', 'opioids'];
/** Screens that are not always asked. */
const OPTIONAL_SCREENS = SCREEN_LIST.filter((s) =>
  questionsOf(s).every((id) => refQuestion(id).asked),
);
const serialized = new WeakMap<Snap, string>();
function serialize(snapshot: Snap): string {
  const known = serialized.get(snapshot);
  if (known !== undefined) return known;
  const step = at(snapshot);
  const { answers, history, returnToReview } = ctx(snapshot);
  const substances = get(askedAnswers(answers), 'use.substances') as string[] | undefined;
  const pos = screenIndex(step);
  // On the substances screen and before it, the answer is replaced before it is read again.
  // Between it and the withdrawal screen, which depressant is used decides the withdrawal
  // askedWhen branches; after it, only whether anything is used matters (the treatment screen).
  const sub =
    substances === undefined || pos < FREQUENCY
      ? ''
      : substances.includes('none')
        ? 'none'
        : pos < WITHDRAWAL
          ? DEPRESSANTS.filter((d) => substances.includes(d)).join('+') || 'other'
          : 'some';
  const incomplete = returnToReview || step === 'review' ? firstIncompleteScreen(answers) : '';
  // After a Change, which conditional screens the review showed decides what counts as opened.
  const onReview = returnToReview
    ? ctx(snapshot)
        .askedAtChange.filter((s) => OPTIONAL_SCREENS.includes(s))
        .join('+')
    : '';
  if (step === 'crisis') {
    // Only Back leaves it: where to, and what stands.
    const key = [
      step,
      returnToReview ? 'R' : '',
      history.at(-1) ?? '',
      emergencyScreen(answers) ?? '',
    ].join('|');
    serialized.set(snapshot, key);
    return key;
  }
  const key = [
    step,
    returnToReview ? 'R' : '',
    history.at(-1) ?? '',
    sub,
    emergencyScreen(answers) ?? '',
    incomplete ?? '',
    onReview,
  ].join('|');
  serialized.set(snapshot, key);
  return key;
}

const CHANGES: readonly ScreenId[] = [
  'danger',
  'substances',
  'withdrawal',
  'asq',
  'treatment',
  'home',
];

function sampleEvents(snapshot: Snap): WizardEvent[] {
  return [...eventsAt(snapshot), { type: 'RESTART' }];
}

function eventsAt(snapshot: Snap): WizardEvent[] {
  const step = at(snapshot);
  const { answers, history, returnToReview, askedAtChange } = ctx(snapshot);
  if (step === 'start') return [{ type: 'START' }];
  if (step === 'result' || step === 'crisis') return [{ type: 'BACK' }];
  // After a Change, Back is tried only towards the review it came from: walking further back
  // with the Change still pending multiplies the states without reaching new behaviour.
  const back: WizardEvent[] =
    !returnToReview || history.slice(-2).includes('review') ? [{ type: 'BACK' }] : [];
  if (isScreen(step)) {
    const onReview = returnToReview ? askedAtChange : null;
    const submit = (values: Raw): WizardEvent => ({ type: 'SUBMIT', screen: step, values });
    // Submissions that must not move (incomplete, invalid, a late one for the screen before)
    // are tried on the plain states only: elsewhere they would only repeat the same check.
    if (returnToReview || emergencyScreen(answers) !== undefined) {
      return [
        ...SAMPLES[step]
          .filter((s) => refDestination(refMerge(answers, step, s.values), step, onReview))
          .map((s) => submit(s.values)),
        ...back,
      ];
    }
    const previous = SCREEN_LIST[SCREEN_LIST.indexOf(step) - 1];
    return [
      ...SAMPLES[step].map((s) => submit(s.values)),
      submit({}),
      ...(previous
        ? [{ type: 'SUBMIT' as const, screen: previous, values: firstSample(previous) }]
        : []),
      ...back,
    ];
  }
  if (step === 'review') {
    // Change links from a review reached with a Change still pending: not tried (see Back).
    const changes = returnToReview ? [] : CHANGES;
    return [
      { type: 'CONFIRM' },
      ...changes.map((screen) => ({ type: 'CHANGE' as const, screen })),
      ...back,
    ];
  }
  return [];
}

const traversal = {
  events: (s: Snap) => sampleEvents(s),
  serializeState: (s: Snap) => serialize(s),
  limit: 20_000,
};

type Transition = { readonly event: WizardEvent; readonly state: Snap };
interface Vertex {
  readonly state: Snap;
  readonly transitions: Readonly<Record<string, Transition>>;
}
const verticesOf = (adjacency: AdjacencyMap<Snap, WizardEvent>) =>
  Object.values(adjacency) as Vertex[];
const transitionsOf = (v: Vertex) => Object.entries(v.transitions);

interface Edge {
  readonly from: Snap;
  readonly event: WizardEvent;
  readonly to: Snap;
}

// ---- askedWhen branch coverage ----
interface Coverage {
  asked: boolean;
  skipped: boolean;
  /** per condition: seen false where the question was skipped */
  falseSeen: boolean[];
  /** per condition: seen as the only true one where the question was asked */
  aloneSeen: boolean[];
  /** `question:value` of each anyOf value seen as the only match where the question was asked */
  anyOfSeen: Set<string>;
  /** `question:value` of each noneOf value seen present where the question was skipped */
  noneOfSeen: Set<string>;
}

const CONDITIONAL = (QUESTIONS as readonly Question[]).filter((q) => q.askedWhen);
const conditionsOf = (q: Question): readonly Condition[] =>
  q.askedWhen ? ('all' in q.askedWhen ? q.askedWhen.all : q.askedWhen.any) : [];
const isAny = (q: Question) => !!q.askedWhen && 'any' in q.askedWhen;
/** Conditional on an answer given on its own screen: decided when that screen is submitted. */
const decidedOnOwnScreen = (q: Question) =>
  conditionsOf(q).some((c) => screenOf(c.question) === screenOf(q.id));

function evaluate(c: Condition, clean: Raw): { holds: boolean; given: string[] } {
  const raw = get(clean, c.question);
  if (raw === undefined) return { holds: false, given: [] };
  const given = Array.isArray(raw) ? (raw as string[]) : [raw as string];
  const holds =
    (!c.anyOf || c.anyOf.some((v) => given.includes(v))) &&
    (!c.noneOf || !c.noneOf.some((v) => given.includes(v)));
  return { holds, given };
}

const isEmptyValue = (v: unknown) =>
  v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && !v.length);

describe('the wizard machine, traversed with xstate/graph', () => {
  let adjacency: AdjacencyMap<Snap, WizardEvent>;
  let edges: Edge[];
  let vertices: Snap[];
  const coverage = new Map<string, Coverage>();
  const disagreements: string[] = [];

  beforeAll(() => {
    const started = performance.now();
    adjacency = getAdjacencyMap(tracked, traversal);
    vertices = verticesOf(adjacency).map((v) => v.state);
    edges = verticesOf(adjacency).flatMap((v) =>
      transitionsOf(v).map(([, t]) => ({ from: v.state, event: t.event, to: t.state })),
    );
    for (const q of CONDITIONAL) {
      const n = conditionsOf(q).length;
      coverage.set(q.id, {
        asked: false,
        skipped: false,
        falseSeen: Array<boolean>(n).fill(false),
        aloneSeen: Array<boolean>(n).fill(false),
        anyOfSeen: new Set(),
        noneOfSeen: new Set(),
      });
    }
    for (const edge of edges) observe(edge);
    console.info(
      `graph: ${vertices.length} states, ${edges.length} transitions, ` +
        `${Math.round(performance.now() - started)} ms`,
    );
  }, 60_000);

  /** Records the skip decisions an edge shows the machine taking, and checks them. */
  function observe({ from, event, to }: Edge): void {
    if (event.type !== 'SUBMIT' || event.screen !== at(from) || !isScreen(at(from))) return;
    const screen = at(from) as ScreenId;
    const merged = refMerge(ctx(from).answers, screen, event.values);
    const ref = refWalk(merged);
    const moved = at(to) !== screen;
    for (const q of CONDITIONAL) {
      const own = screenOf(q.id);
      let asked: boolean | undefined;
      if (decidedOnOwnScreen(q) && own === screen) {
        // Left out, with the screen's other asked questions answered: staying means required.
        const others = questionsOf(screen).filter((id) => id !== q.id && ref.asked.has(id));
        if (isEmptyValue(get(event.values, q.id)) && others.every((id) => get(ref.clean, id))) {
          asked = !moved;
        }
      } else if (
        moved &&
        at(to) !== 'crisis' &&
        !ctx(from).returnToReview &&
        screenIndex(screen) < screenIndex(own) &&
        screenIndex(at(to)) >= screenIndex(own)
      ) {
        // Continue went to the question's screen, or past it.
        if (at(to) !== own) asked = false;
        else if (!decidedOnOwnScreen(q)) asked = true;
      }
      if (asked === undefined) continue;
      if (asked !== ref.asked.has(q.id)) {
        disagreements.push(
          `${q.id} ${asked ? 'asked' : 'skipped'} after ${JSON.stringify(event)} from ${serialize(from)}`,
        );
      }
      const cov = coverage.get(q.id)!;
      const results = conditionsOf(q).map((c) => evaluate(c, ref.clean));
      if (asked) cov.asked = true;
      else cov.skipped = true;
      results.forEach((r, i) => {
        const c = conditionsOf(q)[i]!;
        if (!asked && !r.holds) cov.falseSeen[i] = true;
        if (asked && r.holds && results.every((o, j) => j === i || !o.holds)) {
          cov.aloneSeen[i] = true;
        }
        if (asked && r.holds) {
          const matched = (c.anyOf ?? []).filter((v) => r.given.includes(v));
          if (matched.length === 1) cov.anyOfSeen.add(`${c.question}:${matched[0]}`);
        }
        if (!asked) {
          for (const v of c.noneOf ?? []) {
            if (r.given.includes(v)) cov.noneOfSeen.add(`${c.question}:${v}`);
          }
        }
      });
    }
  }

  it('reaches every screen, the review, the result and the crisis screen', () => {
    const reached = new Set(vertices.map(at));
    for (const step of ['start', ...SCREEN_LIST, 'review', 'result', 'crisis']) {
      expect(reached, step).toContain(step);
    }
  });

  it('takes every transition the way the contract reference says', () => {
    const wrong: string[] = [];
    const fail = (e: Edge, why: string) =>
      wrong.push(`${serialize(e.from)} --${JSON.stringify(e.event)}--> ${serialize(e.to)}: ${why}`);
    for (const e of edges) {
      const { from, event, to } = e;
      const before = ctx(from);
      const after = ctx(to);
      switch (event.type) {
        case 'SUBMIT': {
          const screen = at(from) as ScreenId;
          if (event.screen !== screen) {
            if (at(to) !== screen || after !== before) fail(e, 'a SUBMIT for another screen moved');
            break;
          }
          const merged = refMerge(before.answers, screen, event.values);
          const onReview = before.returnToReview ? before.askedAtChange : null;
          const expected = refDestination(merged, screen, onReview) ?? screen;
          if (at(to) !== expected) {
            fail(e, `went to ${at(to)}, expected ${expected}`);
          } else if (expected === screen) {
            if (after !== before) fail(e, 'an incomplete screen changed the context');
          } else {
            if (JSON.stringify(after.history) !== JSON.stringify([...before.history, screen])) {
              fail(e, `history ${after.history.join(',')}`);
            }
            if (JSON.stringify(refWalk(after.answers)) !== JSON.stringify(refWalk(merged))) {
              fail(e, 'answers not merged as submitted');
            }
            if (get(after.answers, 'safety.emergencyNow') !== get(merged, 'safety.emergencyNow')) {
              fail(e, 'a field of another screen was written');
            }
            const r = expected === 'review' ? false : before.returnToReview;
            if (after.returnToReview !== r) fail(e, 'returnToReview');
            if (!r && after.askedAtChange.length > 0) fail(e, 'askedAtChange kept');
          }
          break;
        }
        case 'BACK': {
          const back = refBack(before.history, before.answers, at(from));
          if (back === undefined) {
            if (at(to) !== at(from)) fail(e, 'BACK with nowhere to go moved');
          } else if (
            at(to) !== back.step ||
            JSON.stringify(after.history) !== JSON.stringify(back.rest) ||
            after.answers !== before.answers
          ) {
            fail(e, `BACK should return to ${back.step}, keeping the answers`);
          }
          break;
        }
        case 'CHANGE':
          if (
            at(to) !== event.screen ||
            !after.returnToReview ||
            after.history.at(-1) !== 'review' ||
            // what the review showed when Change was pressed
            JSON.stringify(after.askedAtChange) !== JSON.stringify(refRoute(before.answers))
          )
            fail(e, 'CHANGE');
          break;
        case 'CONFIRM': {
          const expected = refConfirm(before.answers);
          if (at(to) !== expected || after.history.at(-1) !== 'review') fail(e, `CONFIRM`);
          break;
        }
        case 'RESTART':
          if (at(to) !== 'start' || JSON.stringify(after) !== JSON.stringify(FRESH)) {
            fail(e, 'RESTART');
          }
          break;
        case 'START':
          if (at(to) !== 'respondent' || after.history.join() !== 'start') fail(e, 'START');
          break;
      }
    }
    expect(wrong.slice(0, 10).join('\n')).toEqual('');
    expect(edges.filter((e) => e.event.type === 'SUBMIT').length).toBeGreaterThan(500);
  });

  it('takes every branch of every askedWhen in the bank, as the contract says', () => {
    expect(disagreements.slice(0, 10)).toEqual([]);
    const missing: string[] = [];
    for (const q of CONDITIONAL) {
      const cov = coverage.get(q.id)!;
      if (!cov.asked) missing.push(`${q.id}: never asked`);
      if (!cov.skipped) missing.push(`${q.id}: never skipped`);
      conditionsOf(q).forEach((c, i) => {
        const name = `${q.id} [${c.question} ${JSON.stringify(c.anyOf ?? c.noneOf)}]`;
        if (isAny(q) ? !cov.aloneSeen[i] : !cov.falseSeen[i]) {
          missing.push(`${name}: ${isAny(q) ? 'never the only reason to ask' : 'never false'}`);
        }
        for (const v of c.anyOf ?? []) {
          if (!cov.anyOfSeen.has(`${c.question}:${v}`)) missing.push(`${name}: ${v} never alone`);
        }
        for (const v of c.noneOf ?? []) {
          if (!cov.noneOfSeen.has(`${c.question}:${v}`)) missing.push(`${name}: ${v} never seen`);
        }
      });
    }
    expect(missing).toEqual([]);
    const branches = CONDITIONAL.reduce(
      (n, q) =>
        n +
        2 +
        conditionsOf(q).reduce(
          (m, c) => m + 1 + (c.anyOf?.length ?? 0) + (c.noneOf?.length ?? 0),
          0,
        ),
      0,
    );
    console.info(
      `askedWhen: ${CONDITIONAL.length} conditional questions, ${branches} branches taken`,
    );
  });

  it('evaluates every guard of the setup true, for every step it can name', () => {
    for (const name of Object.keys(realGuards)) {
      expect(guardHits.get(name)?.size ?? 0, name).toBeGreaterThan(0);
    }
    const params = (name: string, key: string) =>
      new Set([...(guardHits.get(name) ?? [])].map((p) => (JSON.parse(p) as Raw)[key]));
    // Continue leads to every screen but the first, the review and the crisis screen.
    expect([...params('submitLeadsTo', 'step')].sort()).toEqual(
      [...SCREEN_LIST.slice(1), 'review', 'crisis'].sort(),
    );
    expect([...params('isForThisScreen', 'screen')].sort()).toEqual([...SCREEN_LIST].sort());
    // Back returns to the start page, every screen and the review.
    expect([...params('backLeadsTo', 'step')].sort()).toEqual(
      ['start', ...SCREEN_LIST, 'review'].sort(),
    );
    expect([...params('isChangeOf', 'screen')].sort()).toEqual([...CHANGES].sort());
    expect(params('isFirstIncomplete', 'screen').size).toBeGreaterThan(0);
    console.info(
      'guards true: ' +
        [...guardHits].map(([name, set]) => `${name} ×${set.size} params`).join(', '),
    );
  });

  it('has no dead end but the result and the crisis screen, which only go back', () => {
    const forward = new Set<Snap>();
    for (const e of edges) {
      if (e.event.type !== 'BACK' && e.event.type !== 'RESTART' && at(e.to) !== at(e.from)) {
        forward.add(e.from);
      }
    }
    for (const v of vertices) {
      const step = at(v);
      const ownEvents = [...new Set(v._nodes.flatMap((n) => n.ownEvents))].sort();
      if (step === 'result' || step === 'crisis') {
        expect(ownEvents, step).toEqual(['BACK', 'RESTART']);
        expect(forward.has(v), step).toBe(false);
      } else {
        expect(forward.has(v), `dead end at ${serialize(v)}`).toBe(true);
      }
    }
  });

  it('can finish from every state: each reaches a result or the crisis screen', () => {
    const key = new Map(vertices.map((v) => [v, serialize(v)]));
    const preds = new Map<string, Set<string>>();
    for (const e of edges) {
      const to = serialize(e.to);
      if (!preds.has(to)) preds.set(to, new Set());
      preds.get(to)!.add(key.get(e.from)!);
    }
    const done = new Set(
      vertices.filter((v) => ['result', 'crisis'].includes(at(v))).map((v) => key.get(v)!),
    );
    const queue = [...done];
    while (queue.length) {
      for (const p of preds.get(queue.pop()!) ?? []) {
        if (!done.has(p)) {
          done.add(p);
          queue.push(p);
        }
      }
    }
    const stuck = vertices.map((v) => key.get(v)!).filter((k) => !done.has(k));
    expect(stuck).toEqual([]);
  });

  it('getShortestPaths: every state is reached by a route from the start', () => {
    // Same traversal again: reuse the transitions already computed (same states, same order).
    const cache = new Map<string, Snap>();
    for (const v of verticesOf(adjacency)) {
      for (const [event, t] of transitionsOf(v)) {
        cache.set(`${serialize(v.state)} ${event}`, t.state);
      }
    }
    const replay = Object.create(tracked, {
      transition: {
        value: (s: Snap, e: WizardEvent, scope: unknown) =>
          cache.get(`${serialize(s)} ${JSON.stringify(e)}`) ??
          tracked.transition(s, e, scope as never),
      },
    }) as typeof tracked;
    const paths = getShortestPaths(replay, traversal as never) as unknown as {
      state: Snap;
      steps: { event: WizardEvent }[];
    }[];
    expect(paths.length).toBe(vertices.length);
    const ends = new Set(paths.map((p) => at(p.state)));
    expect(ends).toContain('result');
    expect(ends).toContain('crisis');
    // The shortest complete route: one screen each, no detour.
    const toResult = paths.filter((p) => at(p.state) === 'result');
    const shortest = Math.min(...toResult.map((p) => p.steps.length));
    const route = toResult.find((p) => p.steps.length === shortest)!;
    // Each step holds the state after its event; the first is the initial state.
    const events = route.steps.slice(1).map((x) => x.event.type);
    expect(events[0]).toBe('START');
    expect(events.at(-1)).toBe('CONFIRM');
    // START, the 14 screens always asked (substances none), CONFIRM.
    expect(events.filter((t) => t === 'SUBMIT')).toHaveLength(14);
    expect(events).toHaveLength(16);
  }, 30_000);
});

describe('every complete route, with getSimplePaths (forward only)', () => {
  it('ends in a result or the crisis screen, and shows only asked screens', () => {
    // Continue only, one valid submission per branch that changes the route.
    const forward: Partial<Record<ScreenId, readonly string[]>> = {
      danger: ['no', 'yes'],
      substances: ['alcohol', 'cannabis', 'none'],
      frequency: ['daily, today', 'not-recent'],
      withdrawal: ['none, none', 'none, severe'],
      asq: ['all no', 'thoughts decline'],
      'asq-now': ['no', 'decline'],
      treatment: ['none', 'php, relapsed, discharged'],
      home: ['stable, others use', 'sober-living'],
    };
    const events = (s: Snap): WizardEvent[] => {
      const step = at(s);
      if (step === 'review') return [{ type: 'CONFIRM' }];
      if (step === 'start') return [{ type: 'START' }];
      if (!isScreen(step)) return [];
      const labels = forward[step];
      return SAMPLES[step]
        .filter((x, i) => (labels ? labels.includes(x.label) : i === 0))
        .map((x) => ({ type: 'SUBMIT', screen: step, values: x.values }));
    };
    const started = performance.now();
    const keys = new WeakMap<Snap, string>();
    const key = (s: Snap) => {
      let k = keys.get(s);
      if (k === undefined) {
        k = `${at(s)}|${JSON.stringify(askedAnswers(ctx(s).answers))}`;
        keys.set(s, k);
      }
      return k;
    };
    const paths = getSimplePaths(tracked, {
      events,
      serializeState: key,
      limit: 5_000,
    }) as unknown as { state: Snap; steps: { state: Snap; event: WizardEvent }[] }[];
    // Each step holds the state after its event, the last one the path's end. A complete
    // route is one whose end goes nowhere further on any path.
    const goesOn = new Set(paths.flatMap((p) => p.steps.slice(0, -1).map((x) => key(x.state))));
    const routes = paths.filter((p) => !goesOn.has(key(p.state)));
    expect(routes.length).toBeGreaterThan(20);
    const ends = new Set(routes.map((p) => at(p.state)));
    expect([...ends].sort()).toEqual(['crisis', 'result']);
    for (const p of routes) {
      const shown = p.steps.map((x) => at(x.state)).filter(isScreen);
      const answers = ctx(p.state).answers;
      const asked = refRoute(answers);
      if (at(p.state) === 'result') {
        expect(shown).toEqual(asked);
      } else {
        const em = refWalk(answers).emergencyAt!;
        expect(shown.at(-1)).toBe(screenOf(em));
        expect(shown).toEqual(asked.slice(0, asked.indexOf(screenOf(em)) + 1));
      }
    }
    console.info(
      `simple paths: ${paths.length}, complete routes: ${routes.length} ` +
        `(${routes.filter((p) => at(p.state) === 'result').length} to a result), ` +
        `${Math.round(performance.now() - started)} ms`,
    );
  }, 30_000);
});
