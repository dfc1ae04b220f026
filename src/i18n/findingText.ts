/** A finding in the interface's language, worded from its code and parameters (never from the engine's English). */
import type { EdgeKind, Finding } from '../engine';
import { edgeKindName } from './edgeKindName';
import { edgeNoteText } from './edgeNoteText';
import { reasonText } from './reasonText';
import type { Translate } from './translate';

/**
 * The finding's parameters, with an edge kind's human name beside its code name, and a broken
 * edge's why worded from its data in place of the engine's English.
 */
function paramsOf(finding: Finding, t: Translate): Record<string, string | number> {
  const kind = finding.params.kind;
  const because = finding.because;
  return {
    ...finding.params,
    ...(typeof kind === 'string' && { kindName: edgeKindName(kind as EdgeKind, t) }),
    ...(because && {
      explanation: 'note' in because ? edgeNoteText(because.note, t) : reasonText(because.reason, t),
    }),
  };
}

export function findingTitle(finding: Finding, t: Translate): string {
  return t(`finding.title.${finding.code}`, paramsOf(finding, t));
}

export function findingExplanation(finding: Finding, t: Translate): string {
  return t(`finding.text.${finding.code}`, paramsOf(finding, t));
}
