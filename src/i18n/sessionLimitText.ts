import type { SessionPolicyLimit } from '../engine';
import type { Translate } from './translate';

/**
 * The session policies a permission row is within, in the user's language: the profile's inline one
 * as "inline", managed ones by their policy name.
 */
export function sessionLimitText(limit: SessionPolicyLimit, t: Translate): string {
  const names = limit.policies.map((id) =>
    id.endsWith('#session') ? t('policies.inline') : id.slice(id.lastIndexOf('/') + 1),
  );
  return t('permissions.sessionLimited', { profile: limit.profile, policies: names.join(', ') });
}
