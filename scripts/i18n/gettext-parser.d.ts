/**
 * The part of gettext-parser's API the i18n tools use (the package ships no types; its README
 * documents this shape: github.com/smhg/gettext-parser#data-structure-of-parsed-mopo-files).
 */
declare module 'gettext-parser' {
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: {
      translator?: string;
      extracted?: string;
      reference?: string;
      flag?: string;
      previous?: string;
    };
  }
  export interface PoData {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(
      input: string | Buffer,
      options?: { defaultCharset?: string; validation?: boolean },
    ): PoData;
    compile(
      data: PoData,
      options?: { foldLength?: number; sort?: boolean; escapeCharacters?: boolean },
    ): Buffer;
  };
}
