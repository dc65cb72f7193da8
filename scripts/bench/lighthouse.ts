/**
 * Lighthouse's default config (mobile, simulated throttling), performance and accessibility
 * only, run `runs` times on one headless Chromium; each run resets storage (cold cache).
 */
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/browser/chromium';
import { median, type Row } from './table';

export interface LighthouseRun {
  readonly performance: number;
  readonly accessibility: number;
  /** Largest Contentful Paint, seconds. */
  readonly lcp: number;
  /** Lighthouse's CPU benchmark of this machine (about 1000+ on a typical desktop). */
  readonly benchmarkIndex: number;
  /** Requests to any other origin than the page's (there should be none). */
  readonly foreign: readonly string[];
  readonly warnings: readonly string[];
}

const FLAGS = [
  '--headless=new',
  ...CHROMIUM_FLAGS,
  // Belt and braces: no host name resolves, so nothing can leave this machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export async function lighthouseRuns(url: string, runs: number): Promise<LighthouseRun[]> {
  const chrome = await launchChrome({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS });
  try {
    const results: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
      const requests = lhr.audits['network-requests']?.details;
      const urls =
        requests?.type === 'table'
          ? requests.items.flatMap((item) => (typeof item.url === 'string' ? [item.url] : []))
          : [];
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        lcp: (lhr.audits['largest-contentful-paint']?.numericValue ?? NaN) / 1000,
        benchmarkIndex: lhr.environment.benchmarkIndex,
        foreign: urls.filter(
          (u) => u.startsWith('http') && new URL(u).origin !== new URL(url).origin,
        ),
        warnings: lhr.runWarnings,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** Median of the runs for each figure, with the range beside it. */
export function lighthouseRows(
  runs: readonly LighthouseRun[],
  budget: { performance: number; accessibility: number; lcpSeconds: number },
): Row[] {
  const of = `median of ${runs.length}`;
  const perf = runs.map((r) => r.performance);
  const a11y = runs.map((r) => r.accessibility);
  const lcp = runs.map((r) => r.lcp);
  return [
    {
      metric: `Lighthouse mobile performance (${of})`,
      measured: spread(perf, 0),
      budget: `≥ ${budget.performance}`,
      ok: median(perf) >= budget.performance,
    },
    {
      metric: `Lighthouse mobile accessibility (${of})`,
      measured: spread(a11y, 0),
      budget: `= ${budget.accessibility}`,
      ok: median(a11y) === budget.accessibility,
    },
    {
      metric: `Lighthouse mobile LCP (${of})`,
      measured: `${spread(lcp, 2)} s`,
      budget: `≤ ${budget.lcpSeconds} s`,
      ok: median(lcp) <= budget.lcpSeconds,
    },
  ];
}

function spread(values: readonly number[], digits: number): string {
  const f = (n: number) => n.toFixed(digits);
  return `${f(median(values))} (${f(Math.min(...values))}–${f(Math.max(...values))})`;
}
