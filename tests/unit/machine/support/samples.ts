/**
 * Representative submissions for every screen, as a form would send them (nested by dotted
 * id). Together they use every option of every question at least once, answer or leave out each
 * conditional question both when it is asked and when it is not, and include incomplete,
 * invalid and forged submissions that must not move the wizard (or must not write elsewhere).
 */
import type { ScreenId } from '../../../../src/questions/screens';
import type { Raw } from './reference';

export interface Sample {
  readonly label: string;
  readonly values: Raw;
}

const s = (label: string, values: Raw): Sample => ({ label, values });

const ALL_CRITERIA = [
  'larger-amounts',
  'cut-down',
  'time-spent',
  'craving',
  'role-failure',
  'social-problems',
  'activities-given-up',
  'hazardous-use',
  'physical-psych-problems',
  'tolerance',
  'withdrawal',
];
const ASQ_ITEMS = ['wishedDead', 'betterOff', 'thoughts', 'attempt'] as const;
const asqAllNo = { wishedDead: 'no', betterOff: 'no', thoughts: 'no', attempt: 'no' };

export const SAMPLES: Record<ScreenId, readonly Sample[]> = {
  respondent: [
    s('self', { respondent: 'self' }),
    s('other', { respondent: 'other' }),
    s('invalid value', { respondent: 'me' }),
  ],
  age: [
    s('under-18', { about: { age: 'under-18' } }),
    s('18-64', { about: { age: '18-64' } }),
    s('65-plus', { about: { age: '65-plus' } }),
    // A forged field for another screen must not be copied (it would raise the crisis screen).
    s('forged emergency', { about: { age: '18-64' }, safety: { emergencyNow: 'yes' } }),
  ],
  danger: [
    s('no', { safety: { emergencyNow: 'no' } }),
    s('yes', { safety: { emergencyNow: 'yes' } }),
    s('empty', { safety: { emergencyNow: null } }),
  ],
  substances: [
    ...['alcohol', 'opioids', 'benzodiazepines', 'stimulants', 'cannabis', 'other', 'none'].map(
      (v) => s(v, { use: { substances: [v] } }),
    ),
    s('all six', {
      use: {
        substances: ['alcohol', 'opioids', 'benzodiazepines', 'stimulants', 'cannabis', 'other'],
      },
    }),
    s('none with another', { use: { substances: ['none', 'alcohol'] } }),
    s('empty list', { use: { substances: [] } }),
  ],
  frequency: [
    s('daily, today', { use: { frequency: 'daily', lastUse: 'today' } }),
    s('weekly, days', { use: { frequency: 'weekly', lastUse: 'days' } }),
    s('monthly, weeks', { use: { frequency: 'monthly', lastUse: 'weeks' } }),
    s('not-recent', { use: { frequency: 'not-recent' } }),
    s('not-recent with a stale lastUse', { use: { frequency: 'not-recent', lastUse: 'today' } }),
    s('daily without lastUse', { use: { frequency: 'daily', lastUse: '' } }),
  ],
  criteria: [
    s('none', { use: { criteria: ['none'] } }),
    s('all eleven', { use: { criteria: ALL_CRITERIA } }),
    s('repeated', { use: { criteria: ['craving', 'craving'] } }),
  ],
  withdrawal: [
    s('none, none', { withdrawal: { history: ['none'], current: 'none' } }),
    s('all history, mild', {
      withdrawal: { history: ['seizures', 'dts', 'medical-detox'], current: 'mild' },
    }),
    s('none, severe', { withdrawal: { history: ['none'], current: 'severe' } }),
    s('history only', { withdrawal: { history: ['dts'] } }),
  ],
  medical: [
    s('none, yes', { medical: { condition: 'none', pregnant: 'yes' } }),
    s('stable, no', { medical: { condition: 'stable', pregnant: 'no' } }),
    s('unstable, not-applicable', {
      medical: { condition: 'unstable', pregnant: 'not-applicable' },
    }),
    s('none, prefer-not', { medical: { condition: 'none', pregnant: 'prefer-not' } }),
  ],
  asq: [
    s('all no', { suicide: asqAllNo }),
    ...ASQ_ITEMS.flatMap((item) =>
      (['yes', 'decline'] as const).map((v) =>
        s(`${item} ${v}`, { suicide: { ...asqAllNo, [item]: v } }),
      ),
    ),
    s('three of four', { suicide: { wishedDead: 'no', betterOff: 'no', thoughts: 'no' } }),
  ],
  'asq-now': [
    s('no', { suicide: { now: 'no' } }),
    s('yes', { suicide: { now: 'yes' } }),
    s('decline', { suicide: { now: 'decline' } }),
  ],
  mental: ['none', 'mild', 'interfering', 'severe'].map((v) => s(v, { mental: { symptoms: v } })),
  readiness: ['ready', 'unsure', 'pressured'].map((v) => s(v, { readiness: { stage: v } })),
  treatment: [
    s('none', { history: { treatment: ['none'] } }),
    s('none with stale follow-ups', {
      history: { treatment: ['none'], relapsedAfter: 'yes', recentDischarge: 'yes' },
    }),
    s('detox, relapsed', { history: { treatment: ['detox'], relapsedAfter: 'yes' } }),
    s('outpatient+iop, not relapsed', {
      history: { treatment: ['outpatient', 'iop'], relapsedAfter: 'no' },
    }),
    s('php, relapsed, discharged', {
      history: { treatment: ['php'], relapsedAfter: 'yes', recentDischarge: 'yes' },
    }),
    s('residential, no, no', {
      history: { treatment: ['residential'], relapsedAfter: 'no', recentDischarge: 'no' },
    }),
    s('detox without relapsedAfter', { history: { treatment: ['detox'] } }),
    s('php without recentDischarge', { history: { treatment: ['php'], relapsedAfter: 'no' } }),
    s('residential without recentDischarge', {
      history: { treatment: ['residential'], relapsedAfter: 'yes' },
    }),
  ],
  home: [
    s('stable, others use', { living: { situation: 'stable', othersUse: 'yes' } }),
    s('stable without othersUse', { living: { situation: 'stable' } }),
    s('unstable, no', { living: { situation: 'unstable', othersUse: 'no' } }),
    s('unstable without othersUse', { living: { situation: 'unstable', othersUse: null } }),
    s('sober-living', { living: { situation: 'sober-living' } }),
    s('sober-living with a stale othersUse', {
      living: { situation: 'sober-living', othersUse: 'yes' },
    }),
    s('homeless', { living: { situation: 'homeless' } }),
  ],
  'home-safety': [s('yes', { living: { safe: 'yes' } }), s('no', { living: { safe: 'no' } })],
  support: [
    s('strong, yes', { living: { support: 'strong', transport: 'yes' } }),
    s('some, no', { living: { support: 'some', transport: 'no' } }),
    s('none, yes', { living: { support: 'none', transport: 'yes' } }),
    s('support only', { living: { support: 'some', transport: false } }),
  ],
  obligations: [
    s('none, yes', { obligations: { roles: ['none'], canStepAway: 'yes' } }),
    s('work-full, daytime', { obligations: { roles: ['work-full'], canStepAway: 'daytime' } }),
    s('work-part+school, no', {
      obligations: { roles: ['work-part', 'school'], canStepAway: 'no' },
    }),
    s('children+caregiver, unsure', {
      obligations: { roles: ['children', 'caregiver'], canStepAway: 'unsure' },
    }),
    s('none with another', { obligations: { roles: ['none', 'school'], canStepAway: 'yes' } }),
  ],
  schedule: ['morning', 'afternoon', 'evening', 'any'].map((v) =>
    s(v, { obligations: { schedule: v } }),
  ),
  insurance: ['commercial', 'medicaid', 'medicare', 'none', 'unsure'].map((v) =>
    s(v, { insurance: { type: v } }),
  ),
};

/** The first (plain, valid) sample of a screen. */
export const firstSample = (screen: ScreenId): Raw => SAMPLES[screen][0]!.values;
