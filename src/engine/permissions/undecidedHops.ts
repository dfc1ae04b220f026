/**
 * The hops into or out of a node that no evaluation decided: a CLI profile's first credentials come
 * from somewhere the input does not show (`credential_source`, a Terraform provider signed from the
 * environment), or the role is in an account the scenario does not hold, so whether the role lets
 * them in is unknown. What such a node can do or become is then not "nothing": it is undecided,
 * and the reader is told why and where to look instead. Broken hops (a configuration AWS refuses)
 * are decided, and are not among them.
 */
import { isUndecided } from '../graph/analysis/assumptions';
import type { Analysis, GraphEdge } from '../graph/types';

/** The undecided hops out of `node` (`'from'`, the default) or into it (`'into'`), in edge order. */
export function undecidedHops(
  analysis: Pick<Analysis, 'edges'>,
  node: string,
  direction: 'from' | 'into' = 'from',
): GraphEdge[] {
  return analysis.edges.filter(
    (e) => (direction === 'from' ? e.from : e.to) === node && !e.permitted && isUndecided(e),
  );
}
