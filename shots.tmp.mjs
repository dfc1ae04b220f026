import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
const port = 4398;
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) { try { if ((await fetch(base)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 100)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const file = { name: 'helpdesk-gaad.json', text: readFileSync(process.argv[2] ?? '/tmp/hd2.json', 'utf8') };
for (const [locale, tag] of [['zh-CN', 'zh-Hans'], ['en-US', 'en']]) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.locator('[data-testid="app"][data-ready="true"]').waitFor({ timeout: 60000 });
  const transfer = await page.evaluateHandle((f) => { const dt = new DataTransfer(); dt.items.add(new File([f.text], f.name)); return dt; }, file);
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await page.waitForTimeout(1500);
  await page.locator('[data-testid="app"][data-ready="true"]').waitFor({ timeout: 60000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/work/scratch/shot-spread-${tag}.png` });
  if (tag === 'en') console.log(await page.evaluate(() => [...document.querySelectorAll('text.trust-edge__label')].map((t) => { const b = t.getBoundingClientRect(); return `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}x${Math.round(b.height)} ${t.textContent} ${t.getAttribute('x')},${t.getAttribute('y')} ${t.dataset.testid.slice(-60)}`; }).join('\n')));
  await context.close();
}
await browser.close();
server.kill();
