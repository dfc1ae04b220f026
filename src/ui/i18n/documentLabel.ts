import type { DocumentRef } from '../../model/documents';
import type { Translate } from './useT';

/** A document's name in the user's language: a trust, resource or session policy is named by what it is. */
export function documentLabel(ref: DocumentRef, t: Translate): string {
  if (ref.owner === undefined) return ref.label;
  return `${ref.owner} · ${t(OWNED[ref.kind === 'trust' || ref.kind === 'session' ? ref.kind : 'resource'])}`;
}

const OWNED = {
  trust: 'document.trust',
  session: 'document.session',
  resource: 'document.resource',
} as const;
