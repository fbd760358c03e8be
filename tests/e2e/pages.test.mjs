// Every page type, in each of the four languages, checked by independent tools as a person's browser would load
// it: axe-core (WCAG 2.2 A/AA), the Nu Html Checker, `<html lang dir>`, labels on every form control, the page
// with JavaScript off, and the bytes a phone downloads against the budget. Screenshots at phone width (360 px)
// in English and Arabic land in ci-artifacts/ for a person to look at.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { addUser, closePage, launchBrowser, projectRoot, screenshotPath, signIn, startServer } from './harness.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const vnuJar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
const artifacts = join(projectRoot, 'ci-artifacts');
const htmlDir = join(artifacts, 'html');
const LANGS = [['en', 'ltr'], ['fr', 'ltr'], ['es', 'ltr'], ['ar', 'rtl']];
// DESIGN.md §7: a learner page, HTML + CSS transferred compressed, fits in one initial TCP window.
const LEARNER_PAGE_BUDGET = 14 * 1024;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Page types: who looks, where, what status, and whether it is a learner page (budgeted).
const PAGES = [
  { name: 'home', who: 'anonymous', path: '/' },
  { name: 'sign-in', who: 'anonymous', path: '/sign-in' },
  { name: 'sign-in-error', who: 'anonymous', path: '/sign-in', status: 401, act: async (page) => {
    await page.locator('#f-email').fill('nobody@example.org');
    await page.locator('#f-password').fill('not-the-password');
    return page.locator('form.stacked-form button[type=submit]').click();
  } },
  { name: 'sign-up', who: 'anonymous', path: '/sign-up' },
  { name: 'password-reset', who: 'anonymous', path: '/password-reset' },
  { name: 'course', who: 'learner', path: '/learn', learner: true },
  { name: 'module', who: 'learner', path: '/learn/core', learner: true },
  { name: 'module-locked', who: 'learner', path: '/learn/m1-managing-the-link', learner: true },
  { name: 'lesson', who: 'learner', path: '/learn/core/core-why-migration-is-local', learner: true },
  { name: 'quiz', who: 'learner', path: '/learn/core/quiz', learner: true },
  { name: 'quiz-result', who: 'learner', path: '/learn/core/quiz', learner: true, act: (page) => page.locator('form.quiz button[type=submit]').click() },
  { name: 'dashboard', who: 'learner', path: '/dashboard', learner: true },
  // The glossary is a reference document (69 terms), not a learner page of the budget: its size is reported.
  { name: 'glossary', who: 'learner', path: '/learn/glossary', reported: true },
  { name: 'profile', who: 'learner', path: '/profile' },
  { name: 'guides', who: 'anonymous', path: '/guides' },
  { name: 'guide', who: 'anonymous', path: '/guides/guide-facilitators', reported: true },
  { name: 'library', who: 'anonymous', path: '/library' },
  { name: 'publication', who: 'anonymous', path: '/library/jmdi-toolbox-module-2', learner: true },
  { name: 'practices', who: 'anonymous', path: '/practices?theme=diaspora-engagement' },
  { name: 'practice', who: 'anonymous', path: '/practices/mx-3x1-programme', learner: true },
  { name: 'search-results', who: 'anonymous', path: '/search?q=remittances' },
  { name: 'search-empty', who: 'anonymous', path: '/search?q=zzqxw' },
  { name: 'practice-propose', who: 'learner', path: '/practices/propose' },
  { name: 'practice-review-queue', who: 'editor', path: '/practices/review' },
  { name: 'admin-library', who: 'editor', path: '/admin/library' },
  { name: 'admin-library-new', who: 'editor', path: '/admin/library/new' },
  { name: 'planning', who: 'anonymous', path: '/planning' },
  { name: 'planning-mine', who: 'coordinator', path: '/planning' },
  { name: 'planning-overview', who: 'coordinator', path: '/planning/1' },
  { name: 'planning-section', who: 'coordinator', path: '/planning/1/sections/mapping-local-context' },
  { name: 'planning-review', who: 'coordinator', path: '/planning/1/review' },
  { name: 'planning-profile', who: 'coordinator', path: '/planning/1/profile' },
  { name: 'planning-plan', who: 'coordinator', path: '/planning/1/plan' },
  { name: 'planning-forbidden', who: 'learner', path: '/planning/1', status: 403 },
  { name: 'admin-users', who: 'admin', path: '/admin/users' },
  { name: 'error-forbidden', who: 'editor', path: '/admin/users', status: 403 },
  { name: 'error-not-found', who: 'anonymous', path: '/no-such-page', status: 404 },
];

let server;
let browser;
const contexts = {};
const noScriptContexts = {};
const problems = { axe: [], labels: [], lang: [], noscript: [], budget: [], status: [] };
const budgets = [];

before(async () => {
  rmSync(htmlDir, { recursive: true, force: true });
  mkdirSync(htmlDir, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  const people = {
    learner: addUser(server, 'learner@example.org', 'learner'),
    facilitator: addUser(server, 'facilitator@example.org', 'facilitator'),
    editor: addUser(server, 'editor@example.org', 'editor'),
    admin: addUser(server, 'admin@example.org', 'admin'),
  };
  for (const who of ['anonymous', 'learner', 'editor', 'admin', 'coordinator']) {
    // bypassCSP lets the test inject axe; the pages themselves run no script.
    contexts[who] = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    if (people[who]) await signIn(contexts[who], server.base, people[who]);
    noScriptContexts[who] = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false, storageState: await contexts[who].storageState() });
  }
  // A town hall's coordinator signs up, starts assessment 1 and answers part of its first section.
  {
    const page = await contexts.coordinator.newPage();
    await page.goto(`${server.base}/en/sign-up`);
    await page.locator('#f-name').fill('Amina Coordinator');
    await page.locator('#f-email').fill('coordinator@example.org');
    await page.locator('#f-password').fill('river-of-dates-2026');
    await page.locator('#f-organisation').fill('Municipality of Tiznit');
    await page.locator('input[name=organisation_type][value=local-authority]').check();
    await page.locator('#f-country').fill('Morocco');
    await page.locator('form.stacked-form button[type=submit]').click();
    await page.waitForLoadState();
    await page.goto(`${server.base}/en/planning`);
    await page.locator('#f-territory').fill('Tiznit');
    await page.locator('#f-country').selectOption('MA');
    await page.locator('#f-tk-origin').check();
    await page.locator('form.stacked-form button[type=submit]').click();
    await page.waitForLoadState();
    await page.goto(`${server.base}/en/planning/1/sections/mapping-local-context`);
    await page.locator('#l-mlc-01-partial').check();
    await page.locator('#ev-mlc-01').fill('Local profile of 2025');
    await page.locator('#l-mlc-02-complete').check();
    await page.locator('main form button.primary').click();
    await page.waitForLoadState();
    await closePage(page);
    noScriptContexts.coordinator = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false, storageState: await contexts.coordinator.storageState() });
  }
  // The learner starts the course with two optional modules.
  const page = await contexts.learner.newPage();
  await page.goto(`${server.base}/en/learn`);
  await page.locator('#plan-m2-partnerships').check();
  await page.locator('#plan-m4-jobs-and-economy').check();
  await page.locator('.plan button[type=submit]').click();
  await page.waitForLoadState();
  await closePage(page);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Loads a page, fresh from the network, and measures the bytes it transferred. */
async function visit(context, url, act) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let transferred = 0;
  cdp.on('Network.loadingFinished', (event) => { transferred += event.encodedDataLength; });
  let response = await page.goto(url);
  if (act) {
    // A form's result page: what the server answered to the submission (bytes are measured on plain visits).
    const [navigation] = await Promise.all([page.waitForNavigation(), act(page)]);
    response = navigation;
  }
  await page.waitForLoadState('load');
  return { page, response, transferred };
}

for (const [lang, dir] of LANGS) {
  describe(`pages in ${lang}`, () => {
    for (const spec of PAGES) {
      test(`${spec.name} (${lang})`, async () => {
        const url = `${server.base}/${lang}${spec.path}`;
        const { page, response, transferred } = await visit(contexts[spec.who], url, spec.act);
        const where = `${spec.name} ${lang}`;
        const status = response?.status() ?? 0;
        const expected = spec.status ?? 200;
        if (status !== expected && !(spec.act && status === 200 && expected === 200)) problems.status.push(`${where}: status ${status}, expected ${expected}`);

        // Served HTML, for the Nu Html Checker after the crawl.
        const served = spec.act ? await page.content() : await response.text();
        writeFileSync(join(htmlDir, `${spec.name}.${lang}.html`), served);

        // Language and direction.
        const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        if (html.lang !== lang || html.dir !== dir) problems.lang.push(`${where}: <html lang="${html.lang}" dir="${html.dir}">`);

        // Every form control has a label.
        const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input:not([type=hidden]):not([type=submit]), select, textarea')]
          .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
          .map((el) => el.name || el.id));
        if (unlabelled.length) problems.labels.push(`${where}: ${unlabelled.join(', ')}`);

        // axe-core, WCAG 2.2 A and AA.
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async (tags) => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }, AXE_TAGS);
        for (const v of violations) problems.axe.push(`${where}: ${v}`);

        // Budget for learner pages.
        if ((spec.learner || spec.reported) && !spec.act) {
          budgets.push({ page: spec.name, lang, bytes: transferred, budget: spec.learner ? LEARNER_PAGE_BUDGET : null });
          if (spec.learner && transferred > LEARNER_PAGE_BUDGET) problems.budget.push(`${where}: ${transferred} bytes > ${LEARNER_PAGE_BUDGET}`);
        }

        // Phone-width screenshots in English and Arabic.
        if (lang === 'en' || lang === 'ar') await page.screenshot({ path: screenshotPath(`pages/${spec.name}-${lang}`), fullPage: true });

        // The same page with JavaScript off: the same text, links and forms.
        if (!spec.act) {
          const counts = (p) => p.evaluate(() => ({
            text: document.querySelector('main')?.innerText.trim().length ?? 0,
            links: document.querySelectorAll('a[href]').length,
            forms: document.querySelectorAll('form').length,
          }));
          const withScript = await counts(page);
          const plain = await noScriptContexts[spec.who].newPage();
          await plain.goto(url);
          const withoutScript = await counts(plain);
          await closePage(plain);
          if (JSON.stringify(withScript) !== JSON.stringify(withoutScript)) {
            problems.noscript.push(`${where}: with JS ${JSON.stringify(withScript)}, without ${JSON.stringify(withoutScript)}`);
          }
        }
        await closePage(page);
      });
    }
  });
}

describe('site-wide checks', () => {
  test('no page has axe violations, unlabelled controls, a wrong lang/dir, a wrong status, or differs without JavaScript', () => {
    const report = Object.entries(problems).filter(([key]) => key !== 'budget').flatMap(([kind, list]) => list.map((line) => `[${kind}] ${line}`));
    assert.deepEqual(report, [], `\n${report.join('\n')}`);
  });

  test('learner pages stay within the 14 KB budget (HTML + CSS, compressed, on the wire)', () => {
    const table = ['| page | lang | bytes | budget |', '| --- | --- | ---: | ---: |', ...budgets.map((b) => `| ${b.page} | ${b.lang} | ${b.bytes} | ${b.budget ?? 'reported only'} |`)].join('\n');
    writeFileSync(join(artifacts, 'page-budgets.md'), `${table}\n`);
    console.log(table);
    assert.deepEqual(problems.budget, []);
  });

  test('the Nu Html Checker finds no errors in any served page', () => {
    const files = LANGS.flatMap(([lang]) => PAGES.map((p) => join(htmlDir, `${p.name}.${lang}.html`)));
    let output = '';
    try {
      output = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
    } catch (error) {
      output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    }
    const raw = output.trim() || '{"messages":[]}';
    const messages = JSON.parse(raw.slice(raw.indexOf('{'))).messages.filter((m) => m.type === 'error');
    const lines = messages.map((m) => `${m.url?.split('/').pop()}:${m.lastLine}: ${m.message}`);
    assert.deepEqual(lines, [], `\n${lines.join('\n')}`);
  });

  test('the stylesheet uses logical properties only (right to left needs no second stylesheet)', async () => {
    const page = await contexts.anonymous.newPage();
    await page.goto(`${server.base}/en/`);
    const href = await page.locator('link[rel=stylesheet]').getAttribute('href');
    const css = await (await page.request.get(`${server.base}${href}`)).text();
    await page.close();
    const physical = css.match(/(margin|padding|border)-(left|right)\b|[^-](left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/g);
    assert.equal(physical, null, `physical directions in CSS: ${physical}`);
  });
});
