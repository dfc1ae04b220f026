import type { PathHop } from '../engine';
import type { Translate } from './translate';

/**
 * A path or chain as one line: its nodes' names joined by arrows, an escalation hop's arrow naming
 * its technique (and what it acts through), since no trust policy shows how that hop is made, and a
 * group's hop naming the user that joined the group and makes it.
 */
export function chainText(
  nodes: readonly string[],
  hops: readonly PathHop[],
  name: (id: string) => string,
  t: Translate,
): string {
  let text = name(nodes[0] ?? '');
  hops.forEach((hop, i) => {
    const arrow =
      hop.kind === 'Escalation' || hop.joiner !== undefined ? ` —[${hopText(hop, name, t)}]→ ` : ' → ';
    text += arrow + name(nodes[i + 1] ?? hop.to);
  });
  return text;
}

/** An escalation hop: its technique, and the instance, function or policy it acts through; a group's, by whom. */
export function hopText(hop: PathHop, name: (id: string) => string, t: Translate): string {
  if (hop.joiner === undefined) return techniqueText(hop, name, t);
  const user = name(hop.joiner);
  return hop.kind === 'Escalation'
    ? t('escalation.hopAsJoiner', { hop: techniqueText(hop, name, t), user })
    : t('escalation.asJoiner', { user });
}

function techniqueText(hop: PathHop, name: (id: string) => string, t: Translate): string {
  const technique = hop.technique ?? '';
  return hop.via === undefined
    ? t('escalation.hop', { technique })
    : t('escalation.hopVia', { technique, via: name(hop.via) });
}
