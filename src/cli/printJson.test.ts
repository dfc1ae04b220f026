import { describe, expect, it } from 'vitest';
import { analyzeScenario } from '../engine';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import type { CliIo } from './command';
import { jsonChunks, printJson } from './printJson';

const joined = (value: Record<string, unknown>) => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  it('is JSON.stringify(value, null, 2) in pieces', () => {
    const values: Record<string, unknown>[] = [
      {},
      { a: undefined, b: () => 0 },
      { a: undefined, b: 1 },
      { empty: [], object: {}, text: 'x·y', n: null, nested: { list: [1, [2, { c: 'd' }]] } },
      { many: Array.from({ length: 1234 }, (_, i) => ({ i, s: i % 7 === 0 ? '·' : 's', l: [i] })) },
      { holes: [undefined, () => 0, 1] },
    ];
    for (const value of values) expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('prints an analysis as one JSON.stringify would', () => {
    const analysis = analyzeScenario(ec2CrossAccountScenario, { now: () => 0 });
    const value = { nodes: analysis.nodes, edges: analysis.edges, findings: analysis.findings };
    const written: string[] = [];
    const io: CliIo = {
      stdout: () => {},
      stderr: () => {},
      readFile: () => '',
      write: (c) => written.push(c),
    };
    printJson(io, value);
    expect(written.length).toBeGreaterThan(2);
    expect(written.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
