/**
 * String helpers for IAM names: action wildcards, `${Placeholder}` templates from the AWS service
 * reference (ARN formats, condition keys) and Monaco snippet text. Pure: no Monaco, runs in Node.
 */

/** `s3:GetObject` → `{ service: 's3', name: 'GetObject' }`; anything without a colon → undefined. */
export function splitAction(action: string): { service: string; name: string } | undefined {
  const colon = action.indexOf(':');
  if (colon <= 0) return undefined;
  return { service: action.slice(0, colon).trim().toLowerCase(), name: action.slice(colon + 1) };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** An IAM wildcard (`*` any run, `?` one character) as an anchored, case-insensitive RegExp. */
export function wildcardToRegExp(pattern: string): RegExp {
  let source = '';
  for (const ch of pattern) source += ch === '*' ? '.*' : ch === '?' ? '.' : escapeRegExp(ch);
  return new RegExp(`^${source}$`, 'is');
}

/**
 * The action names (as AWS spells them) that an action pattern's name part matches, e.g. `Get*`
 * against S3's list. IAM compares action names case-insensitively.
 */
export function matchActionNames(namePattern: string, actionNames: Iterable<string>): string[] {
  const re = wildcardToRegExp(namePattern);
  const out: string[] = [];
  for (const name of actionNames) if (re.test(name)) out.push(name);
  return out;
}

/** The distinct, lower-cased service prefixes named by a list of actions (`*` and junk skipped). */
export function servicesOf(actions: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const action of actions) {
    const parts = splitAction(action);
    if (parts && /^[a-z0-9-]+$/.test(parts.service)) out.add(parts.service);
  }
  return [...out];
}

const placeholder = /\$\{([^}]*)\}/g;

/**
 * A template from the service reference (`aws:RequestTag/${TagKey}`,
 * `arn:${Partition}:s3:::${BucketName}/${ObjectName}`) as an anchored case-insensitive RegExp in
 * which each placeholder stands for one or more characters.
 */
export function templateToRegExp(template: string): RegExp {
  let source = '';
  let last = 0;
  for (const m of template.matchAll(placeholder)) {
    source += escapeRegExp(template.slice(last, m.index)) + '.+';
    last = m.index + m[0].length;
  }
  source += escapeRegExp(template.slice(last));
  return new RegExp(`^${source}$`, 'is');
}

/** Does a concrete name (a condition key as written in a policy) fit a template? */
export function matchesTemplate(template: string, value: string): boolean {
  return template.toLowerCase() === value.toLowerCase() || templateToRegExp(template).test(value);
}

const escapeSnippet = (s: string) => s.replace(/[\\$}]/g, '\\$&');

/**
 * A template as Monaco snippet text: every `${Name}` becomes a tab stop showing its name, and
 * `${Partition}` defaults to `aws`. Literal `$`, `}` and `\` are escaped.
 */
export function templateToSnippet(template: string): string {
  let out = '';
  let last = 0;
  let stop = 1;
  for (const m of template.matchAll(placeholder)) {
    out += escapeSnippet(template.slice(last, m.index));
    const name = m[1] ?? '';
    const shown = name === 'Partition' ? 'aws' : name;
    out += `\${${stop++}:${escapeSnippet(shown)}}`;
    last = m.index + m[0].length;
  }
  return out + escapeSnippet(template.slice(last));
}

/** Does the template contain any `${Placeholder}`? */
export function hasPlaceholder(template: string): boolean {
  return /\$\{[^}]*\}/.test(template);
}

/** Escape text from the service reference for a Monaco markdown string. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}
