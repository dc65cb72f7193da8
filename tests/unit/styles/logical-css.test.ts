/**
 * Right-to-left layout (languages spec §5): the stylesheets use CSS logical properties only, so
 * Farsi and Arabic mirror by `dir="rtl"` alone. This fails on any physical left/right margin,
 * padding, border, position, float or text-align, including a four-value shorthand whose right
 * and left differ (write `padding-block`/`padding-inline` instead).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const PHYSICAL_PROPERTY =
  /^(?:(?:margin|padding|scroll-margin|scroll-padding|border)-(?:left|right)(?:-\w+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)$/;
const SIDES_SHORTHAND = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
]);

/** The physical declarations of a stylesheet, as "line: property: value". */
export function physicalDeclarations(css: string): string[] {
  const found: string[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  for (const match of text.matchAll(/([\w-]+)\s*:\s*([^;{}]+)[;}]/g)) {
    const property = match[1]!.toLowerCase();
    const value = match[2]!.trim().replace(/\s+/g, ' ');
    const line = text.slice(0, match.index).split('\n').length;
    const tokens = value.replace(/\s*!important$/, '').split(' ');
    const physical =
      PHYSICAL_PROPERTY.test(property) ||
      (['text-align', 'float', 'clear'].includes(property) && /^(left|right)\b/.test(value)) ||
      (SIDES_SHORTHAND.has(property) && tokens.length === 4 && tokens[1] !== tokens[3]);
    if (physical) found.push(`${line}: ${property}: ${value}`);
  }
  return found;
}

describe('the stylesheets use logical properties only (right to left by dir alone)', () => {
  const files = cssFiles(SRC);

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files.map((f) => [f.slice(SRC.length + 1), f]))('%s', (_name, file) => {
    expect(physicalDeclarations(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the check itself catches each physical form', () => {
    const caught = physicalDeclarations(
      `.a { padding-left: 1rem; margin-right: 0; border-left: 5px solid red; left: 0;
        text-align: right; float: left; padding: 0 0.25rem 0 1rem; border-width: 0 0 2px 2px;
        border-left-color: red; border-top-left-radius: 2px; }`,
    );
    expect(caught).toHaveLength(10);
    expect(
      physicalDeclarations(
        `.b { padding-inline-start: 1rem; inset-inline-start: 0; text-align: start;
          padding: 1rem 2rem 1rem 2rem; margin: 0 auto; border-inline-start: 1px solid; }`,
      ),
    ).toEqual([]);
  });
});
