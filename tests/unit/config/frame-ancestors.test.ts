/**
 * dist/_headers' frame-ancestors comes from the center config's partners (contract v1.3): only
 * the page itself and the listed partner origins may frame the check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFrameAncestors } from '../../../scripts/frame-ancestors';

const PUBLIC_HEADERS = readFileSync(join(import.meta.dirname, '../../../public/_headers'), 'utf8');
/** The directive in the CSP line (the file's comment names it too). */
const directive = (headers: string) =>
  /^\s*Content-Security-Policy:.*?(frame-ancestors [^;\n]*)/m.exec(headers)?.[1];

describe('withFrameAncestors', () => {
  it('lists the page itself and each partner origin, in config order', () => {
    const out = withFrameAncestors(PUBLIC_HEADERS, [
      { origin: 'https://county.example' },
      { origin: 'http://localhost:8080' },
    ]);
    expect(directive(out)).toBe(
      "frame-ancestors 'self' https://county.example http://localhost:8080",
    );
    // Nothing else in the file changes, its comments included.
    expect(out.split('\n').filter((l) => !l.includes('Content-Security-Policy'))).toEqual(
      PUBLIC_HEADERS.split('\n').filter((l) => !l.includes('Content-Security-Policy')),
    );
    expect(PUBLIC_HEADERS).toMatch(/^#.*frame-ancestors/m);
  });

  it("keeps 'self' alone with no partner", () => {
    expect(directive(withFrameAncestors(PUBLIC_HEADERS, []))).toBe("frame-ancestors 'self'");
  });

  it('replaces what was written, so a stale partner never stays', () => {
    const stale = PUBLIC_HEADERS.replace(
      "frame-ancestors 'self'",
      "frame-ancestors 'self' https://old.example",
    );
    expect(directive(withFrameAncestors(stale, [{ origin: 'https://new.example' }]))).toBe(
      "frame-ancestors 'self' https://new.example",
    );
  });

  it('fails loudly when the file has no frame-ancestors', () => {
    expect(() => withFrameAncestors('/*\n  X-Frame-Options: DENY\n', [])).toThrow(
      /no frame-ancestors/,
    );
  });
});
