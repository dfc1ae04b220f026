import { readFileSync } from 'node:fs';
import { testIds } from '../src/ui/testIds';
import { example, expect, test } from './fixtures';

const trustDoc = `${example.roleForB}#trust`;

test('an exported scenario file holds the documents as typed, and says which one it could not', async ({
  app,
  page,
}) => {
  await app.open();
  await app.openDocumentFromExplorer(trustDoc);
  await app.setEditorText(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'TypedInTheEditor',
          Effect: 'Allow',
          Principal: { AWS: '444455556666' },
          Action: 'sts:AssumeRole',
        },
      ],
    }),
  );
  await app.waitReady();
  const saved = page.waitForEvent('download');
  await app.byTestId(testIds.libraryExport).click();
  const file = JSON.parse(readFileSync(await (await saved).path(), 'utf8')) as {
    roles: { trustPolicy: unknown }[];
  };
  expect(JSON.stringify(file.roles)).toContain('TypedInTheEditor');

  // A text mid-edit is no document: the file holds the document as it was before the edit, and
  // the app says so (the text itself stays in the editor and in the saved scenario).
  await app.setEditorText('{ "Version": "2012-10-17", "Statement": [');
  const again = page.waitForEvent('download');
  await app.byTestId(testIds.libraryExport).click();
  const kept = readFileSync(await (await again).path(), 'utf8');
  expect(kept).not.toContain('TypedInTheEditor');
  expect(kept).toContain('role/AssumeRoleInA');
  await expect(app.byTestId(testIds.notice)).toContainText('RoleForB · trust policy');
  await expect(app.byTestId(testIds.notice)).toContainText('not valid JSON');
});
