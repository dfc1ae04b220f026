/**
 * The hops out of a CLI profile that no evaluation decided: its first credentials come from
 * somewhere the input does not show (`credential_source`, a Terraform provider signed from the
 * environment), so whether the role lets them in is unknown. What the profile can do is then not
 * "nothing": it is undecided, and the reader is told why and where to look instead.
 */
import type { Analysis, GraphEdge } from '../graph/types';

export function undecidedHops(analysis: Pick<Analysis, 'edges'>, node: string): GraphEdge[] {
  return analysis.edges.filter(
    (e) => e.from === node && e.kind === 'CliProfile' && !e.permitted && e.decisions.length === 0,
  );
}
