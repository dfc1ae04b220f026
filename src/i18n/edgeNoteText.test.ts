import { describe, expect, it } from 'vitest';
import { analyzeScenario, EDGE_NOTE_CODES, wordEdgeNote, type EdgeNote } from '../engine';
import { gallery } from '../model/gallery';
import { edgeNoteText } from './edgeNoteText';
import { findingExplanation } from './findingText';
import { LANGUAGES, translator } from './translate';

/** Every parameter a note may name, so a placeholder left unfilled shows. */
const PARAMS = {
  role: 'arn:aws:iam::444455556666:role/web',
  account: '444455556666',
  roleAccount: '444455556666',
  workloadAccount: '111122223333',
  instanceProfile: 'arn:aws:iam::111122223333:instance-profile/web',
  clusterAccount: '111122223333',
  cluster: 'arn:aws:eks:us-east-1:111122223333:cluster/prod',
  issuer: 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE',
  profile: 'deploy',
  source: 'Environment',
  asked: 7200,
  max: 3600,
  pod: 'app/web-7d9f',
  serviceAccount: 'app/web',
  session: 'RoleForB',
  resource: 'account-a-reports',
  levels: 'List,Read,Permissions management',
  actions: 12,
  user: 'alice',
  group: 'Developers',
  caller: 'ci',
  target: 'Admin',
  technique: 'iam:PassRole+ec2:RunInstances',
  via: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc',
  policy: 'DenyAssumeRoleOutsideCrossAccountPath · SCP',
  statement: 'DenyAssumeRoleOutsideCrossAccountPath',
  level: 'ou-ab12-wkld0001',
  action: 'sts:AssumeRoleWithWebIdentity',
  allowedBy: 'trust',
};

const CJK = /[\u4e00-\u9fff]/;

describe('edge notes in the learner’s language', () => {
  it('words every note in every language, every placeholder filled; English as the engine words it', () => {
    for (const language of LANGUAGES) {
      const t = translator(language);
      for (const code of EDGE_NOTE_CODES) {
        const text = edgeNoteText({ code, params: PARAMS }, t);
        expect(text, `${language} ${code}`).not.toMatch(/\{\w+\}/);
        if (language === 'en') expect(text).toBe(wordEdgeNote(code, PARAMS));
        else expect(text, `${language} ${code}`).toMatch(CJK);
      }
    }
  });

  it('says what would allow a cut hop but its guardrail, three ways apart, in every language', () => {
    for (const language of LANGUAGES) {
      const t = translator(language);
      const texts = ['trust-and-identity', 'trust-and-assumed-identity', 'trust'].map((allowedBy) => {
        const params = { ...PARAMS, allowedBy };
        const text = edgeNoteText({ code: 'cut-rcp-deny', params }, t);
        if (language === 'en') expect(text).toBe(wordEdgeNote('cut-rcp-deny', params));
        expect(text, `${language} ${allowedBy}`).toContain('sts:AssumeRoleWithWebIdentity');
        return text;
      });
      expect(new Set(texts).size, language).toBe(3);
    }
  });

  it('says why a cluster without an OIDC issuer breaks IRSA, in the arrow and in its finding, in Chinese', () => {
    const story = gallery.find((g) => g.id === 'eks-irsa')!;
    const clusters = story.scenario.eksClusters!.map(({ oidcIssuer: _, ...cluster }) => cluster);
    const analysis = analyzeScenario({ ...story.scenario, eksClusters: clusters });
    const edge = analysis.edges.find((e) => e.kind === 'AssumeRoleWithWebIdentity' && !e.permitted)!;
    expect(edge.note?.code).toBe('cluster-no-issuer');
    const finding = analysis.findings.find((f) => f.code === 'broken-edge' && f.subjects.includes(edge.id))!;
    expect(finding.because).toEqual({ note: edge.note as EdgeNote });
    const zh = findingExplanation(finding, translator('zh-Hans'));
    expect(zh).toContain('没有 OIDC 颁发者');
    expect(zh).not.toContain('has no OIDC issuer');
  });

  it('words a broken Pod Identity hop’s finding from the refusal’s reason, not the engine’s English', () => {
    const story = gallery.find((g) => g.id === 'eks-pod-identity-session-tags')!;
    const finding = analyzeScenario(story.scenario).findings.find((f) => f.code === 'broken-edge')!;
    expect(finding.because && 'reason' in finding.because).toBe(true);
    const zh = findingExplanation(finding, translator('zh-Hant'));
    expect(zh).toMatch(CJK);
    expect(zh).not.toMatch(/does not allow|trust policy of/);
  });
});
