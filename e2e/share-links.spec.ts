import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { galleryEntry } from '../src/model/gallery';
import { testIds } from '../src/ui/testIds';
import { AppPage } from './pages/AppPage';
import { example, expect, test } from './fixtures';

const { roleForB } = example;
const trustDoc = `${roleForB}#trust`;
const editedTrust = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'OnlyTheInstanceRole',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:role/AssumeRoleInA' },
        Action: 'sts:AssumeRole',
      },
    ],
  },
  null,
  2,
);

test('a copied link opens the same graph, with the edit, in a fresh browser', async ({
  app,
  browser,
  baseURL,
}) => {
  await app.open();
  await app.openDocumentFromExplorer(trustDoc);
  await app.setEditorText(editedTrust);
  await expect(app.byTestId(testIds.analysisStats)).toContainText('nodes');
  await app.byTestId(testIds.toolbarShare).click();
  const link = await app.byTestId(testIds.shareLink).inputValue();
  expect(link).toMatch(/#s=1\.d\.[A-Za-z0-9_-]+$/);
  expect(link.startsWith(baseURL ?? '')).toBe(true);

  const fresh = await browser.newContext();
  const other = new AppPage(await fresh.newPage());
  await other.open(link.slice(link.indexOf('/#')));
  for (const id of [
    '111122223333',
    '444455556666',
    roleForB,
    'arn:aws:iam::444455556666:role/AssumeRoleInA',
  ]) {
    await expect(other.graphNode(id)).toBeVisible();
  }
  await other.openDocumentFromExplorer(trustDoc);
  await expect.poll(() => other.editorText()).toContain('OnlyTheInstanceRole');
  await fresh.close();
});

test('a frozen link from an earlier version keeps opening', async ({ app }) => {
  const fragment = readFileSync('src/share/fixtures/v1-ec2-cross-account.link', 'utf8').trim();
  await app.open(`/${fragment}`);
  await expect(app.graphNode(roleForB)).toBeVisible();
  await expect(app.byTestId(testIds.inspectorTitle)).toHaveText('RoleForB');
  await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
  await app.openDocumentFromExplorer(trustDoc);
  await expect.poll(() => app.editorText()).toContain('role/AssumeRoleInA');
});

test('a corrupt link says what is wrong and leaves local scenarios intact', async ({ app }) => {
  await app.open();
  await app.openDocumentFromExplorer(trustDoc);
  await app.setEditorText(editedTrust);
  await app.waitSaved();
  await app.open('/#s=1.d.this-is-not-deflate');
  await expect(app.byTestId(testIds.notice)).toContainText('damaged');
  await app.openDocumentFromExplorer(trustDoc);
  await expect.poll(() => app.editorText()).toContain('OnlyTheInstanceRole');
  await app.open('/#s=9.d.AAAA');
  await expect(app.byTestId(testIds.notice)).toContainText('newer version of Trustscope');
});

test('a reload after an edit keeps the edit', async ({ app, page }) => {
  await app.open();
  await app.openDocumentFromExplorer(trustDoc);
  await app.setEditorText(editedTrust);
  await app.waitSaved();
  await page.reload();
  await app.waitReady();
  await app.openDocumentFromExplorer(trustDoc);
  await expect.poll(() => app.editorText()).toContain('OnlyTheInstanceRole');
});

test('a deleted scenario can be brought back with undo', async ({ app, page }) => {
  await app.open();
  const entries = page.locator('[data-testid^="library-entry:"]');
  await expect(entries).toHaveCount(1);
  const id = ((await entries.first().getAttribute('data-testid')) ?? '').replace('library-entry:', '');
  await app.byTestId(testIds.libraryDelete(id)).click();
  await expect(app.byTestId(testIds.notice)).toContainText('Deleted');
  await app.byTestId(testIds.noticeAction).click();
  await expect(app.byTestId(testIds.libraryEntry(id))).toBeVisible();
});

interface SeededStore {
  /** 1: scenarios as objects, no summaries. 2: scenarios as JSON text, with summaries. */
  version: 1 | 2;
  rows: object[];
  summaries?: object[];
  current: string;
  /** Keep the connection open, as a tab of version 1 of the app did even when asked to upgrade. */
  keepOpen?: boolean;
}

/** A page of the app's origin that is not the app: it writes the saved-scenario store as given. */
async function seedStore(page: Page, store: SeededStore): Promise<void> {
  await page.route('**/seed-store', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.goto('/seed-store');
  await page.evaluate(async ({ version, rows, summaries = [], current, keepOpen = false }) => {
    const wait = (r: IDBRequest | IDBOpenDBRequest) =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    await wait(indexedDB.deleteDatabase('trustscope'));
    const names = version === 1 ? ['scenarios', 'meta'] : ['scenarios', 'summaries', 'meta'];
    const open = indexedDB.open('trustscope', version);
    open.onupgradeneeded = () => {
      for (const name of names)
        open.result.createObjectStore(name, name === 'meta' ? undefined : { keyPath: 'id' });
    };
    const db = (await wait(open)) as IDBDatabase;
    const tx = db.transaction(names, 'readwrite');
    for (const row of rows) tx.objectStore('scenarios').put(row);
    for (const summary of summaries) tx.objectStore('summaries').put(summary);
    tx.objectStore('meta').put(current, 'current');
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
    if (!keepOpen) db.close();
  }, store);
}

function versionOneRow(id: string, name: string) {
  const scenario = galleryEntry('ec2-cross-account-profile')?.scenario;
  expect(scenario).toBeDefined();
  return {
    id,
    name,
    updatedAt: 1_700_000_000_000,
    scenario: { ...scenario, name },
    texts: { [trustDoc]: editedTrust },
    dragged: {},
  };
}

test('work saved by the first version of the saved-scenario store opens, is listed, and is saved on', async ({
  app,
  page,
}) => {
  const saved = versionOneRow('s-saved-by-v1', 'Saved before the upgrade');
  const other = versionOneRow('s-other-by-v1', 'Another one from before');
  await seedStore(page, { version: 1, rows: [saved, other], current: saved.id });

  await app.open();
  await expect(app.byTestId(testIds.libraryEntry(saved.id))).toContainText('Saved before the upgrade');
  // Listed from the summaries the upgrade wrote: nothing since has saved it.
  await expect(app.byTestId(testIds.libraryEntry(other.id))).toContainText('Another one from before');
  await app.openDocumentFromExplorer(trustDoc);
  await expect.poll(() => app.editorText()).toContain('OnlyTheInstanceRole');

  // An edit is saved in the new form, and a reload opens it with both entries still listed.
  await app.setEditorText(editedTrust.replace('OnlyTheInstanceRole', 'EditedAfterTheUpgrade'));
  await app.waitSaved();
  await page.reload();
  await app.waitReady();
  await expect(page.locator('[data-testid^="library-entry:"]')).toHaveCount(2);
  await app.openDocumentFromExplorer(trustDoc);
  await expect.poll(() => app.editorText()).toContain('EditedAfterTheUpgrade');
});

test('a tab of an earlier version holding the store does not stop the app: it says why work is not saved', async ({
  app,
  context,
}) => {
  const holder = await context.newPage();
  await seedStore(holder, {
    version: 1,
    rows: [versionOneRow('s-held', 'Held by the old tab')],
    current: 's-held',
    keepOpen: true,
  });

  await app.open();
  await expect(app.byTestId(testIds.notice)).toContainText('a Trustscope tab of an earlier version is open');
  await expect(app.graphNode(roleForB)).toBeVisible();
  await holder.close();
});

test('a damaged saved scenario does not keep the app from starting: it says which, and the rest opens', async ({
  app,
  page,
}) => {
  // The current version's store, its current entry cut short (as by a disk or a hand editing it).
  const summary = { id: 's-damaged', name: 'Cut short', updatedAt: 1_700_000_000_000 };
  await seedStore(page, {
    version: 2,
    rows: [{ ...summary, json: '{"scenario":{"name":"Cut sh' }],
    summaries: [summary],
    current: summary.id,
  });

  await app.open();
  await expect(app.byTestId(testIds.notice)).toContainText('"Cut short" is damaged');
  await expect(app.graphNode(roleForB)).toBeVisible();
  await expect(app.byTestId(testIds.libraryEntry('s-damaged'))).toContainText('Cut short');
});
