/**
 * Properties of the decision flow that hold for every bundle, whatever the policies say
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html):
 * explicit deny dominates, denies never grant, identity allows never take away,
 * actions match case-insensitively and resources case-sensitively, and evaluation is a pure function.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRequest, loadBundle, type EvaluationResult } from '../index';
import {
  ACCOUNT_A,
  bundleArb,
  principalElementsFor,
  statementArb,
  userArn,
  type BundleDoc,
  type PolicyDoc,
  type Statement,
} from '../../testSupport/arbitraries';

const SEED = 4242;
const RUNS = { seed: SEED, numRuns: 400 };

/** Every optional part of a bundle switched on: the properties must hold with all of them. */
const anyBundle = bundleArb({
  resourcePolicy: true,
  crossAccount: true,
  boundaries: true,
  sessionPolicy: true,
  scps: true,
  rcps: true,
});

function evaluate(b: BundleDoc, trace = true): EvaluationResult {
  const loaded = loadBundle(b);
  expect(loaded.problems).toEqual([]);
  return evaluateRequest(loaded.request!, loaded.inputs, { trace });
}

const withStatement = (p: PolicyDoc, s: Statement): PolicyDoc => ({ ...p, Statement: [...p.Statement, s] });

/** Where a statement can be added: a policy of the bundle, chosen by `pick`, gets one more statement. */
type Place = 'identity' | 'resource' | 'boundary' | 'session' | 'scp' | 'rcp';

function addStatement(b: BundleDoc, place: Place, pick: number, s: Statement): BundleDoc {
  const at = <T>(xs: T[]) => pick % Math.max(xs.length, 1);
  switch (place) {
    case 'identity': {
      const ibps = b.identityPolicies ?? [];
      if (ibps.length === 0) return { ...b, identityPolicies: [{ Version: '2012-10-17', Statement: [s] }] };
      return { ...b, identityPolicies: ibps.map((p, i) => (i === at(ibps) ? withStatement(p, s) : p)) };
    }
    case 'resource':
      return b.resourcePolicy ? { ...b, resourcePolicy: withStatement(b.resourcePolicy, s) } : b;
    case 'boundary':
      return b.permissionBoundaries
        ? { ...b, permissionBoundaries: b.permissionBoundaries.map((p) => withStatement(p, s)) }
        : b;
    case 'session':
      return b.sessionPolicy ? { ...b, sessionPolicy: withStatement(b.sessionPolicy, s) } : b;
    case 'scp':
    case 'rcp': {
      const field = place === 'scp' ? 'serviceControlPolicies' : 'resourceControlPolicies';
      const levels = b[field];
      if (!levels) return b;
      const level = at(levels);
      return {
        ...b,
        [field]: levels.map((l, i) =>
          i === level
            ? {
                ...l,
                policies: l.policies.length
                  ? l.policies.map((p, j) => (j === 0 ? withStatement(p, s) : p))
                  : [{ Version: '2012-10-17', Statement: [s] }],
              }
            : l,
        ),
      };
    }
  }
}

/** Statements fit for a place: resource policies and RCPs name principals, the others must not. */
function statementFor(place: Place, effect: 'Allow' | 'Deny') {
  const e = fc.constant(effect);
  if (place === 'resource') return statementArb({ effect: e, principals: principalElementsFor(ACCOUNT_A) });
  if (place === 'rcp') return statementArb({ effect: e, principals: ['*'], negations: false });
  return statementArb({ effect: e });
}

const placeArb = fc.constantFrom<Place>('identity', 'resource', 'boundary', 'session', 'scp', 'rcp');

describe('decision properties', () => {
  it('explicit deny dominates: a Deny of the request action on * in an identity policy denies', () => {
    fc.assert(
      fc.property(anyBundle, fc.nat(), (b, pick) => {
        const denied = addStatement(b, 'identity', pick, {
          Effect: 'Deny',
          Action: b.request.action,
          Resource: '*',
        });
        expect(evaluate(denied).decision).toBe('ExplicitlyDenied');
      }),
      RUNS,
    );
  });

  it('adding a Deny statement anywhere never turns a denial into an allow', () => {
    fc.assert(
      fc.property(
        anyBundle,
        placeArb.chain((place) => fc.tuple(fc.constant(place), statementFor(place, 'Deny'))),
        fc.nat(),
        (b, [place, deny], pick) => {
          const before = evaluate(b).decision;
          const after = evaluate(addStatement(b, place, pick, deny)).decision;
          if (before !== 'Allowed') expect(after).not.toBe('Allowed');
          if (before === 'ExplicitlyDenied') expect(after).toBe('ExplicitlyDenied');
        },
      ),
      RUNS,
    );
  });

  it('adding an Allow to an identity policy never removes access (one account, no resource policy)', () => {
    const singleAccount = bundleArb({ boundaries: true, sessionPolicy: true, scps: true, rcps: true });
    fc.assert(
      fc.property(
        singleAccount,
        statementArb({ effect: fc.constant('Allow') }),
        fc.nat(),
        (b, allow, pick) => {
          fc.pre(evaluate(b).decision === 'Allowed');
          expect(evaluate(addStatement(b, 'identity', pick, allow)).decision).toBe('Allowed');
        },
      ),
      RUNS,
    );
  });

  it('action matching is case-insensitive: swapping the case of the request action changes nothing', () => {
    const swapCase = (s: string) =>
      [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
    fc.assert(
      fc.property(
        anyBundle,
        fc.constantFrom(
          swapCase,
          (s: string) => s.toUpperCase(),
          (s: string) => s.toLowerCase(),
        ),
        (b, recase) => {
          const recased = { ...b, request: { ...b.request, action: recase(b.request.action) } };
          expect(evaluate(recased).decision).toBe(evaluate(b).decision);
        },
      ),
      RUNS,
    );
  });

  it('resource matching is case-sensitive: a recased object key no wildcard covers is not matched', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const keyArb = fc
      .tuple(letter, fc.string({ unit: fc.constantFrom(...'abcXYZ019-_./'), maxLength: 12 }))
      .map(([first, rest]) => first + rest);
    fc.assert(
      fc.property(keyArb, fc.boolean(), fc.nat(), (key, prefixPattern, cut) => {
        const arn = (k: string) => `arn:aws:s3:::bucket-a/${k}`;
        // Either the exact ARN, or a literal prefix that keeps the key's first letter before the `*`.
        const pattern = prefixPattern ? `${arn(key.slice(0, 1 + (cut % key.length)))}*` : arn(key);
        const swapped = [...key]
          .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))
          .join('');
        const bundle = (k: string): BundleDoc => ({
          request: {
            principal: userArn(ACCOUNT_A),
            action: 's3:GetObject',
            resource: { resource: arn(k), accountId: ACCOUNT_A },
            context: {},
          },
          identityPolicies: [
            {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: pattern }],
            },
          ],
        });
        expect(evaluate(bundle(key)).decision).toBe('Allowed');
        expect(evaluate(bundle(swapped)).decision).toBe('ImplicitlyDenied');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is deterministic: the same inputs give deep-equal results, trace included', () => {
    fc.assert(
      fc.property(anyBundle, (b) => {
        const loaded = loadBundle(b);
        const first = evaluateRequest(loaded.request!, loaded.inputs, { trace: true });
        const again = evaluateRequest(loaded.request!, loaded.inputs, { trace: true });
        expect(again).toEqual(first);
        // A fresh load of a structurally equal bundle decides and explains the same way.
        expect(evaluate(structuredClone(b))).toEqual(first);
      }),
      RUNS,
    );
  });

  // With the trace on, a denial may also name the condition that failed; the sentence is otherwise the same.
  it('trace on and off give the same decision, explanation and deciding statement', () => {
    fc.assert(
      fc.property(anyBundle, (b) => {
        const on = evaluate(b, true);
        const off = evaluate(b, false);
        expect(off.decision).toBe(on.decision);
        expect(off.explanation).toBe(on.explanation.replace(/ \(statement [^)]* requires [^)]*\)/, ''));
        expect(off.decidedBy).toEqual(on.decidedBy);
      }),
      RUNS,
    );
  });
});
