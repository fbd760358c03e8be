// A learner, as a person would: signs up, builds a learning plan, reads a lesson in Spanish, fails then passes
// a quiz, and sees the progress. With JavaScript off: nothing here needs it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, screenshotPath, startServer } from './harness.mjs';

// Fluent isolates variables with invisible bidi marks (U+2068/U+2069); people do not see them.
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

let server;
let browser;
before(async () => {
  server = await startServer({ pack: 'small' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a learner builds a plan, reads a lesson in Spanish, fails then passes the quiz and sees progress', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'es' });
  const page = await context.newPage();

  await page.goto(`${server.base}/es/sign-up`);
  await page.locator('#f-email').fill('lucia@example.org');
  await page.locator('#f-password').fill('river-of-dates-2026');
  await page.locator('#f-name').fill('Lucía Pérez');
  await page.locator('#f-organisation_type-civil-society').check();
  await page.locator('form.stacked-form button[type=submit]').click();
  await page.waitForURL(/\/es\/\?welcome=1$/);

  // The course: choose an optional module and start.
  await page.locator('.main-nav a[href="/es/learn"]').click();
  assert.match(page.url(), /\/es\/learn$/);
  await page.locator('#plan-opt-a').check();
  await page.locator('.plan button[type=submit]').click();
  await page.waitForURL(/notice=enrolled/);

  // Read the first lesson in Spanish; glossary terms are defined on the page.
  await page.locator('a[href="/es/learn/basics"]').first().click();
  await page.locator('a[href="/es/learn/basics/basics-first-steps"]').click();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Primeros pasos');
  assert.equal(await page.locator('article').getAttribute('lang'), 'es');
  await page.locator('a[href="#term-remittances"]').click();
  assert.match(await page.locator('#term-remittances + dd').innerText(), /Dinero que las personas migrantes/);
  await page.screenshot({ path: screenshotPath('lesson-es'), fullPage: true });
  await page.locator('form.done-form button').click();
  await page.waitForURL(/basics-second-steps$/);
  await page.locator('form.done-form button').click();
  await page.waitForURL(/\/basics\/quiz$/);

  // A first attempt that fails, with feedback that teaches.
  await page.getByLabel('Aranceles').check();
  await page.locator('form.quiz button[type=submit]').click();
  assert.match(plain(await page.locator('.quiz-result').innerText()), /0\s?%/);
  assert.match(await page.locator('#question-q-single .feedback').innerText(), /los aranceles son impuestos/);

  // Then a pass.
  await page.goto(`${server.base}/es/learn/basics/quiz`);
  await page.getByRole('radio', { name: 'Remesas' }).check();
  await page.getByLabel('Financieras').check();
  await page.getByLabel('Sociales').check();
  await page.locator('#q-q-tf-false').check();
  await page.locator('#q-q-match-p1').selectOption('p1');
  await page.locator('#q-q-match-p2').selectOption('p2');
  await page.locator('#q-q-order-i1').selectOption('1');
  await page.locator('#q-q-order-i2').selectOption('2');
  await page.locator('#q-q-order-i3').selectOption('3');
  await page.locator('#q-q-short').fill('remesas');
  await page.locator('form.quiz button[type=submit]').click();
  assert.match(plain(await page.locator('.quiz-result').innerText()), /100\s?%/);
  await page.screenshot({ path: screenshotPath('quiz-result-es'), fullPage: true });

  // Progress: the basics are complete, option A is open and next.
  await page.locator('.main-nav a[href="/es/dashboard"]').click();
  const basics = page.locator('.module-card', { hasText: 'Fundamentos' });
  assert.equal(await basics.locator('progress').getAttribute('value'), '100');
  const next = await page.locator('.next-step a').getAttribute('href');
  assert.equal(next, '/es/learn/opt-a/opt-a-only-lesson');
  await page.screenshot({ path: screenshotPath('dashboard-es'), fullPage: true });
  await context.close();
});
