import type { DocumentRef } from '../../model/documents';
import type { Translate } from './useT';

/** A document's name in the user's language: a trust or resource policy is named by what it is. */
export function documentLabel(ref: DocumentRef, t: Translate): string {
  if (ref.owner === undefined) return ref.label;
  return `${ref.owner} · ${t(ref.kind === 'trust' ? 'document.trust' : 'document.resource')}`;
}
