import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { completeWith, submit, type AnswerSet } from '../tests/e2e/drive';
const base = process.argv[2] ?? 'http://127.0.0.1:4303/';
const tag = process.argv[3] ?? 'after';
const ids = (process.argv[4] ?? 'moderate-stable-worker').split(',');
const cases = JSON.parse(readFileSync('/work/wt-result/tests/fixtures/vignettes.json', 'utf8')).cases as { id: string; answers: AnswerSet }[];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
for (const id of ids) for (const lang of ['en','es']) for (const width of [390, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 844 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(lang === 'es' ? `${base}?lang=es` : base);
  await page.locator('#root > .content-root:not([data-prerendered]) #step-heading:not([aria-busy] *)').waitFor();
  await submit(page);
  await completeWith(page, cases.find((c) => c.id === id)!.answers);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  const p = `/tmp/shots-result/${tag}-${id}-${lang}-${width}`;
  await page.screenshot({ path: `${p}.png`, fullPage: true });
  if (tag === 'after') {
    const q = page.locator('[data-questions-to-ask]');
    await q.locator('summary').click();
    await q.screenshot({ path: `${p}-questions.png` });
    await q.locator('summary').click();
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${p}-print.png`, fullPage: true });
  }
  await ctx.close();
}
await browser.close();
