/**
 * Effective permissions at 10,000 roles (generateOrganization, seed 1): the whole service catalogue
 * for one principal's own session (cold, with the catalogue indexed, then warm), every chain of an
 * EC2 instance and of a pod, and who can reach a role. Part of `npm run bench`
 * (BENCH_ONLY=permissions runs it alone).
 */
import {
  analyzeScenario,
  chainPermissions,
  permissionChains,
  prepareScenario,
  whatCanDo,
  whoCanAccess,
} from '../src/engine';
import { serviceCatalogue } from '../src/nodeData/serviceCatalogue';
import { generateOrganization } from '../src/testSupport/generateOrganization';

export interface PermissionsFigure {
  what: string;
  chains: number;
  rows: number;
  ms: number;
}

export interface PermissionsResults {
  roles: number;
  catalogueActions: number;
  figures: PermissionsFigure[];
}

const RUNS = 5;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: Math.round((performance.now() - start) * 10) / 10 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function runPermissionsBench(): PermissionsResults {
  const catalogue = serviceCatalogue();
  const scenario = generateOrganization({ roles: 10000, seed: 1 });
  const prepared = prepareScenario(scenario);
  const analysis = analyzeScenario(scenario);
  const admin = prepared.roles.find((r) => r.arn.endsWith(':role/OrganizationAccountAccessRole'));
  const instance = analysis.nodes.find((n) => n.kind === 'ec2Instance');
  const pod = analysis.nodes.find(
    (n) => n.kind === 'pod' && analysis.edges.some((e) => e.from === n.id && e.permitted),
  );
  if (!admin || !instance || !pod)
    throw new Error('the generated organization lacks an admin role, an instance or a pod');
  const figures: PermissionsFigure[] = [];
  const own = permissionChains(prepared, analysis, admin.arn)[0];
  if (!own) throw new Error('the admin role has no chain of its own');
  const ownRows = () => chainPermissions(prepared, analysis, catalogue, own);
  const cold = timed(ownRows);
  figures.push({
    what: 'admin role, whole catalogue, its own session (cold)',
    chains: 1,
    rows: cold.value.length,
    ms: cold.ms,
  });
  const warm = Array.from({ length: RUNS }, () => timed(ownRows));
  figures.push({
    what: 'admin role, whole catalogue, its own session',
    chains: 1,
    rows: cold.value.length,
    ms: median(warm.map((r) => r.ms)),
  });
  for (const [what, node] of [
    ['EC2 instance, every chain', instance.id],
    ['pod, every chain', pod.id],
  ] as const) {
    const runs = Array.from({ length: RUNS }, () =>
      timed(() => whatCanDo(prepared, analysis, catalogue, node)),
    );
    const chains = permissionChains(prepared, analysis, node).length;
    figures.push({ what, chains, rows: runs[0]?.value.length ?? 0, ms: median(runs.map((r) => r.ms)) });
  }
  const who = Array.from({ length: RUNS }, () =>
    timed(() => whoCanAccess(prepared, analysis, catalogue, admin.arn)),
  );
  figures.push({
    what: 'who can reach the admin role',
    chains: 0,
    rows: who[0]?.value.length ?? 0,
    ms: median(who.map((r) => r.ms)),
  });
  return {
    roles: prepared.roles.length,
    catalogueActions: catalogue.services.reduce((n, s) => n + s.actions.length, 0),
    figures,
  };
}

export function permissionsTable(r: PermissionsResults): string {
  const lines = [
    `\nEffective permissions, ${r.roles} roles, ${r.catalogueActions} catalogue actions (median of ${RUNS}):\n\n`,
    '| What | Chains | Rows | Time |\n',
    '| --- | --- | --- | --- |\n',
  ];
  for (const f of r.figures) lines.push(`| ${f.what} | ${f.chains || ''} | ${f.rows} | ${f.ms} ms |\n`);
  return lines.join('');
}
