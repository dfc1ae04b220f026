/**
 * A cut edge (a hop the trust and identity policies allow but a guardrail refuses) is drawn, and is
 * never a way in: not a path, not reach, not a finding's edge, not an administrator's reach, not a
 * permissions chain, not counted among the edges that rest on assumptions. So is one from a caller
 * the scenario does not hold (an outside account cut by its role's RCP).
 */
import { describe, expect, it } from 'vitest';
import { scpCutsPath } from '../../../model/gallery/scpCutsPath';
import { adminReach } from '../../diff/adminReach';
import { chainsFrom, chainsTo, edgeIndex } from '../../permissions/chains';
import { analyzeScenario } from '../analysis/analyzeScenario';
import { prepareScenario } from '../analysis/prepareScenario';
import { summarizeAssumptions } from '../analysis/summarizeAssumptions';
import { isCut } from '../edges/edgeNotes';
import { cases as rcpCases } from '../cases/rcp-outside-callers.case';
import { whyNot } from './explainAccess';
import { findPaths, reachableFrom, whoCanReach } from './paths';

const DANA = 'arn:aws:iam::444455556666:user/dev-dana';
const ADMIN = 'arn:aws:iam::777788889999:role/ProdAdmin';
const READ_ONLY = 'arn:aws:iam::777788889999:role/cross-account/ProdReadOnly';

describe('a cut edge', () => {
  const analysis = analyzeScenario(scpCutsPath.scenario, { now: () => 0 });
  const cut = analysis.edges.find((e) => e.from === DANA && e.to === ADMIN);

  it('is drawn, not permitted, with the SCP statement that cuts it', () => {
    expect(cut).toMatchObject({
      kind: 'AssumeRole',
      permitted: false,
      configured: false,
      note: {
        code: 'cut-scp-deny',
        params: { statement: 'DenyAssumeRoleOutsideCrossAccountPath', level: 'ou-ab12-wkld0001' },
      },
    });
    expect(cut && isCut(cut)).toBe(true);
  });

  it('is no path, no reach and nobody who can reach', () => {
    expect(findPaths(analysis, DANA, ADMIN)).toEqual([]);
    expect(findPaths(analysis, DANA, READ_ONLY)).toHaveLength(1);
    expect(reachableFrom(analysis, DANA).map((r) => r.id)).toEqual([READ_ONLY]);
    expect(whoCanReach(analysis, ADMIN)).toEqual([]);
  });

  it('raises no finding about itself and gives no administrator reach', () => {
    expect(analysis.findings.filter((f) => f.subjects.includes(cut?.id ?? ''))).toEqual([]);
    expect(analysis.findings.some((f) => f.code === 'broken-edge')).toBe(false);
    expect([...adminReach(analysis, new Set([ADMIN]))]).toEqual([]);
  });

  it('is no permissions chain', () => {
    const prepared = prepareScenario(scpCutsPath.scenario);
    const index = edgeIndex(analysis);
    expect(chainsTo(prepared, index, ADMIN).filter((c) => c.via.includes(DANA))).toEqual([]);
    expect(chainsFrom(prepared, index, DANA).some((c) => c.via.includes(ADMIN))).toBe(false);
  });

  it('rests on nothing the assumption summary counts', () => {
    const withAssumption = {
      edges: analysis.edges.map((e) =>
        e === cut
          ? { ...e, assumptions: [{ code: 'organization-unknown' as const, params: {}, text: 'x' }] }
          : e,
      ),
      findings: [],
    };
    expect(summarizeAssumptions(withAssumption).edges).toBe(0);
  });
});

describe('a cut edge from outside the scenario', () => {
  const VENDOR = '999900000001';
  const ROLE = 'arn:aws:iam::111122223333:role/VendorMonitoring';
  const { scenario } = rcpCases.find((c) => c.name.startsWith('the identity perimeter RCP cuts the hop'))!;
  const analysis = analyzeScenario(scenario, { now: () => 0 });
  const cut = analysis.edges.find((e) => e.from === VENDOR && e.to === ROLE);

  it("is drawn from the outside account's node, naming the RCP statement and what it assumes", () => {
    expect(analysis.nodes.find((n) => n.id === VENDOR)?.kind).toBe('externalAccount');
    expect(cut).toMatchObject({
      permitted: false,
      configured: false,
      note: {
        code: 'cut-rcp-deny',
        params: {
          statement: 'EnforceOrgIdentities',
          level: 'ou-ab12-prod',
          action: 'sts:AssumeRole',
          allowedBy: 'trust-and-assumed-identity',
        },
      },
    });
    expect(cut?.assumptions.map((a) => a.code)).toEqual(['outside-caller-assumed']);
  });

  it('is no path, no reach, no administrator reach and no finding of its own', () => {
    expect(findPaths(analysis, VENDOR, ROLE)).toEqual([]);
    expect(reachableFrom(analysis, VENDOR)).toEqual([]);
    expect(whoCanReach(analysis, ROLE)).toEqual([]);
    expect([...adminReach(analysis, new Set([ROLE]))]).toEqual([]);
    expect(analysis.findings.filter((f) => f.subjects.includes(cut?.id ?? ''))).toEqual([]);
    expect(summarizeAssumptions(analysis).edges).toBe(0);
  });

  it('says why not from the RCP, replayed with the stand-in caller', () => {
    const answer = whyNot(prepareScenario(scenario), analysis, VENDOR, ROLE);
    expect(answer.result?.decision).toBe('ExplicitlyDenied');
    expect(answer.result?.reason.params.statement).toMatchObject({
      kind: 'rcp',
      sid: 'EnforceOrgIdentities',
    });
    expect(answer.note?.code).toBe('cut-rcp-deny');
  });
});
