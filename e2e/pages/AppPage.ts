import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
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

  /** The graph shows the latest edit, analyzed and laid out (false while either is pending). */
  async waitReady() {
    await expect(this.byTestId(testIds.app)).toHaveAttribute('data-ready', 'true');
  }

  /** Every edit is written to the browser's storage (autosave waits a moment after the last one). */
  async waitSaved() {
    await expect(this.byTestId(testIds.app)).toHaveAttribute('data-saved', 'true');
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
      () =>
        (window as unknown as Partial<MonacoHandle>).trustscope?.monaco.editor.getEditors()[0]?.getValue() ??
        '',
    );
  }

  async editorMarkers() {
    return this.page.evaluate(() =>
      (window as unknown as Partial<MonacoHandle>).trustscope?.monaco.editor
        .getModelMarkers({ owner: 'trustscope' })
        .map((m) => ({
          code: typeof m.code === 'string' ? m.code : m.code?.value,
          line: m.startLineNumber,
          message: m.message,
        })),
    );
  }

  async selectionStartLine(): Promise<number | undefined> {
    return this.page.evaluate(
      () =>
        (window as unknown as Partial<MonacoHandle>).trustscope?.monaco.editor.getEditors()[0]?.getSelection()
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

  /**
   * Plays the open walk-through to its end by keyboard, the way a learner would: at each hop the
   * counter names it, the graph shows it (a different arrow each time) and `read(hop)` may look at
   * it; ArrowRight moves on. Returns how many hops it had; the end is left open.
   */
  async playWalkthroughByKeyboard(read?: (hop: number) => Promise<void>): Promise<number> {
    await expect(this.byTestId(testIds.walkthrough)).toBeFocused();
    const shown: string[] = [];
    for (let i = 0; ; i++) {
      const hop = this.byTestId(testIds.walkthroughHop(i));
      await expect(hop).toBeVisible();
      const edgeId = (await hop.getAttribute('data-edge-id')) ?? '';
      await expect(this.byTestId(testIds.walkHopOnGraph)).toHaveAttribute('data-edge-id', edgeId);
      expect(shown, 'the graph shows another arrow for each hop').not.toContain(edgeId);
      shown.push(edgeId);
      // "Hop 2 of 3", "第 2 跳，共 3 跳": the hop's number, then the total.
      await expect(this.byTestId(testIds.walkthroughCounter)).toHaveText(new RegExp(`\\D${i + 1}\\D.*\\d`));
      await read?.(i);
      await this.page.keyboard.press('ArrowRight');
      const done = this.byTestId(testIds.walkthroughDone);
      // Waits for what the key brings, the next hop or the end, before asking which it is.
      await expect(
        this.byTestId(testIds.walkthroughHop(i + 1))
          .or(done)
          .first(),
      ).toBeVisible();
      if (await done.isVisible()) return i + 1;
      expect(i).toBeLessThan(10);
    }
  }

  /** Opens the explorer's "Add" section on the form for `kind` (account, role, user, cluster, …). */
  async openAddForm(kind: string) {
    const section = this.byTestId(testIds.addEntity);
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
    await this.byTestId(testIds.addKind).selectOption(kind);
  }

  /** Fills the open "Add" form (text fields are filled, selects are chosen) and submits it. */
  async submitAddForm(fields: Record<string, string>) {
    // The explorer's form: the inspector's policy form has a submit button of its own.
    await this.submitFormIn(this.byTestId(testIds.addEntity), fields);
  }

  /** Opens an explorer section (a closed `<details>`, such as the Organization or Groups section). */
  async openSection(testId: string) {
    const section = this.byTestId(testId);
    if ((await section.getAttribute('open')) === null) await section.locator('summary').first().click();
    return section;
  }

  /** Picks what the Organization section's form does: unit, place, policy or attach. */
  async openOrgForm(action: 'unit' | 'place' | 'policy' | 'attach') {
    const section = await this.openSection(testIds.orgSection);
    await section.getByTestId(testIds.orgAction).selectOption(action);
    return section;
  }

  /** Fills a form inside `scope` (fields by their `add-field:NAME` ids) and presses its submit button. */
  async submitFormIn(scope: Locator, fields: Record<string, string>) {
    const form = scope;
    for (const [name, value] of Object.entries(fields)) {
      const field = form.getByTestId(testIds.addField(name));
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    await form.getByTestId(testIds.addSubmit).click();
  }

  /** Starts a new, blank scenario and adds these accounts (id, name) through the explorer's form. */
  async newScenario(accounts: readonly (readonly [string, string])[]) {
    await this.byTestId(testIds.libraryNew).click();
    await this.waitReady();
    for (const [accountId, name] of accounts) {
      await this.openAddForm('account');
      await this.submitAddForm({ accountId, name });
    }
  }

  /** Adds a role through the explorer form; `trust` is a template id such as `ownAccount` or `ec2`. */
  async addRole(account: string, name: string, trust = 'ownAccount') {
    await this.openAddForm('role');
    await this.submitAddForm({ account, name, trust });
  }

  /** Clicks a node near its top-left corner: a group's centre may be covered by the nodes inside it. */
  async selectNode(id: string) {
    await this.graphNode(id).click({ position: { x: 6, y: 6 } });
    await expect(this.byTestId(testIds.inspectorTitle)).toBeVisible();
  }

  async removeSelected() {
    await this.byTestId(testIds.inspectorRemove).click();
  }

  /**
   * Presses the progress bar's Cancel as soon as the bar shows `phase`, from the page itself: a click
   * from outside could come after a job the page is too busy to show in time has ended.
   */
  async cancelWhenProgressShows(phase: string) {
    await this.page.evaluate(
      ({ bar, cancel, text }) => {
        new MutationObserver((_, observer) => {
          const shown = document.querySelector(`[data-testid="${bar}"]`);
          if (!shown?.textContent?.includes(text)) return;
          observer.disconnect();
          shown.querySelector<HTMLButtonElement>(`[data-testid="${cancel}"]`)?.click();
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      { bar: testIds.progress, cancel: testIds.progressCancel, text: phase },
    );
  }

  /** Moves the keyboard focus out of every field, so app shortcuts (Ctrl+Z) reach the app. */
  async blurFocus() {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
}
