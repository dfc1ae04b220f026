/**
 * What an edge rests on besides its caller's own documents (PreparedPrincipal.assumptions): the
 * target role's trust policy, and the SCPs over the caller's account and RCPs over the role's, when
 * one of them could not be read in full. Asked for every edge, so the common case (every document
 * read) answers without a lookup.
 */
import type { CompiledPolicy } from '../../evaluate/compilePolicy';
import type { OrgLevel } from '../../evaluate/types';
import { allAssumptions, NO_ASSUMPTIONS } from './assumptions';
import { unreadableAssumptions, type PreparedScenario } from './prepareScenario';
import type { Assumption } from '../types';

type Levels = OrgLevel<CompiledPolicy>[] | undefined;

export function edgeSideAssumptions(
  prepared: PreparedScenario,
): (from: string, to: string) => readonly Assumption[] {
  let orgUnread = false;
  // forEach, not for…of entries: an entry array per document (20k at 10k roles) run cold.
  prepared.documents.forEach((p, id) => {
    if (p?.skipped && id.startsWith('org#')) orgUnread = true;
  });
  const byAccount = new Map<string, readonly Assumption[]>();
  const levelAssumptions = (kind: 'scp' | 'rcp', account: string | undefined): readonly Assumption[] => {
    if (!orgUnread || account === undefined) return NO_ASSUMPTIONS;
    const key = `${kind}|${account}`;
    let list = byAccount.get(key);
    if (!list) {
      const levels: Levels = kind === 'scp' ? prepared.scpLevels(account) : prepared.rcpLevels(account);
      const ids = (levels ?? []).flatMap((l) =>
        l.policies.flatMap((p) => (p.documentId ? [p.documentId] : [])),
      );
      list = Object.freeze(unreadableAssumptions(ids, prepared.documents));
      byAccount.set(key, list);
    }
    return list;
  };
  const trustUnread = prepared.roles.some((r) => r.trustAssumptions);
  if (!orgUnread && !trustUnread) return () => NO_ASSUMPTIONS;
  return (from, to) => {
    const target = prepared.principals.get(to);
    const trust = target?.trustAssumptions ?? NO_ASSUMPTIONS;
    if (!orgUnread) return trust;
    const caller = prepared.principals.get(from);
    return allAssumptions([
      trust,
      levelAssumptions('scp', caller?.account),
      levelAssumptions('rcp', target?.account),
    ]);
  };
}
