import { expect, type Page } from '@playwright/test';
import type * as Monaco from 'monaco-editor/editor';
import { testIds } from '../../src/ui/testIds';

/** The page object for the whole app: every locator comes from the shared test-id registry. */
export class AppPage {
  constructor(readonly page: Page) {}

  byTestId(id: string) {
    return this.page.getByTestId(id);
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.byTestId(testIds.app)).toHaveAttribute('data-ready', 'true');
  }

  graphNode(id: string) {
    return this.byTestId(testIds.graphNode(id));
  }

  async openDocumentFromExplorer(documentId: string) {
    await this.byTestId(testIds.explorerDocument(documentId)).click();
    await expect(this.byTestId(testIds.editorPanel)).toBeVisible();
    await expect(this.page.locator('.monaco-editor .view-lines')).toBeVisible();
  }

  /** Replaces the text of the editor's current model, the way a paste would: through Monaco's model API. */
  async setEditorText(text: string) {
    await this.page.evaluate((value) => {
      const handle = (window as unknown as { trustscope: { monaco: typeof Monaco } }).trustscope;
      const editor = handle.monaco.editor.getEditors()[0];
      if (!editor) throw new Error('no Monaco editor on the page');
      editor.executeEdits('e2e', [{ range: editor.getModel()!.getFullModelRange(), text: value }]);
    }, text);
  }

  async editorMarkers() {
    return this.page.evaluate(() => {
      const handle = (window as unknown as { trustscope: { monaco: typeof Monaco } }).trustscope;
      return handle.monaco.editor
        .getModelMarkers({ owner: 'trustscope' })
        .map((m) => ({ code: typeof m.code === 'string' ? m.code : m.code?.value, line: m.startLineNumber }));
    });
  }
}
