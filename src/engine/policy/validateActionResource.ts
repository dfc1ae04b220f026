/**
 * Action / NotAction and Resource / NotResource values.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
import {
  report,
  warnLiteralVariable,
  variablesAreLiteral,
  type LocatedString,
  type PolicyCheck,
} from './policyContext';

// Service prefixes are lowercase words with hyphens (s3-object-lambda); action names are letters
// and digits. Both are matched case-insensitively and may hold * and ? wildcards.
const ACTION_RE = /^([A-Za-z0-9*?-]+):([A-Za-z0-9_*?-]+)$/;
const hasWildcard = (s: string): boolean => s.includes('*') || s.includes('?');

export function validateAction(check: PolicyCheck, { value, range }: LocatedString): void {
  if (value === '*') return;
  const match = ACTION_RE.exec(value);
  if (match === null) {
    report(check, 'INVALID_ACTION_FORMAT', range, value);
    return;
  }
  const catalog = check.catalog;
  const prefix = (match[1] ?? '').toLowerCase();
  const name = (match[2] ?? '').toLowerCase();
  // A wildcard name would need "matches at least one known action"; until that is worth its cost
  // only literal names are checked, so the catalog never causes a false alarm.
  if (catalog === undefined || hasWildcard(prefix)) return;
  if (!catalog.hasService(prefix)) {
    report(check, 'UNKNOWN_SERVICE_PREFIX', range, match[1] ?? prefix);
  } else if (!hasWildcard(name) && catalog.hasAction(prefix, name) === false) {
    report(check, 'UNKNOWN_ACTION', range, match[1] ?? prefix, value);
  }
}

/** Offset of the fifth colon, where the resource part of an ARN starts; -1 when there are fewer. */
function resourcePartStart(arn: string): number {
  let at = -1;
  for (let i = 0; i < 5; i++) {
    at = arn.indexOf(':', at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function validateResource(check: PolicyCheck, { value, range }: LocatedString): void {
  warnLiteralVariable(check, value, range);
  if (value === '*') return;
  const fifthColon = value.startsWith('arn:') ? resourcePartStart(value) : -1;
  if (fifthColon < 0) {
    report(check, 'INVALID_RESOURCE_ARN', range, value);
    return;
  }
  // Between the second and third colons: the value has five, and splitting it was a hot spot.
  const afterPartition = value.indexOf(':', 4) + 1;
  const service = value.slice(afterPartition, value.indexOf(':', afterPartition));
  if (hasWildcard(service)) report(check, 'RESOURCE_SERVICE_WILDCARD', range, value);
  // The fifth colon may sit inside a variable such as ${aws:PrincipalAccount}; an opening "${"
  // before it is enough to know a variable starts outside the resource part.
  if (!variablesAreLiteral(check) && value.slice(0, fifthColon).includes('${')) {
    report(check, 'VARIABLE_OUTSIDE_RESOURCE_PART', range, value);
  }
}
