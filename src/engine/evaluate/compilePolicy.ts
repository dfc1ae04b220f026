/**
 * Compile once, evaluate many: a parsed policy becomes statements whose matchers are built on first
 * use and kept, and an index from action name to the statements that can match it, so a request only
 * looks at statements that concern its action.
 */
import { compileCondition, type CompiledCondition } from '../conditions/evaluateCondition';
import { compileLowerActionPattern, compileResourceElement, type CompiledResource } from '../match/arn';
import { hasWildcard, type Matcher } from '../match/wildcard';
import type { Diagnostic, Effect, ParsedPolicy, PolicyKind, PolicyStatement, PolicyVersion } from '../types';
import { compilePrincipal, type CompiledPrincipal } from './matchPrincipal';

export interface CompiledPattern {
  pattern: string;
  /** AWS matches actions case-insensitively: the test takes the action already lower-cased. */
  testLower: Matcher;
}

/**
 * A statement whose matchers are built on first use. An organization's analysis evaluates only a
 * fraction of its policies (those of principals that may call sts:AssumeRole, trust policies, and the
 * policies a person inspects), and compiled matchers are most of a policy's memory: at 10k roles,
 * compiling every statement eagerly held about 80 MB and a third of the preparation time.
 */
export class CompiledStatement {
  readonly effect: Effect;
  readonly actionElement: 'Action' | 'NotAction';
  readonly resourceElement: 'Resource' | 'NotResource' | null;
  readonly principalElement: 'Principal' | 'NotPrincipal' | null;
  private compiledActions: CompiledPattern[] | undefined;
  private compiledResources: CompiledResource[] | undefined;
  private compiledPrincipals: CompiledPrincipal[] | undefined;
  private compiledConditions: CompiledCondition[] | undefined;

  constructor(
    readonly source: PolicyStatement,
    private readonly version: PolicyVersion | undefined,
  ) {
    this.effect = source.effect;
    this.actionElement = source.notAction ? 'NotAction' : 'Action';
    this.resourceElement = source.notResource ? 'NotResource' : source.resource ? 'Resource' : null;
    this.principalElement = source.notPrincipal ? 'NotPrincipal' : source.principal ? 'Principal' : null;
  }

  /** The Action or NotAction entries as written. */
  get actionPatterns(): readonly string[] {
    return this.source.notAction ?? this.source.action ?? [];
  }

  get actions(): CompiledPattern[] {
    return (this.compiledActions ??= this.actionPatterns.map(actionPattern));
  }

  get resources(): CompiledResource[] {
    return (this.compiledResources ??= (this.source.notResource ?? this.source.resource ?? []).map(
      (pattern) => compileResourceElement(pattern, this.version),
    ));
  }

  get principals(): CompiledPrincipal[] {
    return (this.compiledPrincipals ??= (this.source.notPrincipal ?? this.source.principal ?? []).map(
      compilePrincipal,
    ));
  }

  get conditions(): CompiledCondition[] {
    return (this.compiledConditions ??= this.source.condition.map((clause) =>
      compileCondition(clause, this.version),
    ));
  }
}

/**
 * Compiled action patterns by their text. Organizations write the same actions in thousands of
 * policies, and the statements of every caller's policies are matched against sts:AssumeRole: at
 * 100k roles, one matcher per written pattern (372k of them) held about 30 MB more than one per
 * distinct text.
 */
const actionPatterns = new Map<string, CompiledPattern>();
const ACTION_PATTERNS_LIMIT = 50_000;

function actionPattern(pattern: string): CompiledPattern {
  let compiled = actionPatterns.get(pattern);
  if (!compiled) {
    if (actionPatterns.size >= ACTION_PATTERNS_LIMIT) actionPatterns.clear();
    compiled = { pattern, testLower: compileLowerActionPattern(pattern) };
    actionPatterns.set(pattern, compiled);
  }
  return compiled;
}

export interface CompiledPolicy {
  kind: PolicyKind;
  name: string;
  /** The scenario document it came from, so a decision can point at the text. */
  documentId?: string;
  version: PolicyVersion | undefined;
  statements: CompiledStatement[];
  /** The parse diagnostics, kept so a result can say a policy had errors. */
  diagnostics: Diagnostic[];
  /** Statement indices by lower-cased exact action. */
  byAction: Map<string, number[]>;
  /** Statements with wildcard actions or NotAction: always candidates. */
  wildcardStatements: number[];
  /** Indices of statements left out unread (ParsedPolicy.skipped): what they say is unknown. */
  skipped?: number[];
}

export function compilePolicy(
  policy: ParsedPolicy,
  kind: PolicyKind,
  name: string,
  diagnostics: Diagnostic[] = [],
  documentId?: string,
): CompiledPolicy {
  const statements = policy.statements.map((s) => new CompiledStatement(s, policy.version));
  const byAction = new Map<string, number[]>();
  const wildcardStatements: number[] = [];
  statements.forEach((statement, index) => {
    const exact =
      statement.actionElement === 'Action' && statement.actionPatterns.every((a) => !hasWildcard(a));
    if (!exact) {
      wildcardStatements.push(index);
      return;
    }
    for (const action of new Set(statement.actionPatterns.map((a) => a.toLowerCase()))) {
      const list = byAction.get(action);
      if (list) list.push(index);
      else byAction.set(action, [index]);
    }
  });
  const compiled: CompiledPolicy = {
    kind,
    name,
    version: policy.version,
    statements,
    diagnostics,
    byAction,
    wildcardStatements,
  };
  if (documentId !== undefined) compiled.documentId = documentId;
  if (policy.skipped) compiled.skipped = policy.skipped;
  return compiled;
}

/**
 * The same compiled policy under another name (and document, or kind): statements and indexes are
 * shared, read-only. Written out rather than spread: every document and role of a 10k-role
 * organization gets one, and a spread of this shape is the slow generic copy in cold code.
 */
export function relabelPolicy(
  policy: CompiledPolicy,
  name: string,
  documentId = policy.documentId,
  kind = policy.kind,
): CompiledPolicy {
  const out: CompiledPolicy = {
    kind,
    name,
    version: policy.version,
    statements: policy.statements,
    diagnostics: policy.diagnostics,
    byAction: policy.byAction,
    wildcardStatements: policy.wildcardStatements,
  };
  if (documentId !== undefined) out.documentId = documentId;
  if (policy.skipped) out.skipped = policy.skipped;
  return out;
}

/** Indices of statements that may match `action` (lower-cased), in document order. */
export function candidateStatements(policy: CompiledPolicy, actionLower: string): number[] {
  const exact = policy.byAction.get(actionLower);
  if (!exact) return policy.wildcardStatements;
  if (policy.wildcardStatements.length === 0) return exact;
  // Merged once per action: the graph asks the same policy about sts:AssumeRole thousands of times.
  // Kept by the exact list, which every relabelled copy of a policy (one per document) shares.
  let merged = mergedCandidates.get(exact);
  if (!merged) {
    merged = [...exact, ...policy.wildcardStatements].sort((a, b) => a - b);
    mergedCandidates.set(exact, merged);
  }
  return merged;
}

const mergedCandidates = new WeakMap<number[], number[]>();
