// A new visitor, as a person would: signs up in Arabic, reads a right-to-left page with their name, and switches
// to French without leaving the page. Run with JavaScript on and off: the pages need none.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, screenshotPath, startServer } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const javaScriptEnabled of [true, false]) {
  describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test('a visitor signs up in Arabic, sees a right-to-left page with their name, and switches to French on the same page', async () => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 }, locale: 'ar' });
      const page = await context.newPage();
      const name = 'أمينة العلوي';
      const email = `amina-${javaScriptEnabled ? 'js' : 'nojs'}@example.org`;

      // The front door sends an Arabic browser to the Arabic site.
      await page.goto(`${server.base}/`);
      assert.match(page.url(), /\/ar\/$/);
      await page.getByRole('link', { name: 'إنشاء حساب' }).first().click();
      assert.match(page.url(), /\/ar\/sign-up$/);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal(await page.getAttribute('html', 'lang'), 'ar');

      // A first try with a short password comes back with the error and everything else kept.
      await page.getByLabel('البريد الإلكتروني').fill(email);
      await page.getByLabel('كلمة المرور').fill('short');
      await page.getByLabel('الاسم الكامل').fill(name);
      await page.getByLabel('سلطة محلية أو إقليمية').check();
      await page.getByLabel('البلد').fill('المغرب');
      await page.getByRole('button', { name: 'إنشاء حسابي' }).click();
      assert.equal(await page.getByRole('alert').count(), 1);
      assert.equal(await page.getByLabel('الاسم الكامل').inputValue(), name);
      assert.equal(await page.getByLabel('سلطة محلية أو إقليمية').isChecked(), true);

      await page.getByLabel('كلمة المرور').fill('river-of-dates-2026');
      await page.getByRole('button', { name: 'إنشاء حسابي' }).click();
      await page.waitForURL(/\/ar\/\?welcome=1$/);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      const greeting = await page.getByRole('status').innerText();
      assert.ok(greeting.includes(name), `the greeting names the learner: ${greeting}`);

      // Right to left for real: the site name sits at the right edge, the account links to its left.
      const brand = await page.locator('.brand').boundingBox();
      assert.ok(brand.x + brand.width > 360 - 40, `brand should hug the right edge, got x=${brand.x} w=${brand.width}`);
      await page.screenshot({ path: screenshotPath(`home-ar-${javaScriptEnabled ? 'js' : 'nojs'}`), fullPage: true });

      // The profile, then the same page in French.
      await page.getByRole('link', { name }).click();
      assert.match(page.url(), /\/ar\/profile$/);
      await page.getByRole('link', { name: 'Français' }).click();
      assert.match(page.url(), /\/fr\/profile$/);
      assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
      assert.equal(await page.getAttribute('html', 'lang'), 'fr');
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Votre profil');
      assert.equal(await page.getByLabel('Nom complet').inputValue(), name);
      await page.screenshot({ path: screenshotPath(`profile-fr-${javaScriptEnabled ? 'js' : 'nojs'}`), fullPage: true });
      await context.close();
    });
  });
}
