/**
 * Re-analysis after edits of identity policies: inline policies of users, roles and groups, and the
 * scenario's managed policies (boundaries included). They decide the caller's side of a hop, so the
 * callers they belong to (a group's members, a managed policy's users and roles) are the only ones
 * whose hops can change, and the edges that can change are those leaving them: AssumeRole as a
 * caller, and the chained hop of a Pod Identity association whose role they are. Those are rebuilt;
 * every other edge is kept. Edges into them depend on their trust alone.
 */
import type { DocumentRef } from '../../../model/documents';
import type { Scenario } from '../../../model/scenario';
import { addAssumeRoleEdges } from '../edges/assumeRoleEdges';
import { buildCallerIndex, type CallerIndex } from '../hops/callerIndex';
import { EdgeBuilder } from '../edges/edgeBuilder';
import { edgeSideAssumptions } from '../analysis/sideAssumptions';
import { replacePrincipal, spliceEdges, type EditContext, type EditResult } from './editContext';
import { managedLookup, policiesOf } from '../analysis/prepareScenario';
import { addWorkloadEdges } from '../edges/workloadEdges';

/** The users and roles whose identity policies or boundary include one of the documents. */
function callersOf(scenario: Scenario, changed: readonly DocumentRef[]): Set<string> {
  const owners = new Set(changed.map((r) => r.ownerId));
  const groups = new Set(
    (scenario.groups ?? [])
      .filter((g) => owners.has(g.arn) || (g.managedPolicies ?? []).some((arn) => owners.has(arn)))
      .map((g) => g.arn),
  );
  const callers = new Set<string>();
  for (const spec of [...(scenario.users ?? []), ...(scenario.roles ?? [])]) {
    if (
      owners.has(spec.arn) ||
      (spec.managedPolicies ?? []).some((arn) => owners.has(arn)) ||
      (spec.permissionsBoundary !== undefined && owners.has(spec.permissionsBoundary)) ||
      ('groups' in spec && (spec.groups ?? []).some((g) => groups.has(g)))
    )
      callers.add(spec.arn);
  }
  return callers;
}

export function identityEdits(context: EditContext): EditResult | undefined {
  const { scenario, prepared, changed } = context;
  const callers = callersOf(scenario, changed);
  const managed = managedLookup(prepared.documents);
  const groupsByArn = new Map((scenario.groups ?? []).map((g) => [g.arn, g]));
  for (const spec of [...(scenario.users ?? []), ...(scenario.roles ?? [])]) {
    if (!callers.has(spec.arn)) continue;
    const old = prepared.principals.get(spec.arn);
    if (!old) return undefined;
    replacePrincipal(prepared, old, {
      ...old,
      ...policiesOf(spec, prepared.documents, managed, groupsByArn),
    });
  }
  return rebuildFromCallers(context, callers, buildCallerIndex(prepared));
}

/**
 * The previous run's edges with those leaving `callers` rebuilt (into `targets` alone, when given):
 * AssumeRole as a caller, and the chained hop of a Pod Identity association whose role they are.
 * `index` knows their policies now.
 */
export function rebuildFromCallers(
  { scenario, run, prepared, counter }: EditContext,
  callers: ReadonlySet<string>,
  index: CallerIndex,
  targets?: ReadonlySet<string>,
): EditResult {
  const into = (arn: string | undefined) => arn !== undefined && (!targets || targets.has(arn));
  // The chained hop of an association starts from its role: rebuild the clusters that have one.
  const cut: Scenario = {
    ...scenario,
    instances: [],
    lambdaFunctions: [],
    ecsTaskDefinitions: [],
    eksClusters: (scenario.eksClusters ?? []).filter((c) =>
      (c.podIdentityAssociations ?? []).some((a) => into(a.targetRoleArn) && callers.has(a.roleArn)),
    ),
  };
  const edges = new EdgeBuilder(edgeSideAssumptions(prepared));
  const nodes = new Map(run.baseNodes);
  addWorkloadEdges({ ...prepared, scenario: cut }, edges, counter);
  addAssumeRoleEdges(prepared, run.names, nodes, edges, counter, index, {
    callers,
    ...(targets ? { targets: prepared.roles.filter((r) => targets.has(r.arn)) } : {}),
  });
  const spliced = spliceEdges(run.analysis.edges, edges.list(), (e) => callers.has(e.from) && into(e.to));
  return { edges: spliced, names: run.names, index, nodes };
}
