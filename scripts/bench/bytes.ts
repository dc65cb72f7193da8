/**
 * JS and CSS bytes a real visit fetches: every script and stylesheet response from navigation
 * until `drive` has brought the page where we stop counting, in a fresh context (cold cache).
 * Sizes are gzip level 9 of each response body, as scripts/check-size.ts computes them, so the
 * figure does not depend on the server; bytes on the wire (CDP encodedDataLength, headers
 * included) are kept alongside for information.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { PHONE } from '../../tests/browser/driver';
import { kb, type Row } from './table';

const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;

export interface LoadBytes {
  /** Sum of gzip-9 sizes, deduplicated by URL. */
  readonly gzip: number;
  /** Sum of CDP encodedDataLength of the same responses. */
  readonly transferred: number;
  readonly files: readonly string[];
  /** Requests to any other origin than the server's (there should be none). */
  readonly foreign: readonly string[];
}

interface Seen {
  url: string;
  mimeType?: string;
  encoded?: number;
  done: Promise<void>;
  finish: () => void;
}

export async function loadBytes(
  browser: Browser,
  origin: string,
  drive: (page: Page) => Promise<void>,
): Promise<LoadBytes> {
  // A fresh context: a cold cache. The language is the launch's (--lang=en-US).
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(PHONE);
    const cdp = await page.createCDPSession();
    const seen = record(cdp);
    await cdp.send('Network.enable');
    await drive(page);
    // Stop counting here; requests already started still count once they finish.
    const started = [...seen.entries()];
    await Promise.race([
      Promise.all(started.map(([, s]) => s.done)),
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ]);
    const byUrl = new Map<string, { gzip: number; encoded: number }>();
    const foreign: string[] = [];
    for (const [requestId, s] of started) {
      if (!s.url.startsWith('http')) continue;
      if (new URL(s.url).origin !== origin) foreign.push(s.url);
      if (byUrl.has(s.url) || !/javascript|css/.test(s.mimeType ?? '')) continue;
      byUrl.set(s.url, { gzip: gz(await body(cdp, requestId)), encoded: s.encoded ?? 0 });
    }
    const sizes = [...byUrl.values()];
    return {
      gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
      transferred: sizes.reduce((sum, s) => sum + s.encoded, 0),
      files: [...byUrl.keys()].map((u) => new URL(u).pathname),
      foreign,
    };
  } finally {
    await context.close();
  }
}

function record(cdp: CDPSession): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  cdp.on('Network.requestWillBeSent', (e) => {
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    seen.set(e.requestId, { url: e.request.url, done, finish });
  });
  cdp.on('Network.responseReceived', (e) => {
    const s = seen.get(e.requestId);
    if (s) s.mimeType = e.response.mimeType;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const s = seen.get(e.requestId);
    if (s) s.encoded = e.encodedDataLength;
    s?.finish();
  });
  cdp.on('Network.loadingFailed', (e) => seen.get(e.requestId)?.finish());
  return seen;
}

async function body(cdp: CDPSession, requestId: string): Promise<Buffer> {
  const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId });
  return Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
}

/** embed.js, the partner's snippet: the file itself, as check-size.ts measures it. */
export function embedBytes(dist: string): number | undefined {
  const file = join(dist, 'embed.js');
  return existsSync(file) ? gz(readFileSync(file)) : undefined;
}

/** The budgeted gzip-9 row, and the bytes actually sent (informational). */
export function bytesRows(label: string, bytes: LoadBytes, budget: number): Row[] {
  return [
    {
      metric: `${label} JS+CSS (gzip-9)`,
      measured: `${kb(bytes.gzip)} (${bytes.files.length} files)`,
      budget: `≤ ${kb(budget)}`,
      ok: bytes.gzip <= budget,
    },
    {
      metric: `${label} JS+CSS on the wire`,
      measured: `${kb(bytes.transferred)} (with headers)`,
      budget: '(info)',
    },
  ];
}
