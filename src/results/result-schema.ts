/**
 * The result vocabulary as zod schemas, for checking a recommendation's shape (the engine's
 * property tests). Built from ./levels.ts's lists, which the app itself uses without zod.
 */
import * as z from 'zod/mini';
import { ASAM_LEVELS, LEVELS, SEVERITIES, URGENCIES, WITHDRAWAL_MANAGEMENT } from './levels';

export const levelSchema = z.enum(LEVELS);
export const asamLevelSchema = z.enum(ASAM_LEVELS);
export const severitySchema = z.enum(SEVERITIES);
export const withdrawalSchema = z.enum(WITHDRAWAL_MANAGEMENT);
export const urgencySchema = z.enum(URGENCIES);
