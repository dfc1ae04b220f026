import type * as Monaco from 'monaco-editor/editor';
import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';

const hostileAccount = '<img src=x onerror="window.__xss=1">';
const hostileTag = '<script>window.__xss=2</script>';
const hostileSid = '<img src=x onerror=window.__xss=3>';

const scenario = {
  version: 1,
  name: '<b>hostile</b> scenario',
  accounts: [{ id: '999900001111', name: hostileAccount }],
  roles: [
    {
      arn: 'arn:aws:iam::999900001111:role/Target',
      tags: { team: hostileTag },
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: hostileSid,
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::999900001111:role/Caller' },
            Action: 'sts:AssumeRole',
          },
        ],
      },
    },
    {
      arn: 'arn:aws:iam::999900001111:role/Caller',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      },
    },
  ],
};

test('the built app carries the Content-Security-Policy and a session never violates it', async ({
  app,
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await app.open();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "worker-src 'self'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain("'unsafe-eval'");
  await app.openDocumentFromExplorer('arn:aws:iam::111122223333:role/RoleForB#trust');
  await app.byTestId(testIds.toolbarGallery).click();
  await app.byTestId(testIds.galleryOpen('eks-irsa')).click();
  await app.byTestId(testIds.pathPlay(0)).click();
  await expect(app.byTestId(testIds.walkthroughHop(0))).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('strings from documents are shown as text, never run', async ({ app, page }) => {
  await app.open();
  await app.byTestId(testIds.toolbarImport).click();
  await app.byTestId(testIds.importPasteText).fill(JSON.stringify(scenario, null, 2));
  await app.byTestId(testIds.importPasteName).fill('hostile.json');
  await app.byTestId(testIds.importApply).click();
  await expect(app.byTestId(testIds.importReport)).toBeVisible();
  await page.locator('.dialog-backdrop').click({ position: { x: 5, y: 5 } });

  // The account's name is its group's title, drawn above the arrows.
  await expect(app.byTestId(testIds.groupTitle('999900001111'))).toContainText(hostileAccount);
  await app.clickEdge(
    'AssumeRole:arn:aws:iam::999900001111:role/Caller->arn:aws:iam::999900001111:role/Target',
  );
  await app.byTestId(testIds.edgeSteps).locator('summary').click();
  await expect(app.byTestId(testIds.edgeSteps)).toContainText(hostileSid);
  await app.graphNode('arn:aws:iam::999900001111:role/Target').click();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('a full session — import, edit, completion, share, walk-through — sends nothing to any other origin', async ({
  app,
  page,
}) => {
  // The fixture fails the test on any request to another origin; this drives every feature that could make one.
  await app.open();
  await app.openDocumentFromExplorer('arn:aws:iam::444455556666:role/AssumeRoleInA#inline/AssumeRoleForB');
  await page.evaluate(() => {
    const editor = (
      window as unknown as { trustscope: { monaco: typeof Monaco } }
    ).trustscope.monaco.editor.getEditors()[0]!;
    const match = editor.getModel()!.findMatches('sts:AssumeRole', false, false, true, null, false)[0]!;
    editor.setPosition({ lineNumber: match.range.startLineNumber, column: match.range.startColumn + 6 });
    editor.focus();
    editor.trigger('e2e', 'editor.action.triggerSuggest', {});
  });
  await expect(page.locator('.suggest-widget .monaco-list-row').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await app.byTestId(testIds.toolbarShare).click();
  await expect(app.byTestId(testIds.shareLink)).toHaveValue(/#s=1\.d\./);
  await page.locator('.dialog-backdrop').click({ position: { x: 5, y: 5 } });
  await app.findPaths(
    'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890',
    'arn:aws:iam::111122223333:role/RoleForB',
  );
  await app.byTestId(testIds.pathPlay(0)).click();
  await app.byTestId(testIds.walkthroughNext).click();
  await app.byTestId(testIds.walkthroughNext).click();
  await expect(app.byTestId(testIds.walkthroughDone)).toBeVisible();
  // Last, an import (a scenario file, which opens as a scenario of its own beside the story).
  await page.keyboard.press('Escape');
  await app.byTestId(testIds.toolbarImport).click();
  await app.byTestId(testIds.importPasteText).fill(JSON.stringify(scenario));
  await app.byTestId(testIds.importApply).click();
  await expect(app.byTestId(testIds.importReport)).toBeVisible();
  await page.locator('.dialog-backdrop').click({ position: { x: 5, y: 5 } });
  await expect(app.graphNode('arn:aws:iam::999900001111:role/Target')).toBeVisible();
});
