/** La línea de borrador en español (./types.ts DraftWords), junto a la misma en inglés. */
import type { DraftWords } from './types';

export const esDraft = {
  line: 'Un traductor profesional todavía no ha revisado esta traducción. Si algo no está claro, llame a {center}.',
  interpreterFree: 'Un intérprete no le cuesta nada.',
  staff:
    'Un traductor profesional todavía no ha revisado esta traducción. Compare con el inglés lo que no esté claro.',
} satisfies DraftWords;
