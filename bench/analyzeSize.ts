/**
 * One organization size (of the landing zone, or with --dense of the dense shape), in its own process (run by bench/run.ts with --expose-gc) so peak memory is
 * this size's alone: generate, analyze from scratch, and for the edit size re-analyze after each of a
 * few edits, first of trust policies, then of identity policies (roles' inline ones and a group's).
 * Then, of SCPs and RCPs. With --no-escalation, the analysis leaves the escalation pass out. Prints
 * one JSON line.
 */
import { createAnalyzer } from '../src/engine';
import { analyzeScenario } from '../src/engine/graph/analysis/analyzeScenario';
import { generateDenseOrganization } from '../src/testSupport/generateDenseOrganization';
import { generateOrganization } from '../src/testSupport/generateOrganization';

const roles = Number(process.argv[2] ?? 1000);
const withEdit = process.argv.includes('--edit');
// `--dense`: generateDenseOrganization's shape instead of the landing zone.
const dense = process.argv.includes('--dense');
// `--no-escalation`: the cold analysis without the escalation pass, in a child of its own so its
// time is cold and its peak memory its own, beside the runs with it.
const escalation = !process.argv.includes('--no-escalation');
const gc = (globalThis as { gc?: () => void }).gc;

const scenario = dense
  ? generateDenseOrganization({ roles, seed: 1 })
  : generateOrganization({ roles, seed: 1 });
gc?.();
const rssBefore = process.memoryUsage().rss;

/** The cold analysis, summarised; the analysis itself is let go before the edits, as the worker would. */
function coldRun(): Record<string, unknown> {
  const t0 = performance.now();
  const analysis = analyzeScenario(scenario, { escalation });
  const ms = performance.now() - t0;
  return {
    roles: scenario.roles?.length ?? 0,
    accounts: scenario.accounts.length,
    nodes: analysis.nodes.length,
    edges: analysis.edges.length,
    findings: analysis.findings.length,
    evaluations: analysis.stats.evaluations,
    analyzeMs: Math.round(ms),
    rssBeforeMb: Math.round(rssBefore / 2 ** 20),
  };
}
const out = coldRun();
gc?.();

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);

/**
 * Edits made one after another, as a person typing would, each followed by a re-analysis on one
 * analyzer (let go when done): the median and largest time, rounded.
 */
function timeEdits(edits: [id: string, text: string][]): { median: number; max: number } {
  const analyzer = createAnalyzer();
  analyzer.analyze(scenario);
  const texts: Record<string, string> = {};
  const times: number[] = [];
  for (const [id, text] of edits) {
    texts[id] = text;
    const t = performance.now();
    analyzer.analyze(scenario, { texts: { ...texts } });
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return {
    median: Math.round(times[Math.floor(times.length / 2)] ?? 0),
    max: Math.round(times[times.length - 1] ?? 0),
  };
}

if (withEdit) {
  // Trust policies of a few roles.
  const trust = timeEdits(
    (scenario.roles ?? [])
      .filter((_, i) => i % 997 === 5)
      .slice(0, 7)
      .map((role, i) => [
        `${role.arn}#trust`,
        policy({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${role.arn.split(':')[4] ?? ''}:root` },
          Action: 'sts:AssumeRole',
          ...(i % 2 === 0 ? { Condition: { StringEquals: { 'sts:ExternalId': `edit-${i}` } } } : {}),
        }),
      ]),
  );
  out.editMedianMs = trust.median;
  out.editMaxMs = trust.max;
  gc?.();
  // Identity policies: roles' inline policies, then a group's (every member's hops).
  const group = (scenario.groups ?? []).find((g) => (g.inlinePolicies ?? []).length > 0);
  const owners = [
    ...(scenario.roles ?? [])
      .filter((r) => (r.inlinePolicies ?? []).length > 0)
      .filter((_, i) => i % 997 === 5)
      .slice(0, 6),
    ...(group ? [group] : []),
  ];
  const identity = timeEdits(
    owners.map((owner, i) => [
      `${owner.arn}#inline/${(owner.inlinePolicies ?? [])[0]?.name ?? ''}`,
      policy({ Effect: 'Allow', Action: i % 2 === 0 ? 'sts:AssumeRole' : 's3:GetObject', Resource: '*' }),
    ]),
  );
  out.identityEditMedianMs = identity.median;
  out.identityEditMaxMs = identity.max;
  gc?.();
  // Organization policies: each SCP and RCP edited in turn, one OU's or the root's. An SCP comes to
  // deny assuming roles every account has (OrgAdmin, ReadOnly…, or all application roles); an RCP
  // to fence its roles by another organization id, which denies every hop into them.
  const orgPolicies = scenario.organization?.policies ?? [];
  const org =
    orgPolicies.length === 0
      ? undefined
      : timeEdits(
          orgPolicies.map((p, i) => [
            `org#${p.id}`,
            p.type === 'SERVICE_CONTROL_POLICY'
              ? JSON.stringify({
                  Version: '2012-10-17',
                  Statement: [
                    { Effect: 'Allow', Action: '*', Resource: '*' },
                    {
                      Effect: 'Deny',
                      Action: 'sts:AssumeRole',
                      Resource: `arn:aws:iam::*:role/${['OrgAdmin', 'ReadOnly', 'Developer', 'app-*'][i % 4] ?? ''}`,
                    },
                  ],
                })
              : JSON.stringify({
                  Version: '2012-10-17',
                  Statement: [
                    { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
                    {
                      Effect: 'Deny',
                      Principal: '*',
                      Action: 'sts:AssumeRole',
                      Resource: '*',
                      Condition: { StringNotEquals: { 'aws:PrincipalOrgID': `o-edit${i}` } },
                    },
                  ],
                }),
          ]),
        );
  if (org) {
    out.orgEditMedianMs = org.median;
    out.orgEditMaxMs = org.max;
  }
}
// Peak resident set of the whole process (generation included), in KB on Linux.
out.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(out)}\n`);
