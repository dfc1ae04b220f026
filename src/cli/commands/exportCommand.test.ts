import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from '../../model/examples/ec2CrossAccount';
import type { CliIo } from '../command';
import { runCli } from '../runCli';

const scenario = JSON.stringify(ec2CrossAccountScenario);

/** Runs the CLI on in-memory files; what it writes with --out lands in `written`. */
async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (t) => out.push(`${t}\n`),
    write: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      if (path !== 's.json') throw new Error(`ENOENT: no such file, open '${path}'`);
      return scenario;
    },
    writeFile: (path, text) => written.set(path, text),
  };
  const code = await runCli(args, io);
  return { code, out: out.join(''), err: err.join('\n'), written };
}

describe('cli export', () => {
  it('prints the graph in each format', async () => {
    const opengraph = await cli(['export', 's.json', '--format', 'opengraph']);
    expect(opengraph.code).toBe(0);
    const payload = JSON.parse(opengraph.out) as { metadata: unknown; graph: { nodes: unknown[] } };
    expect(payload.metadata).toEqual({ source_kind: 'Trustscope' });
    expect(payload.graph.nodes.length).toBeGreaterThan(3);
    expect((await cli(['export', 's.json', '--format', 'cypher'])).out).toMatch(
      /^\/\/ Trustscope trust graph[\s\S]*MERGE \(n:Trustscope/,
    );
    expect((await cli(['export', 's.json', '--format', 'dot'])).out).toMatch(/^digraph trustscope \{/);
    expect((await cli(['export', 's.json', '--format', 'mermaid'])).out).toMatch(/^flowchart LR\n/);
  });

  it('words the explanations in the chosen language and writes to --out', async () => {
    const { code, out, written } = await cli([
      'export',
      's.json',
      '--format',
      'dot',
      '--lang',
      'zh-Hant',
      '--out',
      'graph.dot',
    ]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(written.get('graph.dot')).toContain('執行個體設定檔');
  });

  it('exits 2 on a usage mistake and 3 on a file it cannot read', async () => {
    expect((await cli(['export', 's.json'])).code).toBe(2);
    const wrong = await cli(['export', 's.json', '--format', 'graphml']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--format takes opengraph, cypher, dot, mermaid');
    const missing = await cli(['export', 'nope.json', '--format', 'dot']);
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('Cannot read nope.json');
  });
});
