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
  await expect(app.byTestId(testIds.importReport)).not.toContainText('not a format');
  await app.page.keyboard.press('Escape');
  await expect(app.graphNode('arn:aws:iam::444455556666:role/web-irsa-role')).toBeVisible();
});
