import type { AppStore } from './store';

/**
 * Above this many nodes the graph opens with every account collapsed to one node. Up to it, the quick
 * layout, batched drawing and the zoomed-out drawing (`src/ui/graph`) draw the graph whole.
 */
export const LARGE_GRAPH_NODES = 8000;

/**
 * Level of detail for big organisations: a graph too large to draw whole opens with its accounts and
 * clusters collapsed (each one node, edges between them kept); the user expands what they look at.
 * Once the user has collapsed or expanded anything themselves, their choice stands.
 */
export function syncLevelOfDetail(store: AppStore): () => void {
  let chosenByUser = false;
  return store.subscribe((state, previous) => {
    if (state.collapsed !== previous.collapsed && state.analysis === previous.analysis) chosenByUser = true;
    if (chosenByUser || !state.analysis || state.analysis === previous.analysis) return;
    if (state.analysis.nodes.length <= LARGE_GRAPH_NODES || state.collapsed.length > 0) return;
    const groups = state.analysis.nodes
      .filter((n) => n.kind === 'account' || n.kind === 'eksCluster')
      .map((n) => n.id);
    store.setState({ collapsed: groups });
  });
}
