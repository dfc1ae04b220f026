// Regenerates docs/screenshots from the built app: `npm run build && node scripts/screenshots.mjs`.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = Number(process.env.SCREENSHOTS_PORT ?? 4179);
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
const base = `http://127.0.0.1:${port}`;
const roleForB = 'arn:aws:iam::111122223333:role/RoleForB';
const instance = 'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890';
const chainEdge = `AssumeRole:arn:aws:iam::444455556666:role/AssumeRoleInA->${roleForB}`;

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

const shot = async (page, name) => {
  await page.waitForTimeout(600);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
  console.log(`wrote docs/screenshots/${name}.png`);
};

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  const id = (testId) => page.getByTestId(testId);
  await page.goto(base);
  await page.locator('[data-ready="true"]').waitFor();

  await id(`graph-node:${roleForB}`).click();
  await id(`inspector-document:${roleForB}#trust`).click();
  await page.locator('.monaco-editor .view-lines').waitFor();
  await shot(page, 'app-shell');

  await id('editor-close').click();
  await page.getByTestId(`rf__edge-${chainEdge}`).dispatchEvent('click');
  await id('edge-steps').locator('summary').click();
  await id('edge-steps').getByText('Identity policies').first().waitFor();
  await shot(page, 'edge-inspector');

  await id('path-from').selectOption(instance);
  await id('path-to').selectOption(roleForB);
  await id('path-find').click();
  await id('path-result:0').waitFor();
  await shot(page, 'path-finder');

  await id('walkthrough-start').click();
  await id('walkthrough-next').click();
  await id('walkthrough-hop:1').waitFor();
  await shot(page, 'walkthrough');
  await page.keyboard.press('Escape');

  await id('toolbar-gallery').click();
  await id('gallery-open:eks-pod-identity-session-tags').waitFor();
  await shot(page, 'gallery');
  await id('gallery-open:eks-pod-identity-session-tags').click();
  await id('path-result:0').waitFor();
  await id('toolbar-language').selectOption('zh-Hans');
  await id('toolbar-theme').click();
  await shot(page, 'eks-pod-identity-dark-zh');

  // The inspector in each Chinese, at a laptop's size: the reason under the verdict, then the steps.
  // A browser in Chinese, as its reader's is: the first-visit story opens named in that language.
  for (const [language, suffix, locale] of [
    ['zh-Hans', 'zh-hans', 'zh-CN'],
    ['zh-Hant', 'zh-hant', 'zh-TW'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale });
    const small = await context.newPage();
    await small.goto(base);
    await small.locator('[data-ready="true"]').waitFor();
    await small.getByTestId('toolbar-language').selectOption(language);
    await small.getByTestId(`rf__edge-${chainEdge}`).dispatchEvent('click');
    await small.getByTestId('edge-reason').filter({ hasText: /允/ }).waitFor();
    await shot(small, `edge-inspector-${suffix}`);
    await small.getByTestId('edge-steps').locator('summary').click();
    await small.getByTestId('edge-trace-steps').waitFor();
    await small.getByTestId('edge-steps').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(small, `edge-steps-${suffix}`);
    // The walk-through of the Pod Identity story, at its hop through EKS Pod Identity.
    await small.getByTestId('toolbar-gallery').click();
    await small.getByTestId('gallery-open:eks-pod-identity-session-tags').click();
    await small.getByTestId('path-result:0').waitFor();
    await small.getByTestId('walkthrough-start').click();
    await small.getByTestId('walkthrough-next').click();
    await small.getByTestId('walkthrough-hop:1').locator('[aria-busy="false"]').waitFor();
    await shot(small, `walkthrough-${suffix}`);
    await context.close();
  }

  // The effective permissions of the EC2 story's instance, in English and Simplified Chinese.
  for (const [language, locale] of [
    ['en', 'en-US'],
    ['zh-Hans', 'zh-CN'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale });
    const small = await context.newPage();
    await small.goto(base);
    await small.locator('[data-ready="true"]').waitFor();
    await small.getByTestId('toolbar-gallery').click();
    await small.getByTestId('gallery-open:ec2-cross-account-profile').click();
    await small.locator('[data-ready="true"]').waitFor();
    await small.getByTestId('toolbar-language').selectOption(language);
    await small.getByTestId(`graph-node:${instance}`).click();
    const panel = small.getByTestId('permissions-panel:permissions');
    await panel.locator('summary').first().click();
    await panel.getByTestId('permission-row:s3:GetObject').waitFor();
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(small, `permissions-${language}`);
    await context.close();
  }

  // What a Terraform plan changes, imported into a blank scenario: the panel above the graph, centred
  // on the trust the plan removes (ghosted) beside the one it opens, in English and Simplified Chinese.
  const removedByPlan = 'AssumeRole:999988887777->arn:aws:iam::111122223333:role/ci-runner';
  for (const [language, locale] of [
    ['en', 'en-US'],
    ['zh-Hans', 'zh-CN'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale });
    const small = await context.newPage();
    await small.goto(base);
    await small.locator('[data-ready="true"]').waitFor();
    await small.getByTestId('toolbar-language').selectOption(language);
    await small.getByTestId('library-new').click();
    await small.locator('[data-ready="true"]').waitFor();
    await small.getByTestId('toolbar-import').click();
    await small
      .getByTestId('import-file-input')
      .setInputFiles('src/importers/fixtures/terraform/plan-deploy.json');
    await small.getByTestId('import-report').waitFor();
    await small.keyboard.press('Escape');
    const panel = small.getByTestId('plan-changes');
    await panel.waitFor();
    await small.locator('[data-ready="true"]').waitFor();
    await panel.locator('summary').first().click();
    await small.getByTestId(`plan-edge:${removedByPlan}`).click();
    await shot(small, `plan-changes-${language}`);
    await context.close();
  }

  await browser.close();
} finally {
  server.kill();
}
