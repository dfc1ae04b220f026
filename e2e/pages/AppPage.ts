import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type * as Monaco from 'monaco-editor/editor';
import { testIds } from '../../src/ui/testIds';

type MonacoHandle = { trustscope: { monaco: typeof Monaco } };

/** The page object for the whole app: every locator comes from the shared test-id registry. */
export class AppPage {
  constructor(readonly page: Page) {}

  byTestId(id: string) {
    return this.page.getByTestId(id);
  }

  /** Opens the app and waits for the ready signal: engine answered, analysis and layout done. */
  async open(path = '/') {
    await this.page.goto(path);
    await this.waitReady();
  }

  async waitReady() {
    await expect(this.byTestId(testIds.app)).toHaveAttribute('data-ready', 'true');
  }

  graphNode(id: string) {
    return this.byTestId(testIds.graphNode(id));
  }

  /** React Flow's own test id for an edge's group. */
  graphEdge(id: string) {
    return this.page.getByTestId(`rf__edge-${id}`);
  }

  /** Clicks an arrow wherever it is, even partly off screen (React Flow handles the click on the edge group). */
  async clickEdge(id: string) {
    await this.graphEdge(id).dispatchEvent('click');
  }

  async openDocumentFromExplorer(documentId: string) {
    await this.byTestId(testIds.explorerDocument(documentId)).click();
    await expect(this.byTestId(testIds.editorPanel)).toBeVisible();
    await expect(this.page.locator('.monaco-editor .view-lines')).toBeVisible();
  }

  /** Replaces the text of the editor's current model, the way a paste would: through Monaco's model API. */
  async setEditorText(text: string) {
    await this.page.evaluate((value) => {
      const editor = (window as unknown as MonacoHandle).trustscope.monaco.editor.getEditors()[0];
      if (!editor) throw new Error('no Monaco editor on the page');
      editor.executeEdits('e2e', [{ range: editor.getModel()!.getFullModelRange(), text: value }]);
    }, text);
  }

  async editorText(): Promise<string> {
    return this.page.evaluate(
      () => (window as unknown as MonacoHandle).trustscope.monaco.editor.getEditors()[0]?.getValue() ?? '',
    );
  }

  async editorMarkers() {
    return this.page.evaluate(() =>
      (window as unknown as MonacoHandle).trustscope.monaco.editor
        .getModelMarkers({ owner: 'trustscope' })
        .map((m) => ({ code: typeof m.code === 'string' ? m.code : m.code?.value, line: m.startLineNumber })),
    );
  }

  async selectionStartLine(): Promise<number | undefined> {
    return this.page.evaluate(
      () =>
        (window as unknown as MonacoHandle).trustscope.monaco.editor.getEditors()[0]?.getSelection()
          ?.startLineNumber,
    );
  }

  /** Drops files on the app the way a user drags them from the desktop. */
  async dropFiles(paths: string[]) {
    const files = paths.map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/octet-stream' }));
      return dt;
    }, files);
    const zone = this.byTestId(testIds.dropZone);
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
  }

  async findPaths(from: string, to: string) {
    await this.byTestId(testIds.pathFrom).selectOption(from);
    await this.byTestId(testIds.pathTo).selectOption(to);
    await this.byTestId(testIds.pathFind).click();
  }
}
