import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  aRole,
  aScenario,
  aTrustPolicy,
  aUser,
  anIdentityPolicy,
  arns,
} from '../../../../model/builders';
import { analyzeScenario } from '../../analysis/analyzeScenario';
import { prepareScenario } from '../../analysis/prepareScenario';
import { createAnalyzer } from '../../incremental/incremental';
import { replayEdge } from '../../queries/replayEdge';
import { ESCALATION_TECHNIQUES, PASS_ROLE_SERVICES, fillCli } from './catalogue';

const DEV = arns.user(ACCOUNT_A, 'dev');
const ADMIN = arns.role(ACCOUNT_A, 'Admin');
const scenario = aScenario({
  roles: [
    aRole(ADMIN, {
      trust: aTrustPolicy.forService('ec2'),
      managed: ['arn:aws:iam::aws:policy/AdministratorAccess'],
    }),
  ],
  users: [aUser(DEV, { inline: { DevAccess: anIdentityPolicy.allow('iam:UpdateAssumeRolePolicy', ADMIN) } })],
});

describe('escalation edges', () => {
  it('replay every request with its trace, the AssumeRole against the trust the caller writes', () => {
    const analysis = analyzeScenario(scenario);
    const edge = analysis.edges.find((e) => e.kind === 'Escalation' && e.from === DEV && e.to === ADMIN);
    expect(edge?.technique).toBe('iam:UpdateAssumeRolePolicy');
    const replayed = replayEdge(prepareScenario(scenario), edge as NonNullable<typeof edge>);
    expect(replayed.map((r) => [r.action, r.result.decision])).toEqual([
      ['iam:UpdateAssumeRolePolicy', 'Allowed'],
      ['sts:AssumeRole', 'Allowed'],
    ]);
    const trust = replayed[1]?.result.trace.policies.find((p) => p.kind === 'trust');
    expect(trust?.name).toBe('role Admin');
    expect(trust?.statements[0]?.principal?.matched).toBe(true);
  });

  it('are redone by an incremental run when an identity edit takes the action away', () => {
    const analyzer = createAnalyzer();
    const texts = {
      [`${DEV}#inline/DevAccess`]: JSON.stringify(anIdentityPolicy.allow('s3:GetObject').build()),
    };
    expect(analyzer.analyze(scenario).edges.some((e) => e.kind === 'Escalation')).toBe(true);
    const edited = analyzer.analyze(scenario, { texts });
    expect(edited.edges.some((e) => e.kind === 'Escalation')).toBe(false);
    expect(edited.edges).toEqual(analyzeScenario(scenario, { texts }).edges);
  });

  it('are left out with escalation: false', () => {
    expect(analyzeScenario(scenario, { escalation: false }).edges.some((e) => e.kind === 'Escalation')).toBe(
      false,
    );
  });
});

describe('the technique catalogue', () => {
  it('has unique ids, an AWS page each, and every service a role is passed to as a technique', () => {
    const ids = ESCALATION_TECHNIQUES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of ESCALATION_TECHNIQUES) {
      expect(t.doc, t.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(t.cli.length, t.id).toBeGreaterThan(0);
      // The id joins actions the caller calls, service-prefixed.
      for (const action of t.id.split('+')) expect(action, t.id).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
    }
    for (const s of PASS_ROLE_SERVICES) expect(ids, s.technique).toContain(s.technique);
    expect(
      ESCALATION_TECHNIQUES.filter((t) => t.family === 'passRole')
        .map((t) => t.id)
        .sort(),
    ).toEqual(PASS_ROLE_SERVICES.map((s) => s.technique).sort());
  });

  it('fills command templates, leaving unknown placeholders as written', () => {
    expect(fillCli('aws iam create-access-key --user-name {userName} {other}', { userName: 'alice' })).toBe(
      'aws iam create-access-key --user-name alice {other}',
    );
  });
});
