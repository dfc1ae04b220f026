import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { testIds } from '../src/ui/testIds';
import { expect, test } from './fixtures';

// What Windows PowerShell 5.1 writes for `aws iam get-account-authorization-details > gaad.json`:
// UTF-16LE with a byte-order mark, lines ending in CRLF.
test('an account export saved by Windows PowerShell imports like any other', async ({ app }) => {
  const utf8 = readFileSync('e2e/fixtures/import/gaad-account-b.json', 'utf8').replace(/\n/g, '\r\n');
  mkdirSync('test-results/inputs', { recursive: true });
  const path = 'test-results/inputs/gaad-powershell.json';
  writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]));

  await app.open();
  await app.byTestId(testIds.toolbarImport).click();
  await app.byTestId(testIds.importFileInput).setInputFiles(path);
  await expect(app.byTestId(testIds.importReport)).toContainText('gaad-powershell.json');
  await expect(app.byTestId(testIds.importReport)).toContainText(
    'gaad-powershell.json (aws iam get-account-authorization-details)',
  );
  await app.page.keyboard.press('Escape');
  await expect(app.graphNode('arn:aws:iam::444455556666:role/web-irsa-role')).toBeVisible();
});

// A role exported without its trust policy, at line 5, column 5: the problem reads in the interface's language.
test('in 简体中文 the import report words a problem in Chinese, with its file, field, line and column', async ({
  app,
}) => {
  const gaad = [
    '{',
    '  "UserDetailList": [],',
    '  "GroupDetailList": [],',
    '  "RoleDetailList": [',
    '    { "RoleName": "deploy", "Arn": "arn:aws:iam::111122223333:role/deploy" }',
    '  ],',
    '  "Policies": []',
    '}',
  ].join('\n');
  mkdirSync('test-results/inputs', { recursive: true });
  const path = 'test-results/inputs/gaad-without-trust.json';
  writeFileSync(path, gaad);

  await app.open();
  await app.byTestId(testIds.toolbarLanguage).selectOption('zh-Hans');
  await app.byTestId(testIds.toolbarImport).click();
  await app.byTestId(testIds.importFileInput).setInputFiles(path);
  const report = app.byTestId(testIds.importReport);
  await expect(report).toContainText('gaad-without-trust.json · RoleDetailList[0] · 第 5 行第 5 列');
  await expect(report).toContainText(
    '角色 arn:aws:iam::111122223333:role/deploy 没有 AssumeRolePolicyDocument；已跳过。',
  );
  await expect(report).toContainText('gaad-without-trust.json（aws iam get-account-authorization-details）');
  await expect(report).not.toContainText('it is skipped');
});
