import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { createAppStore } from './store';

const TRUST = 'arn:aws:iam::111122223333:role/RoleForB#trust';

describe('one history for every change, the policy editor included', () => {
  it('undoes a run of edits to one document as one step, and redoes it', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const original = store.getState().documentTexts[TRUST] as string;
    for (const end of ['{', '{"', '{"V']) store.getState().setDocumentText(TRUST, end);
    expect(store.getState().past).toHaveLength(1);

    store.getState().undo();
    expect(store.getState().documentTexts[TRUST]).toBe(original);
    store.getState().redo();
    expect(store.getState().documentTexts[TRUST]).toBe('{"V');
  });

  it('starts a new step when another document is edited or the scenario changes in between', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const [other] = Object.keys(store.getState().documentTexts).filter((id) => id !== TRUST);
    const s = () => store.getState();
    s().setDocumentText(TRUST, 'a');
    s().setDocumentText(other as string, 'b');
    s().changeScenario({ ...s().scenario, name: 'renamed' });
    s().setDocumentText(TRUST, 'c');
    s().setDocumentText(TRUST, 'cc');
    expect(s().past).toHaveLength(4);

    s().undo();
    expect([s().documentTexts[TRUST], s().scenario.name]).toEqual(['a', 'renamed']);
    s().undo();
    expect(s().scenario.name).toBe(ec2CrossAccountScenario.name);
    s().undo();
    expect(s().documentTexts[other as string]).not.toBe('b');
    expect(s().documentTexts[TRUST]).toBe('a');
  });

  it('records nothing for an edit that leaves the text as it was (the editor echoing an undo)', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    store.getState().setDocumentText(TRUST, store.getState().documentTexts[TRUST] as string);
    expect(store.getState().past).toEqual([]);
  });

  it('ignores text for a document an undo took away, so redo stays possible', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const s = () => store.getState();
    const scenario = s().scenario;
    s().changeScenario({
      ...scenario,
      roles: (scenario.roles ?? []).filter((r) => !TRUST.startsWith(r.arn)),
    });
    s().setDocumentText(TRUST, '');
    s().undo();
    s().setDocumentText(TRUST, s().documentTexts[TRUST] as string);
    expect(s().future).toHaveLength(1);
    s().redo();
    s().setDocumentText(TRUST, '');
    expect([s().past.length, s().documentTexts[TRUST]]).toEqual([1, undefined]);
  });

  it('shows a document whose value a change replaced as the new value, and keeps typed text elsewhere', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const s = () => store.getState();
    const [other] = Object.keys(s().documentTexts).filter((id) => id !== TRUST);
    s().setDocumentText(other as string, '{"typed": true}');
    s().setDocumentText(TRUST, '{"typed": "too"}');
    const trust = { Version: '2012-10-17', Statement: [] };
    s().changeScenario({
      ...s().scenario,
      roles: (s().scenario.roles ?? []).map((r) =>
        TRUST.startsWith(r.arn) ? { ...r, trustPolicy: trust } : r,
      ),
    });
    expect(s().documentTexts[TRUST]).toBe(JSON.stringify(trust, null, 2));
    expect(s().documentTexts[other as string]).toBe('{"typed": true}');
  });
});

describe('undo and redo as the user sees them', () => {
  it('restores the first text after two separate edits, one undo at a time', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const s = () => store.getState();
    const [other] = Object.keys(s().documentTexts).filter((id) => id !== TRUST);
    const original = s().documentTexts[TRUST];
    s().setDocumentText(TRUST, '{"first": true}');
    s().setDocumentText(other as string, '{"second": true}');
    s().undo();
    expect(s().documentTexts[TRUST]).toBe('{"first": true}');
    s().undo();
    expect(s().documentTexts[TRUST]).toBe(original);
    expect(s().past).toEqual([]);
  });

  it('forgets what could be redone once a new edit is made', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const s = () => store.getState();
    s().setDocumentText(TRUST, '{"a": 1}');
    s().undo();
    s().changeScenario({ ...s().scenario, name: 'renamed' });
    expect(s().future).toEqual([]);
    s().redo();
    expect(s().scenario.name).toBe('renamed');
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const before = store.getState();
    before.undo();
    before.redo();
    expect(store.getState().scenario).toBe(before.scenario);
    expect(store.getState().documentTexts).toBe(before.documentTexts);
  });

  it('keeps the last hundred steps', () => {
    const store = createAppStore(ec2CrossAccountScenario);
    const s = () => store.getState();
    for (let i = 1; i <= 105; i++) s().changeScenario({ ...s().scenario, name: `step ${i}` });
    expect(s().past).toHaveLength(100);
    while (s().past.length > 0) s().undo();
    expect(s().scenario.name).toBe('step 5');
  });
});
