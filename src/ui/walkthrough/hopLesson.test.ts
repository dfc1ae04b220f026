import { describe, expect, it } from 'vitest';
import { analyzeScenario, type GraphNode } from '../../engine';
import { ec2CrossAccountProfile } from '../../model/gallery/ec2CrossAccountProfile';
import { buildHopLesson, pseudoRandom } from './hopLesson';

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

  it('are the same each time the same hop is shown', () => {
    expect(pseudoRandom('AssumeRole:arn:aws:iam::1/a', 16)).toBe(
      pseudoRandom('AssumeRole:arn:aws:iam::1/a', 16),
    );
    expect(pseudoRandom('AssumeRole:arn:aws:iam::1/a', 16)).not.toBe(
      pseudoRandom('AssumeRole:arn:aws:iam::1/b', 16),
    );
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
    expect(lesson.podSpec).toBe('spec:\n  serviceAccountName: web');
    expect(lesson.profile).toBeUndefined();
  });
});
