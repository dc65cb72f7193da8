/**
 * Firefox ESR (Debian's `firefox-esr`) over WebDriver BiDi, which Firefox speaks itself, through
 * puppeteer-core (geckodriver is neither packaged nor downloadable here). One browser per test
 * file; each session is a fresh browser context (puppeteer.ts).
 */
import puppeteer from 'puppeteer-core';
import type { Engine } from './driver';
import { puppeteerEngine } from './puppeteer';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** English, and nothing the browser would fetch from the internet on its own. */
const PREFS: Record<string, unknown> = {
  'intl.accept_languages': 'en-US',
  'intl.locale.requested': 'en-US',
  'ui.prefersReducedMotion': 1,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'app.update.auto': false,
};

export async function startFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: PREFS,
    // A lost command fails after a minute, naming itself (puppeteer's default waits three).
    protocolTimeout: 60_000,
  });
  return puppeteerEngine('firefox', browser);
}
