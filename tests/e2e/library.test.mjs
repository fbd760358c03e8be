// A visitor finds a good practice by browsing facets, and an editor's uploaded publication part downloads in a
// real browser — with JavaScript on and off.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser, launchBrowser, signIn, startServer } from './harness.mjs';

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
    test('a visitor narrows the practices by theme and country and opens one', async () => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${server.base}/fr/practices`);
      await page.locator('.facets a[href*="theme=diaspora-engagement"]').click();
      assert.match(page.url(), /theme=diaspora-engagement/);
      const mexico = page.locator('.facets a[href*="country=MX"]');
      assert.match(await mexico.innerText(), /Mexique/);
      await mexico.click();
      assert.match(page.url(), /country=MX/);
      const hits = page.locator('.hit h3 a');
      assert.equal(await hits.count(), 1);
      await hits.first().click();
      assert.match(page.url(), /\/fr\/practices\/mx-3x1-programme$/);
      assert.equal(await page.getAttribute('html', 'lang'), 'fr');
      assert.equal(await page.locator('.practice-section h2').count(), 7, 'six sections and the sources');
      await context.close();
    });
  });
}

test('an editor uploads a PDF part and a visitor downloads it', async () => {
  const editor = addUser(server, 'library-editor@example.org', 'editor');
  const context = await browser.newContext({ acceptDownloads: true });
  await signIn(context, server.base, editor);
  const page = await context.newPage();
  await page.goto(`${server.base}/en/admin/library/new`);
  await page.locator('#f-title_en').fill('Town hall migration desk report');
  await page.getByLabel('Publisher', { exact: true }).fill('Example municipality');
  await page.getByLabel('Published').check();
  await page.getByRole('button', { name: 'Save' }).click();
  const dir = mkdtempSync(join(tmpdir(), 'm4d-upload-'));
  const pdf = join(dir, 'desk report.pdf');
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  await page.getByLabel('Language of the file').selectOption('fr');
  await page.getByLabel('File', { exact: true }).setInputFiles(pdf);
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.getByRole('link', { name: 'See the public page' }).click();
  await page.locator('p.notice', { hasText: /Available in .*French.* only/ }).waitFor();

  const visitor = await browser.newContext({ acceptDownloads: true });
  const reader = await visitor.newPage();
  await reader.goto(page.url());
  const [download] = await Promise.all([
    reader.waitForEvent('download'),
    reader.locator('.parts a').first().click(),
  ]);
  assert.equal(download.suggestedFilename(), 'desk report.pdf');
  const saved = join(dir, 'downloaded.pdf');
  await download.saveAs(saved);
  const { readFileSync } = await import('node:fs');
  assert.ok(readFileSync(saved, 'latin1').startsWith('%PDF-1.4'));
  await visitor.close();
  await context.close();
});
