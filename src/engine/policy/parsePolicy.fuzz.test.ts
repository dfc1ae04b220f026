/**
 * Hostile and broken policy text never crashes the parser: every input gets a result, and every
 * diagnostic points inside the text. Counts are fixed so CI runs the same cases every time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyKind } from '../types';
import { parsePolicy } from './parsePolicy';

const KINDS: PolicyKind[] = ['identity', 'trust', 'resource', 'scp', 'rcp', 'boundary', 'session'];
const VALID = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'IrsaWeb',
        Effect: 'Allow',
        Principal: {
          Federated: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE',
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:sub': 'system:serviceaccount:web:web',
          },
        },
      },
    ],
  },
  null,
  2,
);

function expectSane(text: string, kind: PolicyKind) {
  const result = parsePolicy(text, kind);
  for (const d of result.diagnostics) {
    expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
    expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
    expect(d.message.length).toBeGreaterThan(0);
  }
  return result;
}

/** A valid policy with characters deleted, duplicated or replaced: truncations, stray quotes, lost brackets. */
const mutated = fc
  .array(
    fc.record({
      at: fc.nat(),
      op: fc.constantFrom('delete', 'insert', 'cut'),
      ch: fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', 'x', '\u0000', '\n'),
    }),
    { maxLength: 6 },
  )
  .map((edits) => {
    let text = VALID;
    for (const e of edits) {
      const i = e.at % (text.length + 1);
      text =
        e.op === 'delete'
          ? text.slice(0, i) + text.slice(i + 1)
          : e.op === 'cut'
            ? text.slice(0, i)
            : text.slice(0, i) + e.ch + text.slice(i);
    }
    return text;
  });

describe('policy parser fuzz', () => {
  it('survives 2,000 arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom(...KINDS),
        (text, kind) => void expectSane(text, kind),
      ),
      {
        numRuns: 2000,
        seed: 1,
      },
    );
  });

  it('survives 2,000 mutated real policies', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom(...KINDS), (text, kind) => void expectSane(text, kind)),
      { numRuns: 2000, seed: 2 },
    );
  });

  it('survives 1,000 random JSON documents with policy-shaped keys', () => {
    const key = fc.constantFrom(
      'Version',
      'Statement',
      'Effect',
      'Action',
      'NotAction',
      'Resource',
      'Principal',
      'Condition',
      '__proto__',
      'constructor',
      'Sid',
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(
        value,
        fc.constantFrom(...KINDS),
        (v, kind) => void expectSane(JSON.stringify(v) ?? 'null', kind),
      ),
      { numRuns: 1000, seed: 3 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parses a 10,000-statement policy and 100,000 nested brackets without crashing', () => {
    const statements = Array.from({ length: 10_000 }, (_, i) => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    }));
    const big = expectSane(JSON.stringify({ Version: '2012-10-17', Statement: statements }), 'identity');
    expect(big.policy?.statements).toHaveLength(10_000);
    expect(big.diagnostics.some((d) => d.code === 'TS2010')).toBe(true);
    const deep = expectSane('['.repeat(100_000), 'identity');
    expect(deep.diagnostics.length).toBeGreaterThan(0);
  });
});
