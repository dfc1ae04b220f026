/**
 * Compile once, evaluate many: a parsed policy becomes matchers prepared up front, and an index from
 * action name to the statements that can match it, so a request only looks at statements that concern
 * its action.
 */
import { compileCondition, type CompiledCondition } from '../conditions/evaluateCondition';
import { compileActionPattern, compileResourceElement, type CompiledResource } from '../match/arn';
import { hasWildcard, type Matcher } from '../match/wildcard';
import type { Diagnostic, Effect, ParsedPolicy, PolicyKind, PolicyStatement, PolicyVersion } from '../types';
import { compilePrincipal, type CompiledPrincipal } from './matchPrincipal';

export interface CompiledPattern {
  pattern: string;
  test: Matcher;
}

export interface CompiledStatement {
  source: PolicyStatement;
  effect: Effect;
  actionElement: 'Action' | 'NotAction';
  actions: CompiledPattern[];
  resourceElement: 'Resource' | 'NotResource' | null;
  resources: CompiledResource[];
  principalElement: 'Principal' | 'NotPrincipal' | null;
  principals: CompiledPrincipal[];
  conditions: CompiledCondition[];
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
}

export function compilePolicy(
  policy: ParsedPolicy,
  kind: PolicyKind,
  name: string,
  diagnostics: Diagnostic[] = [],
  documentId?: string,
): CompiledPolicy {
  const statements = policy.statements.map((s) => compileStatement(s, policy.version));
  const byAction = new Map<string, number[]>();
  const wildcardStatements: number[] = [];
  statements.forEach((statement, index) => {
    const exact =
      statement.actionElement === 'Action' && statement.actions.every((a) => !hasWildcard(a.pattern));
    if (!exact) {
      wildcardStatements.push(index);
      return;
    }
    for (const action of new Set(statement.actions.map((a) => a.pattern.toLowerCase()))) {
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
  return compiled;
}

function compileStatement(s: PolicyStatement, version: PolicyVersion | undefined): CompiledStatement {
  const actionElement = s.notAction ? 'NotAction' : 'Action';
  const actions = (s.notAction ?? s.action ?? []).map((pattern) => ({
    pattern,
    test: compileActionPattern(pattern),
  }));
  const resourceElement = s.notResource ? 'NotResource' : s.resource ? 'Resource' : null;
  const resources = (s.notResource ?? s.resource ?? []).map((pattern) =>
    compileResourceElement(pattern, version),
  );
  const principalElement = s.notPrincipal ? 'NotPrincipal' : s.principal ? 'Principal' : null;
  const principals = (s.notPrincipal ?? s.principal ?? []).map(compilePrincipal);
  const conditions = s.condition.map((clause) => compileCondition(clause, version));
  return {
    source: s,
    effect: s.effect,
    actionElement,
    actions,
    resourceElement,
    resources,
    principalElement,
    principals,
    conditions,
  };
}

/** Indices of statements that may match `action` (lower-cased), in document order. */
export function candidateStatements(policy: CompiledPolicy, actionLower: string): number[] {
  const exact = policy.byAction.get(actionLower);
  if (!exact) return policy.wildcardStatements;
  if (policy.wildcardStatements.length === 0) return exact;
  return [...exact, ...policy.wildcardStatements].sort((a, b) => a - b);
}
