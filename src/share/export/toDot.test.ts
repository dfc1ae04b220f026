import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/translate';
import { edgeStatus } from './exportInput';
import { galleryInputs } from './exportCases.testkit';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import { dotString, toDot } from './toDot';

// Debian's Graphviz renders the export; scripts/setup.mjs installs it. Outside CI a machine without
// it skips the rendering (and says so); in CI it must run.
const hasDot = spawnSync('dot', ['-V']).error === undefined;
const renderIt = it.skipIf(!hasDot && !process.env.CI);
const skipped = hasDot ? '' : ' [skipped: no Graphviz `dot` here; apt-get install graphviz]';

function render(dot: string): string {
  const result = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
  if (result.error) throw result.error;
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('the Graphviz DOT export', () => {
  renderIt.each(LANGUAGES)(`renders with dot -Tsvg for every gallery story (%s)${skipped}`, (language) => {
    for (const { id, input } of galleryInputs(language, serviceCatalogue())) {
      const svg = render(toDot(input));
      expect(svg, id).toContain('<svg');
      expect(svg.match(/class="edge"/g)?.length ?? 0, id).toBe(input.analysis.edges.length);
      expect(svg.match(/class="cluster"/g)?.length ?? 0, id).toBeGreaterThan(0);
    }
  });

  renderIt(`draws a conditional edge dashed and a broken one red${skipped}`, () => {
    const inputs = galleryInputs('en', serviceCatalogue());
    const conditional = inputs.find((s) => s.id === 'confused-deputy-external-id')?.input;
    const broken = inputs.find((s) => s.id === 'eks-pod-identity-session-tags')?.input;
    if (!conditional || !broken) throw new Error('stories missing');
    expect(conditional.analysis.edges.some((e) => edgeStatus(e) === 'conditional')).toBe(true);
    expect(render(toDot(conditional))).toContain('stroke-dasharray');
    expect(broken.analysis.edges.some((e) => edgeStatus(e) === 'broken')).toBe(true);
    expect(render(toDot(broken))).toContain('stroke="red"');
  });

  it('puts each account’s nodes in one cluster, labelled with the account', () => {
    const input = galleryInputs('en', serviceCatalogue()).find(
      (s) => s.id === 'ec2-cross-account-profile',
    )?.input;
    if (!input) throw new Error('story missing');
    const dot = toDot(input);
    expect(dot).toContain('label="Account A (resources)";');
    expect(dot.match(/subgraph cluster_\d+ \{/g)).toHaveLength(2);
  });

  it('quotes any text as one DOT string', () => {
    expect(dotString('say "hi"\\now\nthen')).toBe('"say \\"hi\\"\\\\now\\nthen"');
  });
});
