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
