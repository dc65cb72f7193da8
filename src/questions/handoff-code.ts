/**
 * The handoff code (issue #15): the answers to the questions asked, packed into a short code a
 * caller reads out to admissions staff, who type it in staff mode instead of asking everything
 * again. Nothing is sent: the code is the answers, in the person's hands.
 *
 * Packing, by the bank's own declarations only (nothing here knows a question by name): each
 * asked question, in asking order, is one digit of a mixed-radix number — a single choice its
 * index in the value list (radix: the number of values), a multi-select a bitmask over its
 * values other than the exclusive one (radix 2^n; 0 is the exclusive value alone). Questions not
 * asked take no room, and the decoder knows which are asked from the digits read before them.
 * The number is written in Crockford base32 in the fewest symbols its path allows.
 *
 * Check: two symbols over GF(32) that make the syndromes S0 = Σ cᵢ and S1 = Σ cᵢ·αⁱ zero, over
 * every symbol (checks included) plus the version symbol, which is never written (at weight
 * α³⁰). Any two columns (1, αⁱ), (1, αʲ) with i ≠ j < 31 are independent, so the code has
 * distance 3: every single wrong symbol and every swap of two neighbours is caught, and neither
 * can turn into a code of another version (that needs the unwritten position 30).
 *
 * The version symbol (issue 18) names the contract version and, since the second version, the
 * language of the screen the code was made on (VERSIONS): the language costs no written symbol,
 * so the code stays at most 16 characters. Codes of the first version (symbol 1) still open;
 * their language is not recorded.
 */
import { QUESTIONS, type Question } from './bank';
import { askedWhen, readAnswer, writeAnswer, type Answers } from './answers';
import { checkAnswerSet } from './answer-set';
import { CONTRACT_VERSION } from '../results/levels';

/**
 * The languages a code can name, by their index on the wire. A wire format: APPEND ONLY, never
 * reorder or remove (a code in someone's hands names its language by this position, through the
 * version symbol below). Kept here, apart from the language registry (src/i18n), so the registry
 * can change its order freely; a test ties the two at merge (every registry tag is listed here).
 */
export const CODE_LANGUAGES = ['en', 'es', 'vi', 'ko', 'zh-Hant', 'zh-Hans', 'fa', 'ar'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

interface CodeVersion {
  /** The unwritten version symbol, 1–31. */
  readonly symbol: number;
  /** The assessment contract version whose bank the code's answers follow. */
  readonly contract: number;
  /** The language of the screen the code was made on; null: not recorded (the first version). */
  readonly language: CodeLanguage | null;
}

/**
 * Every version symbol ever written. APPEND ONLY: a symbol is never reused, or an old code would
 * be misread. Symbol 1: the first version (contract 1, no language). Symbols 2–9: contract 1 with
 * the language CODE_LANGUAGES[symbol − 2]. A language added later takes the next free symbol; a
 * new contract version takes a new symbol per language. 31 symbols in all: when they run out,
 * the version needs a written symbol.
 */
export const CODE_VERSIONS: readonly CodeVersion[] = [
  { symbol: 1, contract: 1, language: null },
  ...CODE_LANGUAGES.map((language, i) => ({ symbol: 2 + i, contract: 1, language })),
];

/** The symbol a code made now, on a screen in `language`, is written with. */
export function versionSymbol(language: CodeLanguage, contract: number = CONTRACT_VERSION): number {
  const version = CODE_VERSIONS.find((v) => v.contract === contract && v.language === language);
  if (!version) throw new Error(`No handoff code version for contract ${contract}, ${language}`);
  return version.symbol;
}

/** Crockford's base32: no I, L, O or U. */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_SYMBOLS = 2;
const BANK: readonly Question[] = QUESTIONS;
/** The weight position of the unwritten version symbol: above every written one. */
const VERSION_POSITION = 30;

// GF(32) with the primitive polynomial x⁵ + x² + 1: α = 2, addition is XOR.
const EXP: number[] = [];
const LOG: number[] = new Array<number>(32).fill(0);
for (let i = 0, x = 1; i < 31; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x <<= 1;
  if (x & 32) x ^= 0b100101;
}
const mul = (a: number, b: number): number =>
  a === 0 || b === 0 ? 0 : EXP[(LOG[a]! + LOG[b]!) % 31]!;
const div = (a: number, b: number): number => (a === 0 ? 0 : EXP[(LOG[a]! - LOG[b]! + 31) % 31]!);
const weight = (position: number): number => EXP[position % 31]!;

/** [S0, S1] of the written symbols plus the unwritten version symbol. */
function syndromes(symbols: readonly number[], version: number): [number, number] {
  let s0 = version;
  let s1 = mul(version, weight(VERSION_POSITION));
  symbols.forEach((c, i) => {
    s0 ^= c;
    s1 ^= mul(c, weight(i));
  });
  return [s0, s1];
}

/** The two check symbols that make both syndromes zero, appended after `data`. */
function withCheck(data: readonly number[], version: number): number[] {
  const k = data.length;
  const [a, b] = syndromes(data, version);
  // p + q = a and p·wₖ + q·wₖ₊₁ = b, so q·(wₖ + wₖ₊₁) = b + a·wₖ (weights differ: not 0).
  const q = div(b ^ mul(a, weight(k)), weight(k) ^ weight(k + 1));
  return [...data, a ^ q, q];
}

const exclusiveless = (q: Question & { kind: 'multi' }) =>
  q.values.filter((v) => v !== q.exclusive);

/** How many digits a question's answer can take. */
function radix(q: Question): bigint {
  return q.kind === 'single' ? BigInt(q.values.length) : 1n << BigInt(exclusiveless(q).length);
}

function digitOf(q: Question, value: unknown): bigint {
  if (q.kind === 'single') return BigInt(q.values.indexOf(value as never));
  const chosen = value as readonly string[];
  return exclusiveless(q).reduce(
    (mask, v, bit) => (chosen.includes(v) ? mask | (1n << BigInt(bit)) : mask),
    0n,
  );
}

function valueOf(q: Question, digit: bigint): string | string[] {
  if (q.kind === 'single') return q.values[Number(digit)]!;
  if (digit === 0n) return [q.exclusive];
  return exclusiveless(q).filter((_, bit) => (digit >> BigInt(bit)) & 1n);
}

/** Fewest base32 symbols that hold every number below `capacity`. */
function symbolsFor(capacity: bigint): number {
  let n = 0;
  for (let room = 1n; room < capacity; room *= 32n) n++;
  return n;
}

const product = (qs: readonly Question[]) => qs.reduce((p, q) => p * radix(q), 1n);

/** The code's length in symbols, hyphens aside: the path with fewest questions, and with all. */
export const SHORTEST_LENGTH =
  symbolsFor(product(BANK.filter((q) => !q.askedWhen))) + CHECK_SYMBOLS;
export const LONGEST_LENGTH = symbolsFor(product(BANK)) + CHECK_SYMBOLS;

/** "7KQ4M2XD9" → "7KQ4-M2XD-9": groups of four, to read aloud. */
export const groupCode = (code: string): string => code.replace(/(.{4})(?=.)/g, '$1-');

/**
 * The code for a complete, valid answer set (stale answers to questions not asked are
 * ignored, as the engine ignores them), made on a screen in `language`. Throws on anything
 * else: a partial set is never coded. `version` (a raw version symbol) is for tests of other
 * versions only.
 */
export function encodeHandoffCode(
  answers: Answers,
  language: CodeLanguage = 'en',
  version: number = versionSymbol(language),
): string {
  const walk = checkAnswerSet(answers);
  if (walk.issues.length > 0 || walk.unanswered.length > 0)
    throw new Error('Only a complete, valid answer set has a handoff code');
  const asked = BANK.filter((q) => readAnswer(walk.answers, q.id) !== undefined);
  // Built from the last question back, so the first question is the lowest digit.
  let n = 0n;
  for (const q of [...asked].reverse())
    n = n * radix(q) + digitOf(q, readAnswer(walk.answers, q.id));
  const data = new Array<number>(symbolsFor(product(asked)));
  for (let i = data.length - 1; i >= 0; i--, n >>= 5n) data[i] = Number(n & 31n);
  return groupCode(
    withCheck(data, version)
      .map((c) => ALPHABET[c])
      .join(''),
  );
}

export type HandoffCodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'character'; readonly character: string }
  | { readonly kind: 'too-short' }
  | { readonly kind: 'too-long' }
  | { readonly kind: 'mistake' }
  | { readonly kind: 'version' };

export type HandoffCodeReading =
  | {
      readonly ok: true;
      readonly answers: Answers;
      /** The language of the screen the code was made on; null: not recorded (first version). */
      readonly language: CodeLanguage | null;
    }
  | { readonly ok: false; readonly error: HandoffCodeError };

const fail = (error: HandoffCodeError): HandoffCodeReading => ({ ok: false, error });
/** Crockford's reading of look-alikes. */
const LOOK_ALIKES: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

/**
 * Reads a code as typed: any case, hyphens and spaces ignored, I and L read as 1, O as 0. The
 * answers come back only when the check holds, the version symbol is one of this contract's
 * (of any version of the code: the first names no language), the number
 * fills exactly the symbols its path needs, and the answer set passes the engine's check.
 */
export function decodeHandoffCode(typed: string): HandoffCodeReading {
  const text = typed.replace(/[\s-]/g, '').toUpperCase();
  if (text === '') return fail({ kind: 'empty' });
  const symbols: number[] = [];
  for (const character of text) {
    const at = ALPHABET.indexOf(LOOK_ALIKES[character] ?? character);
    if (at === -1) return fail({ kind: 'character', character });
    symbols.push(at);
  }
  if (symbols.length < SHORTEST_LENGTH) return fail({ kind: 'too-short' });
  if (symbols.length > LONGEST_LENGTH) return fail({ kind: 'too-long' });
  // The version whose check holds, if any: with the written symbols' syndromes (a, b), the
  // unwritten version v makes both zero only when v = a and b = v·α³⁰.
  const [a, b] = syndromes(symbols, 0);
  const symbol = a !== 0 && b === mul(a, weight(VERSION_POSITION)) ? a : undefined;
  if (symbol === undefined) return fail({ kind: 'mistake' });
  const version = CODE_VERSIONS.find((v) => v.symbol === symbol);
  if (version?.contract !== CONTRACT_VERSION) return fail({ kind: 'version' });

  const data = symbols.slice(0, -CHECK_SYMBOLS);
  let n = data.reduce((acc, c) => (acc << 5n) | BigInt(c), 0n);
  const answers: Record<string, unknown> = {};
  const asked: Question[] = [];
  for (const q of BANK) {
    if (!askedWhen(q, answers)) continue;
    const r = radix(q);
    writeAnswer(answers, q.id, valueOf(q, n % r));
    asked.push(q);
    n /= r;
  }
  // Only the one way of writing each answer set is a code: a number left over, or symbols the
  // path doesn't need, mean a mistake the check happened to miss.
  if (n !== 0n || data.length !== symbolsFor(product(asked))) return fail({ kind: 'mistake' });
  const walk = checkAnswerSet(answers);
  if (walk.issues.length > 0) return fail({ kind: 'mistake' });
  return { ok: true, answers: walk.answers, language: version.language };
}
