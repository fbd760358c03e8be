// Starts the real m4d binary on a fresh data folder and a random port, and a headless Chromium from Debian.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Runs `m4d serve` on an empty SQLite database; resolves once it logs its address. With `pack` (a folder under
 * tests/fixtures/packs/), that pack is imported instead of the bundled toolbox course.
 */
export async function startServer({ pack } = {}) {
  const binary = process.env.M4D_BIN || join(root, 'target/debug/m4d');
  const dataDir = mkdtempSync(join(tmpdir(), 'm4d-e2e-'));
  const serveArgs = ['--data-dir', dataDir, '--database-url', '', 'serve', '--bind', '127.0.0.1:0'];
  if (pack) {
    execFileSync(binary, ['--data-dir', dataDir, '--database-url', '', 'content', 'import', join(root, 'tests/fixtures/packs', pack)]);
    serveArgs.push('--no-bundled-content');
  }
  const child = spawn(binary, serveArgs, {
    env: { ...process.env, M4D_LOG: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`m4d did not start within 20 s:\n${log}`)), 20_000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const match = log.match(/listening on (http:\/\/[0-9.:]+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`m4d exited with ${code}:\n${log}`)));
  });
  return {
    base,
    dataDir,
    /** SIGTERM, as an operator stops it; a server still running 30 s later is killed and reported. */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        let timer;
        const late = new Promise((resolve) => { timer = setTimeout(() => resolve('late'), 30_000); });
        const outcome = await Promise.race([exited, late]);
        clearTimeout(timer);
        if (outcome === 'late') {
          child.kill('SIGKILL');
          await exited;
          throw new Error(`m4d did not stop within 30 s of SIGTERM:\n${log.slice(-2000)}`);
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Where screenshots go for a person to look at (CI keeps the folder). */
export function screenshotPath(name) {
  const dir = process.env.M4D_SCREENSHOTS || join(root, 'ci-artifacts/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/** Creates an account with a role through the command line (`m4d user add`), as an operator would. */
export function addUser(server, email, role, password = 'river-of-dates-2026') {
  const binary = process.env.M4D_BIN || join(root, 'target/debug/m4d');
  execFileSync(binary, ['--data-dir', server.dataDir, '--database-url', '', 'user', 'add', '--email', email, '--role', role], {
    input: `${password}\n`,
  });
  return { email, password };
}

/** Signs a browser context in through the sign-in form. */
export async function signIn(context, base, { email, password }) {
  const page = await context.newPage();
  await page.goto(`${base}/en/sign-in`);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(password);
  await page.locator('form.stacked-form button[type=submit]').click();
  await page.waitForLoadState();
  await closePage(page);
}

/**
 * Closes a page, waiting at most 5 s: Chromium can acknowledge a close that races a navigation commit and never
 * close the page (crbug.com/536385539, microsoft/playwright#42068), which hung a whole test file. A page left open
 * goes with its browser.
 */
export async function closePage(page) {
  let timer;
  await Promise.race([page.close(), new Promise((resolve) => { timer = setTimeout(resolve, 5_000); })]);
  clearTimeout(timer);
}

export const projectRoot = root;
