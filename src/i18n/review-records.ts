/**
 * Each language's review record (./review-record.ts). English is the source; every other
 * language is a draft until a qualified human translator has reviewed all of its strings
 * (ACA Section 1557, 45 CFR 92.201): `npm run i18n:import` writes a `reviewed` record here, and
 * only then does the draft line go (src/ui/DraftNotice.tsx). No translation of this project has
 * had such a review yet, Spanish included. docs/translations.md tells the round trip.
 */
import type { Lang } from './types';
import type { ReviewRecord } from './review-record';

const RECORDS = {
  en: { status: 'source' },
  es: { status: 'draft' },
  vi: { status: 'draft' },
  ko: { status: 'draft' },
  'zh-Hant': { status: 'draft' },
  'zh-Hans': { status: 'draft' },
  fa: { status: 'draft' },
  ar: { status: 'draft' },
} as const satisfies Record<string, ReviewRecord>;

/** Every language the app speaks has one (the type says so), and may list those to come. */
export const REVIEW_RECORDS: Readonly<Record<Lang, ReviewRecord>> = RECORDS;

/** Whether the app marks the language as a draft: also one without a record (none should be). */
export const isDraft = (lang: Lang): boolean =>
  ((REVIEW_RECORDS as Partial<Record<Lang, ReviewRecord>>)[lang]?.status ?? 'draft') === 'draft';
