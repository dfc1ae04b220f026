/**
 * The plain-data shapes shared by every part of the engine. Everything here survives
 * structured clone and JSON, so results cross the worker boundary and print from the CLI as is.
 */

import type { SourceRange } from '../foundation/types';

export type { Diagnostic, PolicyKind, Position, Severity, SourceRange } from '../foundation/types';

export type Effect = 'Allow' | 'Deny';

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** One principal named in a Principal or NotPrincipal element. A bare `"*"` becomes `{ type: 'AWS', value: '*' }`. */
export interface PrincipalValue {
  type: PrincipalType;
  value: string;
  range?: SourceRange;
}

/** One key under one operator of a Condition block, values as written (numbers and booleans stringified). */
export interface ConditionClause {
  operator: string;
  key: string;
  values: string[];
  range?: SourceRange;
}

export type StatementElement =
  | 'Sid'
  | 'Effect'
  | 'Principal'
  | 'NotPrincipal'
  | 'Action'
  | 'NotAction'
  | 'Resource'
  | 'NotResource'
  | 'Condition';

/** A statement as the author wrote it, normalised (single values become one-element lists). */
export interface PolicyStatement {
  /** Position of the statement in the policy, 0-based. */
  index: number;
  sid?: string;
  effect: Effect;
  principal?: PrincipalValue[];
  notPrincipal?: PrincipalValue[];
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  condition: ConditionClause[];
  range?: SourceRange;
}

export type PolicyVersion = '2012-10-17' | '2008-10-17';

export interface ParsedPolicy {
  /** Absent when the document has no Version element: AWS then treats it as 2008-10-17. */
  version?: PolicyVersion;
  id?: string;
  statements: PolicyStatement[];
  /** Indices of statements left out for lacking what evaluation needs (see parsePolicy). */
  skipped?: number[];
}

/** Values of a request context: a single string, or a list for multivalued keys. */
export type ContextValue = string | number | boolean | readonly (string | number | boolean)[];
