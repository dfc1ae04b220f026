import {
  canPrincipal,
  catalogProblems,
  createAnalyzer,
  engineVersion,
  findPaths,
  replayEdge,
  whyNot,
  type Analysis,
  type PreparedScenario,
} from '../engine';
import { decodeText, importFiles, type ImportFile } from '../importers';
import { exportHandlers } from './exportHandlers';
import { catalogFor } from './iamCatalog';
import { planChanges } from './planChanges';
import type { EngineMethods, FileBytes, Handlers } from './protocol';
import { permissionHandlers, withAccessEdges } from './permissionHandlers';
import { scenarioHandlers } from './scenarioHandlers';

/** Documents beyond this many are not re-parsed for the unknown-action check. */
const CATALOG_CHECK_LIMIT = 2000;

/** Keeps compiled documents and the last run between analyses (engine/graph/incremental/incremental.ts). */
const analyzer = createAnalyzer();

/** The latest analysis and its compiled scenario: queries answer against what the user sees. */
let latest: { analysis: Analysis; prepared: PreparedScenario } | undefined;

function current() {
  if (!latest) throw new Error('No scenario has been analyzed yet');
  return latest;
}

/** Files as read from disk decoded to text (UTF-8, or UTF-16 with a byte-order mark). */
const decoded = (files: readonly (ImportFile | FileBytes)[]): ImportFile[] =>
  files.map((f) => ('bytes' in f ? { name: f.name, text: decodeText(f.bytes) } : f));

/** What the worker does for each method: plain functions of plain data, testable in Node. */
export const handlers: Handlers<EngineMethods> = {
  ...scenarioHandlers,
  ...permissionHandlers(current),
  ...exportHandlers(current),
  hello: () => ({ engine: engineVersion, methods: Object.keys(handlers) }),
  analyze: async ({ scenario, texts, revision }, { progress }) => {
    // Incremental: an edit to a trust policy re-analyses only the edges it can change, and the
    // analyzer's compiled scenario serves the queries below (no second prepare per analysis).
    const trust = analyzer.analyze(scenario, {
      texts,
      onProgress: (done, total, phase) => progress(done, total, phase),
    });
    const prepared = analyzer.prepared;
    if (prepared) latest = { analysis: trust, prepared };
    // The access layer (principals → resources) joins the graph the queries answer from.
    const analysis = prepared ? await withAccessEdges(trust, prepared) : trust;
    if (prepared && latest?.prepared === prepared) latest = { analysis, prepared };
    // Unknown services and actions need the service reference; big scenarios skip the second parse.
    if (analysis.problems.length < 5000 && Object.keys(texts).length <= CATALOG_CHECK_LIMIT) {
      const catalog = await catalogFor(Object.values(texts));
      if (catalog)
        return {
          revision,
          analysis: {
            ...analysis,
            problems: [...analysis.problems, ...catalogProblems(scenario, texts, catalog)],
          },
        };
    }
    return { revision, analysis };
  },
  paths: ({ from, to, maxDepth }) => ({
    paths: findPaths(current().analysis, from, to, maxDepth === undefined ? {} : { maxDepth }),
  }),
  whyNot: ({ from, to }) => whyNot(current().prepared, current().analysis, from, to),
  can: ({ principal, action, resource }) => canPrincipal(current().prepared, principal, action, resource),
  importFiles: ({ files, base }, { progress }) =>
    importFiles(decoded(files), base, (done, total, file) => progress(done, total, 'import', file)),
  planChanges: ({ files, base, after }, { progress }) =>
    planChanges(decoded(files), base, after, (done, total, phase) => progress(done, total, phase)),
  explainEdge: ({ edgeId }) => {
    const { analysis, prepared } = current();
    const edge = analysis.edges.find((e) => e.id === edgeId);
    return { decisions: edge ? replayEdge(prepared, edge) : [] };
  },
};
