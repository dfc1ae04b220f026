/**
 * The words of a what-changed (engine/diff) and of an import's assumptions, from their codes and
 * parameters, in the user's language.
 */
import type { DiffSummaryItem, EdgeChangeKind } from '../engine';
import { en, type MessageKey } from './en';
import type { Translate } from './translate';

export function diffSummaryText(item: DiffSummaryItem, t: Translate): string {
  return t(`diff.summary.${item.code}`, item.params);
}

export function edgeChangeText(change: EdgeChangeKind, t: Translate): string {
  return t(`diff.change.${change}`);
}

/** An import's assumption (importers' `ImportAssumption`): its code names its message. */
export function importAssumptionText(
  assumption: { code: string; params: Record<string, string> },
  t: Translate,
): string {
  const key = `importAssumption.${assumption.code}`;
  return key in en ? t(key as MessageKey, assumption.params) : assumption.code;
}
