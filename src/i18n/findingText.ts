/** A finding in the interface's language, worded from its code and parameters (never from the engine's English). */
import type { EdgeKind, Finding } from '../engine';
import { edgeKindName } from './edgeKindName';
import type { Translate } from './translate';

/** The finding's parameters, with an edge kind's human name beside its code name. */
function paramsOf(finding: Finding, t: Translate): Record<string, string | number> {
  const kind = finding.params.kind;
  return typeof kind === 'string'
    ? { ...finding.params, kindName: edgeKindName(kind as EdgeKind, t) }
    : finding.params;
}

export function findingTitle(finding: Finding, t: Translate): string {
  return t(`finding.title.${finding.code}`, paramsOf(finding, t));
}

export function findingExplanation(finding: Finding, t: Translate): string {
  return t(`finding.text.${finding.code}`, paramsOf(finding, t));
}
