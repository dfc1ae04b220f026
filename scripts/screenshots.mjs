// Regenerates the screenshots in docs/screenshots from the built app: `npm run build && npm run screenshots`.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4179;
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const base = `http://127.0.0.1:${port}`;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(base);
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByTestId('graph-node:arn:aws:iam::111122223333:role/RoleForB').click();
  await page.getByTestId('inspector-document:arn:aws:iam::111122223333:role/RoleForB#trust').click();
  await page.locator('.monaco-editor .view-lines').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshots/app-shell.png' });
  await browser.close();
  console.log('wrote docs/screenshots/app-shell.png');
} finally {
  server.kill();
}
