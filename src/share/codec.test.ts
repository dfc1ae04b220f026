import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { toBase64Url } from './base64url';
import { decodeShareFragment, encodeShareFragment } from './codec';
import type { SharedState } from './sharedState';

const pack = (value: unknown, version = 1, codec = 'd') =>
  `#s=${version}.${codec}.${toBase64Url(deflateSync(strToU8(JSON.stringify(value))))}`;

describe('share links', () => {
  it('round-trip the scenario, the typed texts and the view', () => {
    const state: SharedState = {
      scenario: ec2CrossAccountScenario,
      texts: {
        'arn:aws:iam::111122223333:role/RoleForB#trust': '{ "Version": "2012-10-17", "Statement": [ ',
      },
      view: {
        dragged: { '111122223333': { x: 10, y: -4.5 } },
        selection: { kind: 'node', id: 'arn:aws:iam::111122223333:role/RoleForB' },
        path: { from: 'a', to: 'b', index: 1 },
      },
    };
    const fragment = encodeShareFragment(state);
    expect(fragment).toMatch(/^s=1\.d\.[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(`https://trustscope.example/#${fragment}`)).toEqual({ ok: true, state });
  });

  it('round-trip any texts and views (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 30 }), fc.string({ maxLength: 200 }), { maxKeys: 5 }),
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 20 }),
          fc.record({ x: fc.integer(), y: fc.integer() }),
          { maxKeys: 5 },
        ),
        fc.string({ maxLength: 40 }),
        (texts, dragged, selected) => {
          const state: SharedState = {
            scenario: ec2CrossAccountScenario,
            view: { dragged, selection: { kind: 'edge', id: selected } },
            ...(Object.keys(texts).length > 0 ? { texts } : {}),
          };
          const decoded = decodeShareFragment(encodeShareFragment(state));
          expect(decoded).toEqual({ ok: true, state });
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('never throw on arbitrary input, and say what is wrong (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#s=1.d.${s}`),
          fc.string().map((s) => `s=1.d.${toBase64Url(strToU8(s))}`),
        ),
        (input) => {
          const result = decodeShareFragment(input);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 500, seed: 11 },
    );
  });

  it.each([
    ['https://example.com/page', 'not-a-link'],
    ['#s=1.z.abc', 'unknown-codec'],
    ['#s=2.d.abc', 'too-new'],
    ['#s=1.d.abc$', 'corrupt'],
    ['#s=1.d.AAAA', 'corrupt'],
  ])('typed error for %s', (input, kind) => {
    const result = decodeShareFragment(input);
    expect(result.ok ? 'ok' : result.error.kind).toBe(kind);
  });

  it('refuse a decompression bomb before inflating it whole', () => {
    const bomb = `#s=1.d.${toBase64Url(deflateSync(new Uint8Array(8 * 1024 * 1024)))}`;
    expect(bomb.length).toBeLessThan(20_000);
    const result = decodeShareFragment(bomb, 1024 * 1024);
    expect(result.ok ? 'ok' : result.error.kind).toBe('too-large');
  });

  it('report a scenario that does not validate, with where', () => {
    const result = decodeShareFragment(
      pack({ v: 1, scenario: { version: 1, name: 'x', accounts: [{ id: '12', name: 'short' }] } }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('invalid-scenario');
      expect(result.error.message).toContain('accounts[0].id');
    }
  });

  it('report JSON that is not an object as corrupt, and ignore prototype keys', () => {
    expect(decodeShareFragment(pack([1, 2])).ok).toBe(false);
    const polluted = decodeShareFragment(
      pack({ v: 1, scenario: ec2CrossAccountScenario, view: { ['__proto__']: { polluted: true } } }),
    );
    expect(polluted.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
