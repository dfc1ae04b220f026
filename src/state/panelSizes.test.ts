import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { clampPanelSize, DEFAULT_PANEL_SIZES, loadPanelSizes, persistPanelSizes } from './panelSizes';
import { memoryStorage } from './memoryStorage.testkit';
import { createAppStore } from './store';

describe('the panels’ sizes', () => {
  it('stay within what leaves the graph its room', () => {
    expect(clampPanelSize('editor', 5000)).toBe(640);
    expect(clampPanelSize('explorer', 10)).toBe(180);
    expect(clampPanelSize('inspector', 400.4)).toBe(400);
  });

  it('are remembered when the user changes them, and read back checked', () => {
    const storage = memoryStorage();
    const store = createAppStore(ec2CrossAccountScenario, { panels: loadPanelSizes(storage) });
    persistPanelSizes(store, storage);
    store.getState().setPanelSize('editor', 320);
    expect(loadPanelSizes(storage)).toEqual({ ...DEFAULT_PANEL_SIZES, editor: 320 });
  });

  it('fall back to their defaults for anything unreadable', () => {
    const broken = memoryStorage({ 'trustscope.panels': '{"editor":"tall","explorer":9999' });
    expect(loadPanelSizes(broken)).toEqual(DEFAULT_PANEL_SIZES);
    const odd = memoryStorage({ 'trustscope.panels': '{"editor":"tall","explorer":9999}' });
    expect(loadPanelSizes(odd)).toEqual({ ...DEFAULT_PANEL_SIZES, explorer: 520 });
  });
});
