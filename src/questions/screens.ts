/**
 * How questions are grouped into screens (contract §1 "Screens": a screen never mixes
 * sections; `safety.emergencyNow` and `suicide.now` stand alone; the four other ASQ items share
 * one). A screen is shown when any of its questions is asked. "Question N" counts screens.
 */
import type { QuestionId } from './answers';

export const SCREENS = [
  { id: 'respondent', questions: ['respondent'] },
  { id: 'age', questions: ['about.age'] },
  { id: 'danger', questions: ['safety.emergencyNow'] },
  { id: 'substances', questions: ['use.substances'] },
  { id: 'frequency', questions: ['use.frequency', 'use.lastUse'] },
  { id: 'criteria', questions: ['use.criteria'] },
  { id: 'withdrawal', questions: ['withdrawal.history', 'withdrawal.current'] },
  { id: 'medical', questions: ['medical.condition', 'medical.pregnant'] },
  {
    id: 'asq',
    questions: ['suicide.wishedDead', 'suicide.betterOff', 'suicide.thoughts', 'suicide.attempt'],
  },
  { id: 'asq-now', questions: ['suicide.now'] },
  { id: 'mental', questions: ['mental.symptoms'] },
  { id: 'readiness', questions: ['readiness.stage'] },
  {
    id: 'treatment',
    questions: ['history.treatment', 'history.relapsedAfter', 'history.recentDischarge'],
  },
  { id: 'home', questions: ['living.situation', 'living.othersUse'] },
  { id: 'home-safety', questions: ['living.safe'] },
  { id: 'support', questions: ['living.support', 'living.transport'] },
  { id: 'obligations', questions: ['obligations.roles', 'obligations.canStepAway'] },
  { id: 'schedule', questions: ['obligations.schedule'] },
  { id: 'insurance', questions: ['insurance.type'] },
] as const satisfies readonly { id: string; questions: readonly QuestionId[] }[];

export type ScreenId = (typeof SCREENS)[number]['id'];
export type Screen = (typeof SCREENS)[number];
