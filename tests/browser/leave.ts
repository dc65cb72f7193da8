/**
 * Where "Leave this site" went. The neutral page is on the internet, which this machine may not
 * reach: the top page going there, or to the engine's error page for it, is what is tested.
 * Each engine says it differently: WebKit reports the page's own URL; Firefox its error page,
 * about:neterror?u=<the URL>; Chromium chrome-error://chromewebdata/, whose text names the host.
 */
import { expect } from 'vitest';
import type { EngineSession } from './driver';
import { NEUTRAL_PAGE } from './fixtures';

async function at(s: EngineSession, page: string): Promise<boolean> {
  const url = await s.url();
  if (url.startsWith(page)) return true;
  if (url.startsWith('about:neterror'))
    return new URLSearchParams(url.slice(url.indexOf('?'))).get('u') === page;
  if (url.startsWith('chrome-error://'))
    return s
      .run((host: string) => document.body?.innerText.includes(host) ?? false, new URL(page).host)
      .catch(() => false);
  return false;
}

/** Waits (10 s at most) for the top page to be at `page` (the neutral page by default). */
export async function expectLeftFor(s: EngineSession, page = NEUTRAL_PAGE): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await at(s, page)) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  expect(await at(s, page), `at ${page} (now ${await s.url()})`).toBe(true);
}
