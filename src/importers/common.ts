/** Small helpers several importers share: policy documents, tags, ARNs. */
import { parseJson, toPlainValue } from '../foundation/json/parseJson';
import { diagnosticParams, type ImportProblemSubject } from '../i18n/importProblemText';
import type { Tags } from '../model/scenario';
import { elements, prop, propBool, propStr, type Located, type Reporter } from './located';
import { plainOf } from './nativeJson';

/** What a policy document is, for the problems that name it: `{ subject: 'inline-policy', name }`. */
export interface PolicySubject {
  subject: ImportProblemSubject;
  /** The policy's name, or the ARN or Terraform address it belongs to. */
  name?: string;
  /** The Terraform attribute that holds it. */
  attribute?: string;
}

/**
 * A policy document as the exports hold it: a JSON object (current CLI), a URL-encoded string
 * (the raw IAM API, some older CLI versions and SDK dumps), or a JSON string (Organizations'
 * `Content`). Returns undefined after reporting when it cannot be read.
 */
export function readPolicyDocument(
  loc: Located | undefined,
  reporter: Reporter,
  what: PolicySubject,
): unknown {
  if (!loc) return undefined;
  if (loc.node.kind === 'object') return plainOf(loc.node);
  if (loc.node.kind !== 'string') {
    reporter.error('policy-not-object-or-string', { ...what }, loc);
    return undefined;
  }
  let text = loc.node.value.trim();
  // The IAM API returns documents URL-encoded (RFC 3986), and some dumps write spaces as `+`, so
  // an encoded document may open with encoded whitespace (`%0A%7B`, `+%7B`) before its brace:
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html
  if (/^(?:%(?:20|09|0a|0d)|\+)*%7b/i.test(text)) {
    try {
      text = decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      reporter.error('policy-bad-url-encoding', { ...what }, loc);
      return undefined;
    }
  }
  const parsed = parseJson(text);
  const firstError = parsed.diagnostics.find((d) => d.severity === 'error');
  const d = firstError ?? parsed.diagnostics[0];
  if ((!parsed.value || firstError) && d) {
    // The parser's diagnostic: its code, place and arguments (worded per language), and its English.
    const { line, column } = d.range.start;
    reporter.error('policy-invalid-json', { ...what, ...diagnosticParams(d), line, column }, loc);
    return undefined;
  }
  if (parsed.value?.kind !== 'object') {
    reporter.error('policy-not-object', { ...what }, loc);
    return undefined;
  }
  return toPlainValue(parsed.value);
}

/** AWS's `[{ "Key": "k", "Value": "v" }]` tag lists; Object.fromEntries keeps a `__proto__` key an own property. */
export function readTags(loc: Located | undefined): Tags | undefined {
  const entries: [string, string][] = [];
  for (const tag of elements(loc)) {
    const key = propStr(tag, 'Key');
    if (key !== undefined) entries.push([key, propStr(tag, 'Value') ?? '']);
  }
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE` split into its parts, or undefined for a non-ARN. */
export function splitArn(
  arn: string,
): { partition: string; service: string; region: string; account: string; resource: string } | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', account = ''] = parts;
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}

export function isIamRoleArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(arn);
}

/** Copies only the defined values, because exactOptionalPropertyTypes forbids `field: undefined`. */
export function defined<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  const result: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) result[key] = v;
  return result as T;
}

/** Where a paginated AWS API or CLI output says more pages follow. */
const NEXT_PAGE = ['NextToken', 'nextToken', 'Marker', 'NextMarker'];

/**
 * A warning when an export is one page of a longer listing: `IsTruncated` with a `Marker` from the
 * IAM API, `NextToken` from the CLI run with `--max-items`
 * (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-pagination.html). Whatever the other
 * pages hold (principals, policies, their Denies) is missing from the scenario.
 */
export function reportPartialExport(doc: Located, reporter: Reporter): void {
  const truncated = propBool(doc, 'IsTruncated') === true ? prop(doc, 'IsTruncated') : undefined;
  const next = NEXT_PAGE.map((key) => prop(doc, key)).find(
    (loc) => loc?.node.kind === 'string' && loc.node.value !== '',
  );
  const where = next ?? truncated;
  if (!where) return;
  reporter.warning('partial-export', {}, where);
}
