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

const stories = [
  'what-assume-role-means',
  'cross-account-s3-delegated-role',
  'ec2-cross-account-profile',
  'role-chaining-one-hour',
  'confused-deputy-external-id',
  'scp-cuts-a-path',
  'rcp-fences-outsiders',
  'saml-federation',
  'eks-irsa',
  'irsa-wildcard-sub',
  'eks-pod-identity-session-tags',
];

/** Opens a gallery story and waits for its featured path and the whole graph to be drawn. */
async function openStory(page, story) {
  await page.getByTestId('toolbar-gallery').click();
  await page.getByTestId(`gallery-open:${story}`).click();
  await page.getByTestId('path-result:0').waitFor();
  await page.locator('[data-testid="graph-canvas"][data-drawn="all"]').waitFor();
}

const shot = async (page, name) => {
  await page.waitForTimeout(600);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
  console.log(`wrote docs/screenshots/${name}.png`);
};

/**
 * The walk-through beside the graph at a laptop's size, for two stories, at their second hop: in
 * English, 简体 and 繁體 (a browser in that language), light and dark (the browser's scheme).
 */
async function walkthroughShots(browser) {
  for (const story of ['ec2-cross-account-profile', 'eks-irsa'])
    for (const [language, locale] of [
      ['en', 'en-US'],
      ['zh-hans', 'zh-CN'],
      ['zh-hant', 'zh-TW'],
    ])
      for (const theme of ['light', 'dark']) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 720 },
          locale,
          colorScheme: theme,
        });
        const small = await context.newPage();
        await small.goto(base);
        await small.locator('[data-ready="true"]').waitFor();
        await small.getByTestId('toolbar-gallery').click();
        await small.getByTestId(`gallery-play:${story}`).click();
        // A pod's hop to its service account has no evaluation to wait for.
        await small.getByTestId('walkthrough-hop:0').waitFor();
        await small.keyboard.press('ArrowRight');
        await small.getByTestId('walkthrough-hop:1').locator('[aria-busy="false"]').waitFor();
        await shot(small, `walkthrough-${story}-${language}-${theme}`);
        await context.close();
      }
}

/** At 1280×720 with a policy open in the editor: the graph keeps its room, refitted. */
async function editorShot(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  const small = await context.newPage();
  await small.goto(base);
  await small.locator('[data-ready="true"]').waitFor();
  await small.getByTestId(`graph-node:${roleForB}`).click();
  await small.getByTestId(`inspector-document:${roleForB}#trust`).click();
  await small.locator('.monaco-editor .view-lines').waitFor();
  await shot(small, 'editor-open-1280x720');
  await context.close();
}

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

  await id('path-play:0').click();
  await id('walkthrough-next').click();
  await id('walkthrough-hop:1').locator('[aria-busy="false"]').waitFor();
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

  await walkthroughShots(browser);
  await editorShot(browser);
  // The graph of every gallery story, its featured path shown (English, light, 1440×900), then the
  // legend; one story in each Chinese at a laptop's size, light and dark.
  {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const wide = await context.newPage();
    await wide.goto(base);
    await wide.locator('[data-ready="true"]').waitFor();
    for (const story of stories) {
      await openStory(wide, story);
      await shot(wide, `graph-${story}`);
    }
    await openStory(wide, 'eks-pod-identity-session-tags');
    await wide.getByTestId('graph-legend').locator('summary').click();
    await shot(wide, 'graph-legend-en');
    await context.close();
  }
  for (const [language, suffix, locale, theme] of [
    ['zh-Hans', 'zh-hans', 'zh-CN', 'light'],
    ['zh-Hant', 'zh-hant', 'zh-TW', 'dark'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale });
    const small = await context.newPage();
    await small.goto(base);
    await small.locator('[data-ready="true"]').waitFor();
    await small.getByTestId('toolbar-language').selectOption(language);
    if (theme === 'dark') await small.getByTestId('toolbar-theme').click();
    await openStory(small, 'confused-deputy-external-id');
    await shot(small, `graph-confused-deputy-${suffix}-${theme}`);
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
