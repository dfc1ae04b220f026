/**
 * Re-analysis after edits of trust policies.
 *
 * What a trust policy of role R decides (docs/trust-graph.md): every edge into R, of every kind, and
 * through a Pod Identity association whose first role is R, the chained edge into its target role
 * (it exists only when the hop into R is permitted). So the affected targets are R plus those target
 * roles; their incoming edges are dropped and rebuilt in the same order a full run adds them
 * (workloads, then AssumeRole, then federation), which keeps first-edge-wins merges identical.
 */
import { instanceRoleOf, type Scenario } from '../../../model/scenario';
import { addAssumeRoleEdges } from '../edges/assumeRoleEdges';
import { EdgeBuilder } from '../edges/edgeBuilder';
import { edgeSideAssumptions } from '../analysis/sideAssumptions';
import { replacePrincipal, spliceEdges, type EditContext, type EditResult } from './editContext';
import { addFederationEdges } from '../edges/federationEdges';
import { setTrust, type PreparedPrincipal } from '../analysis/prepareScenario';
import { trustNames, type TrustNames } from '../hops/trustIndex';
import { clusterIssuer, trustsIssuer } from '../edges/irsaEdges';
import { addWorkloadEdges } from '../edges/workloadEdges';

/**
 * Trust policies changed: every edge into their roles, and into the target roles of Pod Identity
 * associations whose first role is one of them, is rebuilt in the order a full run adds them.
 */
export function trustEdits(context: EditContext): EditResult | undefined {
  const { run, prepared, changed } = context;
  const changedRoles = new Set<string>();
  for (const ref of changed) {
    const old = prepared.principals.get(ref.ownerId);
    if (old?.kind !== 'role') return undefined;
    const role: PreparedPrincipal = { ...old };
    setTrust(role, prepared.documents.get(ref.id), prepared.documents);
    replacePrincipal(prepared, old, role);
    changedRoles.add(role.arn);
  }

  const names = new Map(run.names);
  for (const arn of changedRoles) {
    const role = prepared.principals.get(arn);
    if (role) names.set(arn, trustNames(role));
  }
  return rebuildInto(context, names, changedRoles);
}

/**
 * The previous run's edges with those into `roles` rebuilt, and those into the target roles of Pod
 * Identity associations whose first role is one of them; `names` are the trusts' names now.
 */
export function rebuildInto(
  { scenario, run, prepared, counter }: EditContext,
  names: Map<string, TrustNames>,
  roles: ReadonlySet<string>,
): EditResult {
  const affected = new Set(roles);
  for (const cluster of scenario.eksClusters ?? [])
    for (const assoc of cluster.podIdentityAssociations ?? [])
      if (assoc.targetRoleArn && roles.has(assoc.roleArn)) affected.add(assoc.targetRoleArn);

  // Rebuild the edges into the affected roles on a scenario cut down to what can reach them.
  const targets = prepared.roles.filter((r) => affected.has(r.arn));
  const edges = new EdgeBuilder(edgeSideAssumptions(prepared));
  const nodes = new Map(run.baseNodes);
  const roleOf = instanceRoleOf(scenario);
  const cut: Scenario = {
    ...scenario,
    instances: (scenario.instances ?? []).filter((i) => affected.has(roleOf(i) ?? '')),
    lambdaFunctions: (scenario.lambdaFunctions ?? []).filter((f) => affected.has(f.roleArn)),
    ecsTaskDefinitions: (scenario.ecsTaskDefinitions ?? []).filter(
      (t) => affected.has(t.taskRoleArn ?? '') || affected.has(t.executionRoleArn ?? ''),
    ),
    eksClusters: (scenario.eksClusters ?? []).filter(
      (c) =>
        (c.serviceAccounts ?? []).some((sa) => affected.has(sa.roleArn ?? '')) ||
        (c.podIdentityAssociations ?? []).some(
          (a) => affected.has(a.roleArn) || affected.has(a.targetRoleArn ?? ''),
        ) ||
        targets.some((role) => {
          const issuer = clusterIssuer(c);
          return issuer !== undefined && issuer !== '' && trustsIssuer(role, issuer);
        }),
    ),
  };
  addWorkloadEdges({ ...prepared, scenario: cut }, edges, counter);
  addAssumeRoleEdges(prepared, names, nodes, edges, counter, run.index, { targets });
  addFederationEdges(
    prepared,
    new Map(targets.map((t) => [t.arn, names.get(t.arn) ?? trustNames(t)])),
    nodes,
    edges,
    counter,
  );
  const spliced = spliceEdges(run.analysis.edges, edges.list(), (e) => affected.has(e.to));
  return { edges: spliced, names, index: run.index, nodes };
}
