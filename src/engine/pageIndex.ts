/**
 * The engine's import surface for the page's main thread: what reads an analysis the worker sent,
 * and a few constants, from modules that neither parse nor evaluate. `index.ts` re-exports modules
 * that compile default policies when they load (`evaluateHop.ts`, `orgLevels.ts`), so a value
 * imported from there drags the parsers and the evaluator into the first screen's bundle
 * (docs/performance.md, "Initial JS"). Types still come from `index.ts`.
 */
export { isUndecided } from './graph/analysis/assumptions';
export { isCut } from './graph/edges/edgeNotes';
export { summarizeAssumptions } from './graph/analysis/summarizeAssumptions';
export { reachableFrom, sessionAlong, whoCanReach } from './graph/queries/paths';
export { decisionExplanation, hopRequest } from './graph/hops/hopRequest';
export { OUTSIDE_IDENTITY_NAME } from './graph/edges/outsideIdentityName';
export { awsManagedPolicyArns } from './data/awsManagedPolicies';
export { EDGE_KINDS } from './graph/edges/edgeKinds';
export { fillCli, PROBE, techniqueOf } from './graph/edges/escalation/catalogue';
export { ACCESS_LEVELS } from './permissions/catalogue';
export { undecidedHops } from './permissions/undecidedHops';
