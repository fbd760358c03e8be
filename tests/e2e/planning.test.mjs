// A coordinator from a town hall and the colleague she invites complete a small assessment in French, in a real
// browser without JavaScript: sign up, start, invite by email, answer, resolve a difference, close, read the
// profile and add an action to the plan.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, screenshotPath, startServer } from './harness.mjs';

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

async function signUp(page, { name, email, organisationType }) {
  await page.goto(`${server.base}/fr/sign-up`);
  await page.locator('#f-name').fill(name);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill('river-of-dates-2026');
  await page.locator('#f-organisation').fill('Commune de Tiznit');
  await page.locator(`input[name=organisation_type][value=${organisationType}]`).check();
  await page.locator('#f-country').fill('Maroc');
  await page.locator('#f-preferred_language').selectOption('fr');
  await page.locator('form.stacked-form button[type=submit]').click();
  await page.waitForLoadState();
}

function invitationPath(email) {
  const outbox = join(server.dataDir, 'outbox');
  const mail = readdirSync(outbox)
    .map((name) => readFileSync(join(outbox, name), 'utf8'))
    .find((text) => text.includes(email));
  assert.ok(mail, `a mail to ${email}`);
  // The body may be quoted-printable: join soft line breaks before reading the link.
  const flat = mail.replace(/=\r?\n/g, '');
  const match = flat.match(/\/fr\/planning\/invitations\/[A-Za-z0-9_-]+/);
  assert.ok(match, 'the mail carries the invitation link');
  return match[0];
}

async function answer(page, indicator, level, evidence) {
  await page.locator(`#l-${indicator}-${level}`).check();
  if (evidence) await page.locator(`#ev-${indicator}`).fill(evidence);
}

test('a coordinator and an invited colleague complete a small assessment in French', async () => {
  const options = { javaScriptEnabled: false, viewport: { width: 360, height: 740 } };
  const amina = await (await browser.newContext(options)).newPage();
  await signUp(amina, { name: 'Amina Coordinatrice', email: 'amina@tiznit.example', organisationType: 'local-authority' });

  await amina.goto(`${server.base}/fr/planning`);
  assert.equal(await amina.getAttribute('html', 'lang'), 'fr');
  await amina.locator('#f-territory').fill('Tiznit');
  await amina.locator('#f-country').selectOption('MA');
  await amina.locator('#f-tk-origin').check();
  await amina.locator('form.stacked-form button[type=submit]').click();
  assert.match(await amina.locator('h1').innerText(), /Tiznit/);
  const overview = amina.url();

  await amina.locator('#f-email').fill('karim@association.example');
  await amina.locator('form[action$="/invitations"] button').click();
  assert.match(await amina.locator('main').innerText(), /karim@association\.example/);

  const karim = await (await browser.newContext(options)).newPage();
  await signUp(karim, { name: 'Karim Partenaire', email: 'karim@association.example', organisationType: 'migrant-association' });
  await karim.goto(`${server.base}${invitationPath('karim@association.example')}`);
  await karim.locator('main form button[type=submit]').click();
  assert.equal(karim.url(), overview);

  // Each answers the first section; they disagree on one indicator.
  await amina.goto(`${overview}/sections/context`);
  await answer(amina, 'ctx-01', 'complete', 'Profil migratoire de 2025');
  await answer(amina, 'ctx-02', 'partial');
  await amina.locator('main form button.primary').click();
  await amina.locator('p.notice[role=status]').waitFor();

  await karim.goto(`${overview}/sections/context`);
  await answer(karim, 'ctx-01', 'absent', 'Nous ne connaissons pas de chiffres');
  await answer(karim, 'ctx-02', 'partial');
  await karim.locator('main form button.primary').click();
  await karim.locator('p.notice[role=status]').waitFor();
  await karim.screenshot({ path: screenshotPath('planning-section-fr'), fullPage: true });

  await amina.goto(`${overview}/sections/partners`);
  await answer(amina, 'prt-01', 'complete', 'Liste des membres du comité');
  await amina.locator('main form button.primary').click();

  // The coordinator resolves the difference with a reason, then closes the round.
  await amina.goto(`${overview}/review`);
  const item = amina.locator('#i-ctx-01');
  assert.match(await item.innerText(), /Karim Partenaire/);
  await item.locator('select').selectOption('partial');
  await item.locator('textarea').fill('Le profil de 2025 ne couvre que les arrivées');
  await item.locator('button').click();
  await amina.goto(overview);
  await amina.locator('form[action$="/close"] button').click();

  const profile = amina;
  await profile.goto(`${overview}/profile`);
  const text = await profile.locator('main').innerText();
  assert.match(text, /Bien développ/);
  assert.match(text, /Les associations de migrants|Migrant associations/);
  // Each section's bar is drawn, and its figures are written beside it for anyone who does not see it.
  assert.ok(await profile.locator('.profile-group svg.bar').count() >= 2, 'one chart per section at least');
  assert.equal(await profile.locator('.profile-group svg.bar[aria-hidden=true]').count(), await profile.locator('.profile-group p.meta').count());
  await profile.screenshot({ path: screenshotPath('planning-profile-fr'), fullPage: true });

  // The colleague turns a gap into an action.
  await karim.goto(`${overview}/plan`);
  await karim.locator('#f-indicator').selectOption('ctx-02');
  await karim.locator('#f-title').fill('Convenir d’un registre des nouveaux arrivants');
  await karim.locator('#f-owner').fill('Service de santé');
  await karim.locator('#f-due_date').fill('2027-06-30');
  await karim.locator('form[action$="/plan"] button.primary').click();
  assert.match(await karim.locator('#actions + .table-scroll, #actions ~ .table-scroll').first().innerText(), /registre des nouveaux arrivants/);
});
