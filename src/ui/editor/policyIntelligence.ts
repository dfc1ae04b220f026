/**
 * Completion and hover content for policy documents, from the AWS service reference: actions,
 * resource ARN formats and condition keys. Works on plain text and offsets and returns plain data;
 * policyProviders.ts turns it into Monaco items. Pure: no Monaco, runs in Node (the data source is
 * passed in, so tests feed it straight from node_modules).
 */
import {
  escapeMarkdown,
  hasPlaceholder,
  matchActionNames,
  matchesTemplate,
  servicesOf,
  splitAction,
  templateToSnippet,
} from './iamPatterns';
import type { ActionInfo, ConditionKeyInfo, ResourceTypeInfo } from '../../worker/iamData';
import { cursorContext, type CursorContext } from './policyLocation';

/** Where the data comes from: lazily loaded files in the page, the package directory in tests. */
export interface IamSource {
  /** Service prefix → service name, for every service. */
  serviceNames(): Promise<Record<string, string>>;
  /** Services whose reference lists keys of a non-service prefix (`accounts.google.com` → sts). */
  servicesForConditionPrefix(prefix: string): Promise<string[]>;
  /** Lower-cased action name → action, or undefined for an unknown service. */
  actions(service: string): Promise<Record<string, ActionInfo> | undefined>;
  /** Lower-cased resource type name → ARN format. */
  resourceTypes(service: string): Promise<Record<string, ResourceTypeInfo> | undefined>;
  /** Lower-cased condition key → key. */
  conditionKeys(service: string): Promise<Record<string, ConditionKeyInfo> | undefined>;
  globalConditionKeys(): readonly ConditionKeyInfo[];
}

export type SuggestionKind = 'service' | 'action' | 'wildcard' | 'conditionKey' | 'resource';

export interface Suggestion {
  label: string;
  kind: SuggestionKind;
  insertText: string;
  /** insertText is Monaco snippet syntax (tab stops for `${Placeholders}`). */
  snippet: boolean;
  /** Shown right after the label (e.g. the service name). */
  detail?: string;
  /** Shown at the right edge (e.g. the access level). */
  description?: string;
  /** Markdown. */
  documentation?: string;
  sortText?: string;
  filterText?: string;
  /** Open the suggestions again after accepting (a service prefix, then its actions). */
  retrigger?: boolean;
  /** The text replaced, as 0-based offsets: [start, cursor) when inserting, [start, end) when replacing. */
  start: number;
  end: number;
}

export interface HoverResult {
  /** Markdown sections. */
  contents: string[];
  start: number;
  end: number;
}

const MAX_LISTED = 25;
const hasWildcard = (s: string) => /[*?]/.test(s);
const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

// ----- Actions -----------------------------------------------------------------------------------

interface ServiceActions {
  service: string;
  table: Record<string, ActionInfo>;
  list: ActionInfo[];
}

async function loadService(source: IamSource, service: string): Promise<ServiceActions | undefined> {
  const table = await source.actions(service);
  return table ? { service, table, list: Object.values(table) } : undefined;
}

/** The actions an action pattern (`s3:Get*`, `sts:AssumeRole`) names, as service reference entries. */
export async function resolveActions(
  source: IamSource,
  pattern: string,
): Promise<{ service: string; actions: ActionInfo[] } | undefined> {
  const parts = splitAction(pattern);
  if (!parts) return undefined;
  const loaded = await loadService(source, parts.service);
  if (!loaded) return undefined;
  if (!hasWildcard(parts.name)) {
    const hit = loaded.table[parts.name.toLowerCase()];
    return { service: parts.service, actions: hit ? [hit] : [] };
  }
  const names = new Set(
    matchActionNames(
      parts.name,
      loaded.list.map((a) => a.name),
    ),
  );
  return { service: parts.service, actions: loaded.list.filter((a) => names.has(a.name)) };
}

async function actionDocumentation(source: IamSource, service: string, action: ActionInfo): Promise<string> {
  const [names, types] = await Promise.all([source.serviceNames(), source.resourceTypes(service)]);
  const lines = [
    `**${service}:${action.name}** · ${escapeMarkdown(action.accessLevel)}${names[service] ? ` · ${escapeMarkdown(names[service])}` : ''}`,
    '',
    escapeMarkdown(action.description),
  ];
  if (action.resourceTypes.length > 0) {
    lines.push('', 'Resource types:');
    for (const rt of action.resourceTypes) {
      const arn = types?.[rt.name.toLowerCase()]?.arn;
      lines.push(`- ${code(rt.name)}${rt.required ? ' (required)' : ''}${arn ? ` ${code(arn)}` : ''}`);
    }
  } else {
    lines.push('', 'Resource types: none (use `"Resource": "*"`)');
  }
  if (action.conditionKeys.length > 0) {
    lines.push('', `Condition keys: ${action.conditionKeys.map(code).join(', ')}`);
  }
  return lines.join('\n');
}

function accessLevelSummary(actions: readonly ActionInfo[]): string {
  const counts = new Map<string, number>();
  for (const a of actions) counts.set(a.accessLevel, (counts.get(a.accessLevel) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([level, n]) => `${n} ${escapeMarkdown(level)}`)
    .join(', ');
}

function wildcardDocumentation(pattern: string, matched: readonly ActionInfo[], total: number): string {
  const shown = matched.slice(0, MAX_LISTED).map((a) => `- ${a.name} · ${escapeMarkdown(a.accessLevel)}`);
  if (matched.length > MAX_LISTED) shown.push(`- … and ${matched.length - MAX_LISTED} more`);
  return [
    `${code(pattern)} matches **${matched.length}** of ${total} actions${matched.length ? ` (${accessLevelSummary(matched)})` : ''}`,
    ...(shown.length ? ['', ...shown] : []),
  ].join('\n');
}

async function suggestActions(source: IamSource, ctx: CursorContext): Promise<Suggestion[]> {
  const colon = ctx.prefix.indexOf(':');
  if (colon < 0) {
    const names = await source.serviceNames();
    const colonInText = ctx.text.indexOf(':');
    const end = colonInText >= 0 ? ctx.contentStart + colonInText + 1 : ctx.contentEnd;
    const items: Suggestion[] = Object.entries(names).map(([prefix, name]) => ({
      label: prefix,
      kind: 'service',
      insertText: `${prefix}:`,
      snippet: false,
      detail: ` ${name}`,
      documentation: `**${escapeMarkdown(name)}**: actions \`${prefix}:…\``,
      sortText: `1${prefix}`,
      retrigger: true,
      start: ctx.contentStart,
      end,
    }));
    items.push({
      label: '*',
      kind: 'wildcard',
      insertText: '*',
      snippet: false,
      detail: ' every action of every service',
      sortText: '9',
      start: ctx.contentStart,
      end: ctx.contentEnd,
    });
    return items;
  }
  const service = ctx.prefix.slice(0, colon).trim().toLowerCase();
  const loaded = await loadService(source, service);
  if (!loaded) return [];
  const start = ctx.contentStart + colon + 1;
  const end = ctx.contentEnd;
  const items: Suggestion[] = await Promise.all(
    loaded.list.map(async (action) => ({
      label: action.name,
      kind: 'action' as const,
      insertText: action.name,
      snippet: false,
      description: action.accessLevel,
      documentation: await actionDocumentation(source, service, action),
      sortText: `1${action.name}`,
      start,
      end,
    })),
  );
  // Wildcards for the verbs with several actions (Get*, List*, Describe*…) and the whole service.
  const verbs = new Map<string, ActionInfo[]>();
  for (const action of loaded.list) {
    const verb = /^[A-Z][a-z]+/.exec(action.name)?.[0];
    if (verb) verbs.set(verb, [...(verbs.get(verb) ?? []), action]);
  }
  for (const [verb, matched] of verbs) {
    if (matched.length < 2) continue;
    items.push({
      label: `${verb}*`,
      kind: 'wildcard',
      insertText: `${verb}*`,
      snippet: false,
      description: `${matched.length} actions`,
      documentation: wildcardDocumentation(`${service}:${verb}*`, matched, loaded.list.length),
      sortText: `2${verb}`,
      start,
      end,
    });
  }
  items.push({
    label: '*',
    kind: 'wildcard',
    insertText: '*',
    snippet: false,
    description: `${loaded.list.length} actions`,
    documentation: wildcardDocumentation(`${service}:*`, loaded.list, loaded.list.length),
    sortText: '9',
    start,
    end,
  });
  return items;
}

async function hoverAction(source: IamSource, ctx: CursorContext): Promise<string[] | undefined> {
  const pattern = ctx.text.trim();
  if (pattern === '*') return ['`*` matches every action of every service.'];
  const parts = splitAction(pattern);
  if (!parts) return undefined;
  const loaded = await loadService(source, parts.service);
  if (!loaded) return [`Unknown service prefix ${code(parts.service)}: not in the AWS service reference.`];
  if (hasWildcard(parts.name)) {
    const names = new Set(
      matchActionNames(
        parts.name,
        loaded.list.map((a) => a.name),
      ),
    );
    const matched = loaded.list.filter((a) => names.has(a.name));
    const serviceName = (await source.serviceNames())[parts.service];
    return [
      wildcardDocumentation(pattern, matched, loaded.list.length) +
        (serviceName ? `\n\n${escapeMarkdown(serviceName)}` : ''),
    ];
  }
  const action = loaded.table[parts.name.toLowerCase()];
  if (!action)
    return [`${code(pattern)} is not an action of ${code(parts.service)} in the AWS service reference.`];
  return [await actionDocumentation(source, parts.service, action)];
}

// ----- Resources ---------------------------------------------------------------------------------

interface ResourceCandidate {
  service: string;
  type: ResourceTypeInfo;
  actions: string[];
}

/** The resource types (with ARN formats) that the statement's actions apply to. */
async function statementResourceTypes(
  source: IamSource,
  actions: readonly string[],
): Promise<ResourceCandidate[]> {
  const byKey = new Map<string, ResourceCandidate>();
  for (const pattern of actions) {
    const resolved = await resolveActions(source, pattern);
    if (!resolved) continue;
    const types = await source.resourceTypes(resolved.service);
    if (!types) continue;
    for (const action of resolved.actions) {
      for (const rt of action.resourceTypes) {
        const type = types[rt.name.toLowerCase()];
        if (!type) continue;
        const key = `${resolved.service}/${type.key}`;
        const candidate = byKey.get(key) ?? { service: resolved.service, type, actions: [] };
        candidate.actions.push(`${resolved.service}:${action.name}`);
        byKey.set(key, candidate);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.actions.length - a.actions.length);
}

function listActions(actions: readonly string[]): string {
  const shown = actions.slice(0, 10).join(', ');
  return actions.length > 10 ? `${shown} and ${actions.length - 10} more` : shown;
}

async function suggestResources(source: IamSource, ctx: CursorContext): Promise<Suggestion[]> {
  const candidates = await statementResourceTypes(source, ctx.statementActions);
  const items: Suggestion[] = candidates.map((c, i) => ({
    label: c.type.arn,
    kind: 'resource',
    insertText: templateToSnippet(c.type.arn),
    snippet: true,
    detail: ` ${c.service} ${c.type.key}`,
    documentation: `Resource type ${code(c.type.key)} of ${code(c.service)}, used by ${escapeMarkdown(listActions(c.actions))}`,
    sortText: `1${String(i).padStart(4, '0')}`,
    filterText: c.type.arn.replace('${Partition}', 'aws'),
    start: ctx.contentStart,
    end: ctx.contentEnd,
  }));
  items.push({
    label: '*',
    kind: 'wildcard',
    insertText: '*',
    snippet: false,
    detail: ' every resource',
    sortText: '9',
    start: ctx.contentStart,
    end: ctx.contentEnd,
  });
  return items;
}

async function hoverResource(source: IamSource, ctx: CursorContext): Promise<string[] | undefined> {
  const arn = ctx.text.trim();
  if (arn === '*') return ['`*` matches every resource.'];
  if (!arn.toLowerCase().startsWith('arn:')) return undefined;
  const arnService = arn.split(':')[2]?.toLowerCase() ?? '';
  const services = new Set([...servicesOf(ctx.statementActions), ...(arnService ? [arnService] : [])]);
  const matches: string[] = [];
  for (const service of services) {
    const types = await source.resourceTypes(service);
    for (const type of Object.values(types ?? {})) {
      if (matchesTemplate(type.arn, arn))
        matches.push(`- ${code(service)} ${code(type.key)}: ${code(type.arn)}`);
    }
  }
  if (matches.length === 0) return undefined;
  return [[`Fits the ARN format of:`, ...matches].join('\n')];
}

// ----- Condition keys ----------------------------------------------------------------------------

interface KeyCandidate {
  info: ConditionKeyInfo;
  relevant: boolean;
  global: boolean;
}

async function relevantConditionKeys(source: IamSource, actions: readonly string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const pattern of actions) {
    const resolved = await resolveActions(source, pattern);
    if (!resolved) continue;
    const types = await source.resourceTypes(resolved.service);
    for (const action of resolved.actions) {
      for (const key of action.conditionKeys) keys.add(key.toLowerCase());
      for (const rt of action.resourceTypes) {
        for (const key of types?.[rt.name.toLowerCase()]?.conditionKeys ?? []) keys.add(key.toLowerCase());
      }
    }
  }
  return keys;
}

async function conditionKeyCandidates(source: IamSource, ctx: CursorContext): Promise<KeyCandidate[]> {
  const prefix = ctx.prefix.includes(':') ? ctx.prefix.slice(0, ctx.prefix.indexOf(':')).toLowerCase() : '';
  const services = new Set([...servicesOf([...ctx.statementActions, ...ctx.statementNotActions])]);
  if (prefix) {
    if (/^[a-z0-9-]+$/.test(prefix)) services.add(prefix);
    for (const s of await source.servicesForConditionPrefix(prefix)) services.add(s);
  }
  const relevant = await relevantConditionKeys(source, ctx.statementActions);
  const out = new Map<string, KeyCandidate>();
  for (const info of source.globalConditionKeys()) {
    const lower = info.key.toLowerCase();
    out.set(lower, { info, relevant: relevant.has(lower), global: true });
  }
  for (const service of services) {
    for (const [lower, info] of Object.entries((await source.conditionKeys(service)) ?? {})) {
      if (!out.has(lower)) out.set(lower, { info, relevant: relevant.has(lower), global: false });
    }
  }
  return [...out.values()];
}

function conditionKeyDocumentation(c: KeyCandidate): string {
  const lines = [`**${escapeMarkdown(c.info.key)}** · ${escapeMarkdown(c.info.type)}`];
  if (c.info.description) lines.push('', escapeMarkdown(c.info.description));
  if (c.global) lines.push('', 'Global condition key.');
  else if (c.relevant) lines.push('', "Supported by this statement's actions.");
  return lines.join('\n');
}

async function suggestConditionKeys(source: IamSource, ctx: CursorContext): Promise<Suggestion[]> {
  const candidates = await conditionKeyCandidates(source, ctx);
  return candidates.map((c) => ({
    label: c.info.key,
    kind: 'conditionKey',
    insertText: hasPlaceholder(c.info.key) ? templateToSnippet(c.info.key) : c.info.key,
    snippet: hasPlaceholder(c.info.key),
    description: c.info.type,
    documentation: conditionKeyDocumentation(c),
    sortText: `${c.relevant ? 0 : c.global ? 2 : 1}${c.info.key.toLowerCase()}`,
    start: ctx.contentStart,
    end: ctx.contentEnd,
  }));
}

async function hoverConditionKey(source: IamSource, ctx: CursorContext): Promise<string[] | undefined> {
  const key = ctx.text.trim();
  if (!key.includes(':')) return undefined;
  const candidates = await conditionKeyCandidates(source, { ...ctx, prefix: key });
  const exact = candidates.find((c) => c.info.key.toLowerCase() === key.toLowerCase());
  const hit = exact ?? candidates.find((c) => matchesTemplate(c.info.key, key));
  if (!hit) return [`${code(key)} is not a global condition key nor one of the services of this statement.`];
  const doc = conditionKeyDocumentation(hit);
  return [hit === exact ? doc : `${doc}\n\nFrom ${code(hit.info.key)}.`];
}

// ----- Entry points ------------------------------------------------------------------------------

/** Suggestions for the cursor at `offset` of `text`; empty outside actions, resources and condition keys. */
export async function suggest(source: IamSource, text: string, offset: number): Promise<Suggestion[]> {
  const ctx = cursorContext(text, offset);
  switch (ctx.kind) {
    case 'action':
      return suggestActions(source, ctx);
    case 'resource':
      return suggestResources(source, ctx);
    case 'conditionKey':
      return suggestConditionKeys(source, ctx);
    default:
      return [];
  }
}

/** Hover documentation for the string under the cursor, if it is an action, resource or condition key. */
export async function hover(
  source: IamSource,
  text: string,
  offset: number,
): Promise<HoverResult | undefined> {
  const ctx = cursorContext(text, offset);
  let contents: string[] | undefined;
  if (ctx.kind === 'action') contents = await hoverAction(source, ctx);
  else if (ctx.kind === 'resource') contents = await hoverResource(source, ctx);
  else if (ctx.kind === 'conditionKey') contents = await hoverConditionKey(source, ctx);
  return contents ? { contents, start: ctx.contentStart, end: ctx.contentEnd } : undefined;
}
