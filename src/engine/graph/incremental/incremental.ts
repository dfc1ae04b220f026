/**
 * Incremental re-analysis for the editor: a stateful analyzer that keeps the last run and, when the
 * next scenario differs from it only in trust policies (trustEdits.ts), only in identity policies
 * (inline, group and managed ones, boundaries included: identityEdits.ts), only in SCPs or only in
 * RCPs (orgEdits.ts), or only in resource policies (which change no edge), recomputes just the edges
 * those documents can change. Anything else (several kinds at once, the scenario's structure) gets a
 * full run, which is still cheaper than a cold one because compiled documents are kept by text
 * (DocumentCache) and administrator checks by principal.
 *
 * Contract: `analyze(s, o)` returns an Analysis deep-equal to `analyzeScenario(s, o)` except for
 * `stats` (an incremental run counts the evaluations it did, and takes its own time); the property
 * test in incremental.test.ts checks that on generated organizations with random edits.
 */
import { documentLookup, listDocuments, type DocumentRef } from '../../../model/documents';
import type { Scenario } from '../../../model/scenario';
import { runAnalysis, sortById, type AnalysisRun, type AnalyzeOptions } from '../analysis/analyzeScenario';
import type { EditContext, EditResult } from './editContext';
import type { AdminCache } from '../analysis/adminPaths';
import { addEdgeTargets } from '../analysis/buildNodes';
import { findFindings } from '../analysis/findings';
import { identityEdits } from './identityEdits';
import { orgPolicyEdits } from './orgEdits';
import {
  compileDocument,
  documentText,
  DocumentCache,
  resourcePolicyOf,
  type PreparedScenario,
} from '../analysis/prepareScenario';
import { withProfileEdges } from '../edges/profileEdges';
import { withEscalationEdges } from '../edges/escalation/escalationEdges';
import { withGroupHops } from '../edges/escalation/groupHops';
import { withMemberEdges } from '../edges/memberEdges';
import { trustEdits } from './trustEdits';
import type { Analysis, DocumentProblem, GraphNode } from '../types';

export interface Analyzer {
  analyze(scenario: Scenario, options?: AnalyzeOptions): Analysis;
  /** The compiled scenario behind the latest analysis, for queries (paths, why-not, replay). */
  readonly prepared: PreparedScenario | undefined;
}

interface State {
  run: AnalysisRun;
  skeleton: string;
  refs: DocumentRef[];
  texts: Map<string, string | undefined>;
  problems: Map<string, DocumentProblem[]>;
  /** Whether the run drew escalation edges: a run asked otherwise starts afresh. */
  escalation: boolean;
}

/** Document bodies live under these keys; everything else is the scenario's structure. */
const DOCUMENT_KEYS = new Set(['trustPolicy', 'document', 'policy']);

/** The scenario without its documents: when this changes, so may anything, and a full run follows. */
function skeletonOf(scenario: Scenario): string {
  return JSON.stringify(scenario, (key, value: unknown) => (DOCUMENT_KEYS.has(key) ? undefined : value));
}

function documentTexts(
  scenario: Scenario,
  refs: DocumentRef[],
  typed: Readonly<Record<string, string>>,
): Map<string, string | undefined> {
  const find = documentLookup(scenario);
  return new Map(refs.map((r) => [r.id, documentText(find(r.id), typed[r.id])]));
}

function problemsByDocument(problems: DocumentProblem[]): Map<string, DocumentProblem[]> {
  const out = new Map<string, DocumentProblem[]>();
  for (const p of problems) {
    const list = out.get(p.documentId);
    if (list) list.push(p);
    else out.set(p.documentId, [p]);
  }
  return out;
}

function sameDocuments(before: readonly DocumentRef[], after: readonly DocumentRef[]): boolean {
  return before.length === after.length && before.every((r, i) => r.id === after[i]?.id);
}

/** What depends on the scenario object alone, kept while the editor re-analyses the same scenario. */
interface ScenarioFacts {
  scenario: Scenario;
  skeleton: string;
  refs: DocumentRef[];
  /** Texts of the documents' values, before what the user typed replaces some. */
  valueTexts: Map<string, string | undefined>;
}

export function createAnalyzer(): Analyzer {
  const cache = new DocumentCache();
  const admins: AdminCache = new WeakMap();
  let state: State | undefined;
  // Typing in the editor re-analyses the same scenario object with new texts: its skeleton and
  // document list are computed once for it, not on every keystroke.
  let facts: ScenarioFacts | undefined;
  const factsOf = (scenario: Scenario): ScenarioFacts => {
    if (facts?.scenario === scenario) return facts;
    const refs = listDocuments(scenario);
    facts = { scenario, skeleton: skeletonOf(scenario), refs, valueTexts: documentTexts(scenario, refs, {}) };
    return facts;
  };

  const full = (
    scenario: Scenario,
    options: AnalyzeOptions,
    skeleton: string,
    refs: DocumentRef[],
    texts: State['texts'],
  ) => {
    cache.rotate();
    const run = runAnalysis(scenario, options, cache, admins);
    state = {
      run,
      skeleton,
      refs,
      texts,
      problems: problemsByDocument(run.prepared.problems),
      escalation: options.escalation !== false,
    };
    return run.analysis;
  };

  return {
    get prepared() {
      return state?.run.prepared;
    },
    analyze(scenario, options = {}) {
      const now = options.now ?? (() => Date.now());
      const started = now();
      const typed = options.texts ?? {};
      const { skeleton, refs, valueTexts } = factsOf(scenario);
      const texts = new Map(valueTexts);
      for (const id in typed) if (texts.has(id)) texts.set(id, typed[id]);
      // A document added or removed where the skeleton keeps no trace (a resource's `policy`) is a
      // change of structure too.
      const escalation = options.escalation !== false;
      if (
        !state ||
        state.skeleton !== skeleton ||
        !sameDocuments(state.refs, refs) ||
        state.escalation !== escalation
      )
        return full(scenario, options, skeleton, refs, texts);
      const changed = refs.filter((r) => state?.texts.get(r.id) !== texts.get(r.id));
      const kinds = new Set(changed.map((r) => r.kind));
      // Nothing changed (a text typed back to what it was) takes the trust path, which then rebuilds
      // nothing.
      const only = kinds.size === 1 ? [...kinds][0] : undefined;
      const path =
        kinds.size === 0 || only === 'trust'
          ? trustEdits
          : only === 'identity'
            ? identityEdits
            : only === 'resource'
              ? resourceEdits
              : only === 'scp' || only === 'rcp'
                ? orgPolicyEdits
                : undefined;
      if (!path) return full(scenario, options, skeleton, refs, texts);

      const { run } = state;
      // The previous run's compiled scenario, with the changed documents compiled again.
      const documents = new Map(run.prepared.documents);
      const prepared: PreparedScenario = {
        ...run.prepared,
        scenario,
        principals: new Map(run.prepared.principals),
        roles: [...run.prepared.roles],
        users: [...run.prepared.users],
        documents,
      };
      const problems = new Map(state.problems);
      const find = documentLookup(scenario);
      for (const ref of changed) {
        const found: DocumentProblem[] = [];
        documents.set(
          ref.id,
          compileDocument(ref.id, ref.kind, ref.label, find(ref.id), typed, found, cache),
        );
        if (found.length > 0) problems.set(ref.id, found);
        else problems.delete(ref.id);
      }
      prepared.problems = refs.flatMap((r) => problems.get(r.id) ?? []);

      const counter = { evaluations: 0 };
      const rebuilt = path({ scenario, run, prepared, changed, counter, admins });
      if (!rebuilt) return full(scenario, options, skeleton, refs, texts);
      const { names, index, nodes } = rebuilt;
      const withMembers = withMemberEdges(prepared, rebuilt.edges);
      const withProfiles = scenario.cliProfiles?.length
        ? withProfileEdges(prepared, withMembers, counter)
        : withMembers;
      // Resource policies take part in no technique; a text typed back changes nothing.
      // An identity edit redoes the escalation edges of the principals it gave new policies alone.
      // A group's edges read the users' own edges and the group's policies: made again in full, as
      // their few joins cost little.
      const edgeList =
        escalation && changed.length > 0 && only !== 'resource'
          ? withGroupHops(
              prepared,
              withEscalationEdges(
                prepared,
                withProfiles,
                counter,
                admins,
                only === 'identity' ? replacedPrincipals(run.prepared, prepared) : undefined,
              ),
              counter,
              admins,
            )
          : withProfiles;

      // Outside accounts and service principals are nodes exactly while an edge leaves them.
      const allNodes = new Map(run.baseNodes);
      for (const e of edgeList) {
        if (allNodes.has(e.from)) continue;
        const node = nodes.get(e.from) ?? run.nodes.get(e.from);
        if (node) allNodes.set(e.from, node);
      }
      addEdgeTargets(allNodes, edgeList);
      const sameNodes =
        allNodes.size === run.nodes.size && [...allNodes.keys()].every((id) => run.nodes.has(id));
      const nodeList: GraphNode[] = sameNodes ? run.analysis.nodes : sortById([...allNodes.values()]);
      const findings = findFindings(prepared, nodeList, edgeList, admins, escalation);
      const analysis: Analysis = {
        nodes: nodeList,
        edges: edgeList,
        findings,
        problems: prepared.problems,
        stats: { evaluations: counter.evaluations, milliseconds: Math.round(now() - started) },
      };
      state = {
        run: { ...run, analysis, prepared, names, index, nodes: allNodes },
        skeleton,
        refs,
        texts,
        problems,
        escalation,
      };
      return analysis;
    },
  };
}

/** The users and roles an edit gave a new version (identityEdits.ts replaces those it recompiles). */
function replacedPrincipals(before: PreparedScenario, after: PreparedScenario): Set<string> {
  const replaced = new Set<string>();
  after.principals.forEach((p, arn) => {
    if (before.principals.get(arn) !== p) replaced.add(arn);
  });
  return replaced;
}

/**
 * Resource policies changed: they take part in no hop of the graph (a role's own policy is its trust
 * policy), only in the "can … do … on …" queries, which read the compiled scenario. So every edge is
 * kept and only the queries' policies change.
 */
function resourceEdits({ run, prepared, changed }: EditContext): EditResult {
  const policies = new Map(prepared.resourcePolicies);
  for (const ref of changed) {
    const compiled = prepared.documents.get(ref.id);
    if (compiled) policies.set(ref.ownerId, resourcePolicyOf(ref.ownerId, compiled));
    else policies.delete(ref.ownerId);
  }
  prepared.resourcePolicies = policies;
  return { edges: run.analysis.edges, names: run.names, index: run.index, nodes: new Map(run.baseNodes) };
}
