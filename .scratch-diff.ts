import fc from 'fast-check';
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { evaluateRequest, loadBundle } from './src/engine/index';
import { bundleArb, type BundleDoc, userArn, roleArn, ACCOUNT_A } from './src/engine/testing/arbitraries';

function principalKeys(p: string): Record<string, string> {
  const acct = p.split(':')[4]!;
  if (p.includes(':user/')) return { 'aws:PrincipalArn': p, 'aws:PrincipalAccount': acct, 'aws:PrincipalType': 'User', 'aws:username': p.split('/').pop()! , 'aws:PrincipalIsAWSService': 'false'};
  const role = p.split('/')[1]!;
  return { 'aws:PrincipalArn': roleArn(acct, role), 'aws:PrincipalAccount': acct, 'aws:PrincipalType': 'AssumedRole', 'aws:PrincipalIsAWSService': 'false' };
}
function toSim(b: BundleDoc): Simulation {
  const named = (ps: unknown[] | undefined, n: string) => (ps ?? []).map((policy, i) => ({ name: `${n}${i}`, policy }));
  const sim: Simulation = {
    request: { principal: b.request.principal, action: b.request.action, resource: b.request.resource, contextVariables: { ...b.request.context, ...principalKeys(b.request.principal) } },
    identityPolicies: named(b.identityPolicies, 'ibp'),
    serviceControlPolicies: (b.serviceControlPolicies ?? []).map((l) => ({ orgIdentifier: l.orgIdentifier, policies: named(l.policies, 'scp') })),
    resourceControlPolicies: (b.resourceControlPolicies ?? []).map((l) => ({ orgIdentifier: l.orgIdentifier, policies: named(l.policies, 'rcp') })),
  };
  if (b.resourcePolicy) sim.resourcePolicy = b.resourcePolicy;
  if (b.permissionBoundaries) sim.permissionBoundaryPolicies = named(b.permissionBoundaries, 'pb');
  if (b.sessionPolicy) sim.sessionPolicy = b.sessionPolicy;
  return sim;
}
const opts = JSON.parse(process.argv[2] ?? '{}');
const samples = fc.sample(bundleArb(opts), { numRuns: Number(process.argv[3] ?? 2000), seed: Number(process.argv[4] ?? 1) });
const counts: Record<string, number> = {};
const diffs: unknown[] = [];
let errors = 0;
const t = Date.now();
for (const b of samples) {
  if (['kms:Decrypt'].includes(b.request.action) && !b.resourcePolicy) { counts.skipNoRbp=(counts.skipNoRbp??0)+1; continue; }
  const js = JSON.stringify(b);
  if (b.request.context['aws:TagKeys']?.length === 0 && js.includes('"Null":{"aws:TagKeys"')) { counts.skipEmpty=(counts.skipEmpty??0)+1; continue; }
  if (!b.request.principal.includes(':user/') && /"NotResource":[^}]*\$\{aws:username\}/.test(js)) { counts.skipVar=(counts.skipVar??0)+1; continue; }
  const loaded = loadBundle(b);
  if (loaded.problems.length) { counts['ourProblems'] = (counts['ourProblems'] ?? 0) + 1; if (counts['ourProblems'] < 3) console.log('PROBLEM', JSON.stringify(loaded.problems.map(p=>p.message)), JSON.stringify(b)); continue; }
  const ours = evaluateRequest(loaded.request!, loaded.inputs, { trace: false }).decision;
  const r = await runSimulation(toSim(b), {});
  if (r.resultType === 'error') { errors++; if (errors < 4) console.log('SIMERR', JSON.stringify(r.errors).slice(0, 500), JSON.stringify(b).slice(0,800)); continue; }
  if (r.resultType === 'single' && r.result.ignoredContextKeys?.length) counts['ignored:' + r.result.ignoredContextKeys.join(',')] = (counts['ignored:' + r.result.ignoredContextKeys.join(',')] ?? 0) + 1;
  const theirs = r.overallResult;
  counts[ours] = (counts[ours] ?? 0) + 1;
  if (ours !== theirs) diffs.push({ ours, theirs, b });
}
console.log(Date.now() - t, 'ms', counts, 'simErrors', errors, 'diffs', diffs.length);
for (const d of diffs.slice(0, Number(process.argv[5] ?? 3))) console.log(JSON.stringify(d));
