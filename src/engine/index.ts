/**
 * The engine's only import surface. Pure TypeScript: runs in Node (tests, CLI, benchmarks) and in the
 * worker, and touches neither the DOM nor the network.
 */
export const engineVersion = '0.1.0';

export type * from './types';
export type * from './evaluate/types';
export {
  parsePolicy,
  parsePolicyValue,
  type ActionCatalog,
  type ParsePolicyResult,
} from './policy/parsePolicy';
export { parseJson, type JsonNode } from '../foundation/json/parseJson';
export type { DiagnosticArgs, DiagnosticKey, DiagnosticRegistry } from './diagnostics';
export type { ExpectedShape, Found, NotSerializable, Subject } from './diagnosticArgs';
export type { PolicyPlacement } from './policy/policyQuotas';
export type { JsonExpected, JsonFoundCharacter, JsonNumberFault } from '../foundation/json/jsonDiagnostics';
export { compilePolicy, type CompiledPolicy } from './evaluate/compilePolicy';
export { evaluateRequest, type CompiledInputs, type EvaluateOptions } from './evaluate/evaluateRequest';
export {
  ELEMENT_NOTE_CODES,
  REASON_CODES,
  REASON_DECISIONS,
  STEP_REASON_CODES,
  wordReason,
  wordStep,
} from './evaluate/reasonWords';
export { loadBundle, type BundleProblem, type LoadedBundle } from './evaluate/bundle';
export { parsePrincipalArn, derivePrincipalContext, type ParsedPrincipal } from './context/principal';
export { parseArn } from './match/arn';
export { analyzeScenario, type AnalyzeOptions } from './graph/analysis/analyzeScenario';
export { prepareScenario, type PreparedScenario } from './graph/analysis/prepareScenario';
export {
  findPaths,
  reachableFrom,
  whoCanReach,
  sessionAlong,
  type TrustPath,
  type PathHop,
  type Reached,
  type SessionAtEnd,
  type SessionNote,
} from './graph/queries/paths';
export { canPrincipal, whyNot, type WhyNot } from './graph/queries/explainAccess';
export type * from './graph/types';
export { summarizeAssumptions, type AssumptionSummary } from './graph/analysis/summarizeAssumptions';
export { isUndecided } from './graph/analysis/assumptions';
export { FINDING_CODES, wordFinding } from './graph/analysis/findingWords';
export { replayHop } from './graph/hops/evaluateHop';
export { OUTSIDE_IDENTITY_NAME } from './graph/edges/outsideIdentityName';
export { decidingOf, replayEdge, type ReplayedDecision } from './graph/queries/replayEdge';
export { CUT_NOTE_CODES, EDGE_NOTE_CODES, isCut, wordEdgeNote } from './graph/edges/edgeNotes';
export { EDGE_KINDS } from './graph/edges/edgeKinds';
export {
  ESCALATION_TECHNIQUES,
  fillCli,
  PROBE,
  techniqueOf,
  type EscalationTechnique,
  type TechniqueFamily,
} from './graph/edges/escalation/catalogue';
export { decisionExplanation, hopRequest } from './graph/hops/hopRequest';
export { createAnalyzer, type Analyzer } from './graph/incremental/incremental';
export type { AnalyzePhase } from './graph/analysis/analyzeScenario';
export { createActionCatalog, servicePrefixesIn, type CatalogData } from './policy/actionCatalog';
export { catalogProblems } from './graph/analysis/catalogProblems';
export { awsManagedPolicyArns } from './data/awsManagedPolicies';
export * from './permissions';
export * from './diff';
