/**
 * The prerendered page arrives in pieces on a slow network, and the browser shows what it has
 * parsed. The live region must come before the first heading in the markup, so it is in the
 * page (and known to a screen reader) before any screen is: otherwise the first words it should
 * carry can be missed. CI caught the old order as a race in the axe walk.
 */
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { parseParams } from '../../../src/config/params';
import { enCore } from '../../../src/i18n/en.core';
import { esCore } from '../../../src/i18n/es.core';

describe('the prerendered start screen', () => {
  it.each([
    ['en', enCore],
    ['es', esCore],
  ] as const)('puts the live region before the heading (%s)', (lang, words) => {
    const settings = parseParams('', () => undefined, [lang]);
    const html = renderToString(<App settings={settings} dictionary={words} />);
    const live = html.indexOf('aria-live=');
    const heading = html.indexOf('id="step-heading"');
    expect(live).toBeGreaterThan(-1);
    expect(heading).toBeGreaterThan(-1);
    expect(live).toBeLessThan(heading);
  });
});
