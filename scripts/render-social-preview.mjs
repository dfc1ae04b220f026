// Renders public/social-preview.png (1200×630, the og:image) from public/favicon.svg and the text below:
// `node scripts/render-social-preview.mjs`. Offline: the page is built here, fonts are the system's.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const mark = `data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}`;

// Colours of the light theme (src/ui/app/app.css).
const html = `<!doctype html>
<html>
  <head>
    <style>
      html, body { margin: 0; width: 1200px; height: 630px; overflow: hidden; }
      body {
        font-family: 'Liberation Sans', 'Helvetica Neue', Arial, system-ui, sans-serif;
        background: #f6f7f9;
        color: #1d2330;
        box-sizing: border-box;
        border-top: 14px solid #2f6fdf;
        padding: 88px 96px 0;
        position: relative;
      }
      .brand { display: flex; align-items: center; gap: 36px; }
      .brand img { width: 148px; height: 148px; display: block; }
      h1 { font-size: 112px; line-height: 1; margin: 0; letter-spacing: -2px; font-weight: 700; }
      p { margin: 0; }
      .tagline { font-size: 52px; line-height: 1.2; margin-top: 72px; white-space: nowrap; }
      .footer {
        position: absolute; left: 96px; right: 96px; bottom: 64px;
        display: flex; align-items: center; gap: 18px;
        font-size: 30px; color: #5b6475;
      }
      .footer i { width: 12px; height: 12px; border-radius: 50%; background: #2f6fdf; display: block; }
    </style>
  </head>
  <body>
    <div class="brand"><img src="${mark}" alt="" /><h1>Trustscope</h1></div>
    <p class="tagline">See how AWS IAM trust chains really work</p>
    <p class="footer">Who can become whom, and why <i></i> runs in your browser</p>
  </body>
</html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => route.abort()); // nothing from the network
  await page.setContent(html);
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.screenshot({ path: 'public/social-preview.png' });
  console.log('wrote public/social-preview.png');
} finally {
  await browser.close();
}
