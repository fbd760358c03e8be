// Lighthouse (mobile preset) on the learner pages, the library and search: performance and accessibility must
// both reach 95.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { addUser, launchBrowser, projectRoot, signIn, startServer } from './harness.mjs';

const MINIMUM = 95;
let server;
let chrome;
let cookie = '';
const scores = [];

before(async () => {
  server = await startServer();
  const learner = addUser(server, 'learner@example.org', 'learner');
  // Sign in and enrol once with Playwright, then hand the session cookie to Lighthouse.
  const browser = await launchBrowser();
  const context = await browser.newContext();
  await signIn(context, server.base, learner);
  const page = await context.newPage();
  await page.goto(`${server.base}/en/learn`);
  await page.locator('#plan-m2-partnerships').check();
  await page.locator('.plan button[type=submit]').click();
  cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await browser.close();
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  const table = ['| page | performance | accessibility |', '| --- | ---: | ---: |', ...scores.map((s) => `| ${s.page} | ${s.performance} | ${s.accessibility} |`)].join('\n');
  mkdirSync(join(projectRoot, 'ci-artifacts'), { recursive: true });
  writeFileSync(join(projectRoot, 'ci-artifacts/lighthouse.md'), `${table}\n`);
  console.log(table);
  await chrome?.kill();
  await server?.stop();
});

for (const [name, path] of [
  ['course (en)', '/en/learn'],
  ['lesson (en)', '/en/learn/core/core-why-migration-is-local'],
  ['lesson (ar)', '/ar/learn/core/core-why-migration-is-local'],
  ['module (fr)', '/fr/learn/core'],
  ['library (es)', '/es/library'],
  ['publication (fr)', '/fr/library/jmdi-toolbox-module-2'],
  ['practice (ar)', '/ar/practices/mx-3x1-programme'],
  ['search (en)', '/en/search?q=remittances'],
  ['search by facet (fr)', '/fr/practices?theme=diaspora-engagement'],
]) {
  test(`Lighthouse mobile: ${name} scores ${MINIMUM}+ for performance and accessibility`, async () => {
    // Lighthouse 12 with a newer Chromium sometimes records a trace without screenshots (SPEEDINDEX_OF_ZERO,
    // "frame_sequence", in speed-index or in the trace-element audits): the measurement failed, not the page. Such a
    // run is measured again, once; a low score is not.
    const measure = () => lighthouse(`${server.base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { Cookie: cookie },
    });
    let result = await measure();
    const traceFailed = (lhr) => Object.values(lhr.audits).some((a) => a.errorMessage?.includes('frame_sequence'));
    if (result.lhr.audits['speed-index']?.errorMessage || traceFailed(result.lhr)) result = await measure();
    const { performance, accessibility } = result.lhr.categories;
    const score = { page: name, performance: Math.round(performance.score * 100), accessibility: Math.round(accessibility.score * 100) };
    scores.push(score);
    assert.equal(result.lhr.finalDisplayedUrl.endsWith(path), true, `Lighthouse landed on ${result.lhr.finalDisplayedUrl}`);
    const failedAudits = Object.values(result.lhr.audits).filter((a) => a.errorMessage).map((a) => `${a.id}: ${a.errorMessage}`);
    assert.ok(score.performance >= MINIMUM && score.accessibility >= MINIMUM, JSON.stringify({ ...score, runtimeError: result.lhr.runtimeError, failedAudits }));
  });
}
