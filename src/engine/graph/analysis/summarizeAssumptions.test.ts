import { describe, expect, it } from 'vitest';
import { assumption, NO_ASSUMPTIONS } from './assumptions';
import { summarizeAssumptions } from './summarizeAssumptions';

describe('summarizeAssumptions', () => {
  it('counts what rests on assumptions, and each distinct assumption once, sorted', () => {
    const org = assumption('organization-unknown', { account: '999988887777' });
    const group = assumption('group-not-imported', { user: 'alice', group: 'G' });
    const shared = [group];
    const summary = summarizeAssumptions({
      edges: [{ assumptions: shared }, { assumptions: shared }, { assumptions: NO_ASSUMPTIONS }],
      findings: [{ assumptions: [org, group] }, { assumptions: NO_ASSUMPTIONS }],
    });
    expect(summary).toEqual({
      edges: 2,
      findings: 1,
      assumptions: [
        { ...group, edges: 2, findings: 1 },
        { ...org, edges: 0, findings: 1 },
      ],
    });
  });
});
