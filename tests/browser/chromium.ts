/**
 * Chromium (Debian's `chromium`, or CHROMIUM_PATH) over the Chrome DevTools Protocol, through
 * puppeteer-core. One browser per test file; each session is a fresh browser context
 * (puppeteer.ts). Puppeteer keeps Chromium's back-forward cache on, as a person's browser has it.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import type { Engine } from './driver';
import { puppeteerEngine } from './puppeteer';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What Chromium needs here (no sandbox, no GPU) and nothing it would fetch on its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=en-US',
] as const;

/**
 * Chromium itself, for what drives it beyond the driver interface (scripts/bench, a profile on
 * disk: `userDataDir`).
 */
export function launchChromium(options: { userDataDir?: string } = {}): Promise<Browser> {
  return puppeteer.launch({
    ...options,
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    // A lost command fails after a minute, naming itself (puppeteer's default waits three).
    protocolTimeout: 60_000,
  });
}

export async function startChromium(): Promise<Engine> {
  const browser = await launchChromium();
  return puppeteerEngine('chromium', browser, async (page) => {
    // Firefox has it as a pref (firefox.ts); WebKit's driver has no way to ask for it.
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  });
}
