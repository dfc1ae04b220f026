import type { Locator } from '@playwright/test';
import { gallery } from '../src/model/gallery';
import { testIds } from '../src/ui/testIds';
import type { AppPage } from './pages/AppPage';
import { expect, test } from './fixtures';
import { englishRuns } from './support/englishRuns';

/** Arrows read per story: the gallery's stories have at most about this many. */
const EDGES_READ = 12;

/**
 * The text of an element with every <details> inside it opened (statement checks, evaluation steps),
 * but the engine's own English, kept one click away on purpose; commands and policy text (`pre`,
 * `code`) left out, since they stay as AWS writes them.
 */
async function openedText(scope: Locator): Promise<string> {
  const closed = scope.locator('details:not([open]):not(.engine-words) > summary');
  // Opening one can show others nested in it; a story has a few dozen at most.
  for (let i = 0; i < 100 && (await closed.count()) > 0; i++) await closed.first().click();
  return scope.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const kept of copy.querySelectorAll('pre, code, .engine-words')) kept.remove();
    // innerText of a detached copy has no layout: textContent, one line per block, reads the same.
    for (const block of copy.querySelectorAll('p, li, h2, h3, h4, div, summary, button, label, option'))
      block.append('\n');
    return copy.textContent ?? '';
  });
}

/** Every arrow of the graph: its inspector with the verdict's reason worded and every detail open. */
async function edgeTexts(app: AppPage): Promise<[string, string][]> {
  const ids = await app.page
    .locator('[data-testid^="rf__edge-"]')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice('rf__edge-'.length)));
  const texts: [string, string][] = [];
  for (const id of ids.slice(0, EDGES_READ)) {
    await app.clickEdge(id);
    await expect(app.byTestId(testIds.edgeReason)).not.toHaveText('');
    texts.push([`arrow ${id}`, await openedText(app.byTestId(testIds.inspector))]);
  }
  return texts;
}

/** The walk-through of the featured path, every hop, played by keyboard; then its lesson. */
async function walkTexts(app: AppPage): Promise<[string, string][]> {
  await app.byTestId(testIds.storyPlay).click();
  const panel = app.byTestId(testIds.walkthrough);
  const texts: [string, string][] = [];
  await app.playWalkthroughByKeyboard(async (i) => {
    // The hop's evaluation is replayed by the worker: read it once it is there.
    await expect(app.byTestId(testIds.walkthroughHop(i)).locator('[aria-busy="true"]')).toHaveCount(0);
    texts.push([`walk-through hop ${i}`, await openedText(panel)]);
  });
  texts.push(['walk-through end', await openedText(panel)]);
  await app.byTestId(testIds.walkthroughLessonTab).click();
  texts.push(['walk-through lesson', await openedText(panel)]);
  await app.byTestId(testIds.walkthroughClose).click();
  await expect(panel).toBeHidden();
  return texts;
}

// A Chinese-reading learner (a browser in Chinese, so even the first-visit story is named in it)
// opens each story of the gallery and reads what the app says about it: the lesson and findings,
// the walk-through, every arrow's inspector, the ends' inspectors and "why not" the other way. No
// sentence may stay English (ARNs, actions, keys, names and commands stay as written).
for (const [language, locale] of [
  ['zh-Hans', 'zh-CN'],
  ['zh-Hant', 'zh-TW'],
] as const)
  test.describe(`in ${language}`, () => {
    test.use({ locale });
    for (const entry of gallery)
      test(`"${entry.title.en}" reads in ${language} throughout`, async ({ app }) => {
        await app.open();
        await expect(app.byTestId(testIds.toolbarLanguage)).toHaveValue(language);
        await app.byTestId(testIds.toolbarGallery).click();
        await app.byTestId(testIds.galleryOpen(entry.id)).click();
        await expect(app.byTestId(testIds.pathResult(0))).toBeVisible();
        const { from, to } = entry.featuredPath;

        const texts: [string, string][] = [['explorer', await openedText(app.byTestId(testIds.explorer))]];
        texts.push(...(await walkTexts(app)));
        texts.push(...(await edgeTexts(app)));
        for (const node of [from, to]) {
          await app.graphNode(node).click();
          await expect(app.byTestId(testIds.inspectorTitle)).toBeVisible();
          texts.push([`node ${node}`, await openedText(app.byTestId(testIds.inspector))]);
        }
        await app.findPaths(to, from);
        const answer = app
          .byTestId(testIds.whyNot)
          .or(app.byTestId(testIds.pathResult(0)))
          .first();
        await expect(answer).toBeVisible();
        texts.push(['path finder, the other way', await openedText(answer)]);

        const english = texts.flatMap(([where, text]) => englishRuns(text).map((run) => `${where}: ${run}`));
        expect(english).toEqual([]);
      });
  });
