import { describe, expect, it } from 'vitest';
import { analyzeScenario, type GraphNode } from '../../engine';
import { ec2CrossAccountProfile } from '../../model/gallery/ec2CrossAccountProfile';
import { eksIrsa } from '../../model/gallery/eksIrsa';
import { buildHopLesson } from './hopLesson';

describe('the simulated credentials of a hop', () => {
  const analysis = analyzeScenario(ec2CrossAccountProfile.scenario);
  const nodes = new Map<string, GraphNode>(analysis.nodes.map((n) => [n.id, n]));
  const lessons = analysis.edges
    .filter((e) => e.permitted)
    .map((e) => buildHopLesson(e, nodes, undefined, undefined, 0));

  it('differ from hop to hop, and the secret does not repeat the key id', () => {
    const keys = lessons.flatMap((l) => (l.credentials ? [l.credentials.Credentials] : []));
    expect(keys.length).toBeGreaterThan(1);
    expect(new Set(keys.map((k) => k.AccessKeyId)).size).toBe(keys.length);
    for (const k of keys) expect(k.SecretAccessKey).not.toContain(k.AccessKeyId.slice(4, 12));
  });
});

describe('a pod’s hop to its service account', () => {
  it('shows the pod spec line as such, not as a ~/.aws/config profile', () => {
    const edge = {
      id: 'RunsAs:pod->sa',
      from: 'arn:aws:eks:us-east-1:111122223333:cluster/main/pod/app/web-1',
      to: 'arn:aws:eks:us-east-1:111122223333:cluster/main/serviceaccount/app/web',
      kind: 'RunsAs' as const,
      configured: true,
      permitted: true,
      conditional: false,
      conditions: [],
      explanation: '',
      decisions: [],
      chained: false,
      assumptions: [],
    };
    const nodes = new Map<string, GraphNode>([
      [edge.to, { id: edge.to, kind: 'serviceAccount', label: 'app/web' }],
    ]);
    const lesson = buildHopLesson(edge, nodes, undefined, undefined, 0);
    expect(lesson.snippets).toEqual([{ kind: 'podSpec', text: 'spec:\n  serviceAccountName: web' }]);
  });
});

describe('an IRSA hop', () => {
  const analysis = analyzeScenario(eksIrsa.scenario);
  const nodes = new Map<string, GraphNode>(analysis.nodes.map((n) => [n.id, n]));
  const edge = analysis.edges.find((e) => e.kind === 'AssumeRoleWithWebIdentity' && e.permitted);

  it('shows what happens in the pod, labelled as such, and no ~/.aws/config profile', () => {
    if (!edge) throw new Error('the IRSA story has no web identity hop');
    const lesson = buildHopLesson(edge, nodes, undefined, undefined, 0);
    expect(lesson.snippets.map((s) => s.kind)).toEqual(['annotation', 'podEnv', 'sdkCall']);
    expect(lesson.snippets[0]?.text).toContain(`eks.amazonaws.com/role-arn: ${edge.to}`);
    expect(lesson.note).toBe('walk.note.irsa');
  });
});
