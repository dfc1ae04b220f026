import { describe, expect, it } from 'vitest';
import { analyzeScenario, type Analysis } from '../engine';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { createAppStore, openScenarioInStore } from './store';

const TRUST = 'arn:aws:iam::111122223333:role/RoleForB#trust';
const ROLE = 'arn:aws:iam::111122223333:role/RoleForB';
const OPENED = analyzeScenario(ec2CrossAccountScenario);

/** The analysis after RoleForB stops trusting account B: the cross-account hop is gone. */
function withoutTrust(): Analysis {
  const roles = (ec2CrossAccountScenario.roles ?? []).map((r) =>
    r.arn === ROLE ? { ...r, trustPolicy: { Version: '2012-10-17', Statement: [] } } : r,
  );
  return analyzeScenario({ ...ec2CrossAccountScenario, roles });
}

describe('what the latest edit changed in the graph', () => {
  it('lists the hops an analysis removed and added against the one before', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const s = () => store.getState();
    s().setAnalysis(OPENED);
    expect(s().changes).toEqual({ added: [], removed: [] });

    const cut = withoutTrust();
    s().setAnalysis(cut);
    const removed = s().changes.removed.map((e) => e.to);
    expect(removed).toContain(ROLE);
    expect(s().changes.added).toEqual([]);

    s().setAnalysis(OPENED);
    expect(s().changes.removed).toEqual([]);
    expect(s().changes.added.length).toBe(removed.length);
  });
});

describe('open documents', () => {
  it('closing the active tab activates its neighbour; closing another keeps the active one', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const s = () => store.getState();
    for (const id of ['a', 'b', 'c']) s().openDocument(id);
    s().openDocument('b');
    expect(s().openDocuments).toEqual(['a', 'b', 'c']);
    s().closeDocument('b');
    expect(s().activeDocumentId).toBe('c');
    s().closeDocument('a');
    expect(s().activeDocumentId).toBe('c');
    s().closeDocument('c');
    expect(s().activeDocumentId).toBeNull();
  });

  it('asks the editor to scroll again when the same place is revealed twice', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const range = { start: { line: 2, column: 1, offset: 10 }, end: { line: 2, column: 5, offset: 14 } };
    store.getState().openDocument(TRUST, range);
    const first = store.getState().reveal;
    store.getState().openDocument(TRUST, range);
    expect(store.getState().reveal?.nonce).not.toBe(first?.nonce);
  });
});

describe('switching to another saved scenario', () => {
  it('starts a fresh history, selection and graph (no plan’s changes), with the texts as they were saved', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const s = () => store.getState();
    s().setDocumentText(TRUST, '{"typed": 1}');
    s().setAnalysis(OPENED);
    s().select({ kind: 'node', id: ROLE });
    s().openDocument(TRUST);
    s().setPlanChanges({ diff: { edges: [], findings: [], adminReach: [], summary: [] }, labels: {} });
    openScenarioInStore(store, {
      id: 's-other',
      scenario: { ...ec2CrossAccountScenario, name: 'Other' },
      texts: { [TRUST]: '{"saved": 2}' },
    });
    expect(s()).toMatchObject({
      currentId: 's-other',
      past: [],
      future: [],
      selection: null,
      openDocuments: [],
      analysis: null,
      layout: null,
      planChanges: null,
    });
    expect(s().documentTexts[TRUST]).toBe('{"saved": 2}');
    s().undo();
    expect(s().scenario.name).toBe('Other');
  });
});
