/**
 * The review record of a language's words (contract v1.2, languages §4), checked by its schema
 * in the i18n tools and tests (scripts/i18n). The app imports only the type, so zod stays off
 * its first load.
 *
 * - `source`: English, the words every other language translates.
 * - `draft`: no qualified human translator has reviewed every string: the app shows the draft
 *   line (`[data-translation-draft]`).
 * - `reviewed`: a translator reviewed every string (`by`, on `date`); `sourceHash` is the hash
 *   of the English those strings were reviewed against (scripts/i18n/words.ts `sourceHash`).
 *   Which English each string's review covered is kept per string in ./reviews/<lang>.json,
 *   for the tools only, so a changed English string shows as stale (`npm run i18n:check`).
 */
import * as z from 'zod/mini';

export const ReviewRecordSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('source') }),
  z.strictObject({ status: z.literal('draft') }),
  z.strictObject({
    status: z.literal('reviewed'),
    by: z.string().check(z.trim(), z.minLength(2)),
    date: z.iso.date(),
    sourceHash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  }),
]);

export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;

/**
 * Per string, what a review covered: the hash of the English it was checked against and of the
 * translation it approved (./reviews/<lang>.json, written by `npm run i18n:import`).
 */
export const StringReviewsSchema = z.record(
  z.string(),
  z.strictObject({
    en: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
    tr: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  }),
);

export type StringReviews = z.infer<typeof StringReviewsSchema>;
