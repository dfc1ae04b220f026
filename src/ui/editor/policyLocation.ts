/**
 * "Where is the cursor?" for a policy being typed: inside an action, a resource, a condition key or
 * operator, or elsewhere. The engine's parser is strict and gives up on the half-written JSON an
 * editor holds most of the time; jsonc-parser's `parseTree` recovers what it can (an unterminated
 * string ends at the line end, missing commas and closing brackets are tolerated, comments are
 * skipped), which is all the neighbourhood of the cursor needs. Pure: no Monaco, runs in Node.
 */
import { findNodeAtOffset, parseTree, type Node } from 'jsonc-parser';

export type CursorKind = 'action' | 'resource' | 'conditionKey' | 'conditionOperator' | 'other';

export interface CursorContext {
  kind: CursorKind;
  /** The element the string belongs to (Action, NotAction, Resource, NotResource, Condition). */
  element?: string;
  /** For a condition key: the operator it sits under. */
  operator?: string;
  /** The whole string as written between its quotes (empty when the cursor is not in a string). */
  text: string;
  /** The part of `text` before the cursor. */
  prefix: string;
  /** Offset of the first character inside the quotes. */
  contentStart: number;
  /** Offset just past the last character inside the quotes. */
  contentEnd: number;
  /** The Action strings of the enclosing statement, as written. */
  statementActions: string[];
  /** The NotAction strings of the enclosing statement, as written. */
  statementNotActions: string[];
}

const LISTS = new Set(['Action', 'NotAction', 'Resource', 'NotResource']);

/**
 * The tree of as much of `text` as can be recovered, or undefined for no value. parseTree recurses
 * once per level of nesting, so text nested deeper than the stack allows (no policy is) has none.
 */
function parseLoose(text: string): Node | undefined {
  try {
    return parseTree(text, [], { allowTrailingComma: true });
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The value of `key` in an object node (the first, when a key is repeated). */
const valueOf = (object: Node | undefined, key: string): Node | undefined =>
  object?.type === 'object'
    ? object.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1]
    : undefined;

/** The statement objects of a policy: `Statement` as an object or as an array of objects. */
function statementsOf(root: Node | undefined): Node[] {
  const statement = valueOf(root, 'Statement');
  if (statement?.type === 'object') return [statement];
  if (statement?.type === 'array') return (statement.children ?? []).filter((i) => i.type === 'object');
  return [];
}

const stringsOf = (node: Node | undefined): string[] =>
  node?.type === 'string'
    ? [node.value as string]
    : node?.type === 'array'
      ? (node.children ?? []).flatMap((i) => (i.type === 'string' ? [i.value as string] : []))
      : [];

const elementStrings = (statement: Node, element: string): string[] =>
  (statement.children ?? [])
    .filter((p) => p.children?.[0]?.value === element)
    .flatMap((p) => stringsOf(p.children?.[1]));

/** Whether a string node ends with its closing quote (an unterminated one ends at the line end). */
function isClosed(text: string, node: Node): boolean {
  const end = node.offset + node.length;
  if (node.length < 2 || text[end - 1] !== '"') return false;
  let slashes = 0;
  for (let i = end - 2; i > node.offset && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}

/** Is `offset` between the quotes of a string (the closing quote's position counts as inside)? */
function inString(text: string, node: Node, offset: number): boolean {
  const end = node.offset + node.length;
  return (
    node.type === 'string' && offset > node.offset && (isClosed(text, node) ? offset < end : offset <= end)
  );
}

/** The property a node is the key of, or undefined when it is a value. */
const keyOf = (node: Node): Node | undefined =>
  node.parent?.type === 'property' && node.parent.children?.[0] === node ? node.parent : undefined;

/** The key of the property whose value is `value`, when its object is `object`. */
function propertyName(value: Node | undefined, object: Node | undefined): string | undefined {
  const property = value?.parent;
  if (property?.type !== 'property' || property.parent !== object || property.children?.[1] !== value)
    return undefined;
  return property.children?.[0]?.value as string | undefined;
}

/** What a string inside `statement` is: an element's value, a condition operator or a condition key. */
function classify(
  node: Node,
  statement: Node,
): Pick<CursorContext, 'kind' | 'element' | 'operator'> | undefined {
  const key = keyOf(node);
  if (!key) {
    const holder = node.parent?.type === 'array' ? node.parent : node;
    const element = propertyName(holder, statement);
    if (element === undefined || !LISTS.has(element)) return undefined;
    return { kind: element.endsWith('Action') ? 'action' : 'resource', element };
  }
  const keys = key.parent;
  if (propertyName(keys, statement) === 'Condition')
    return { kind: 'conditionOperator', element: 'Condition' };
  const condition = keys?.parent?.parent;
  if (keys?.type !== 'object' || propertyName(condition, statement) !== 'Condition') return undefined;
  const operator = propertyName(keys, condition);
  return operator === undefined ? undefined : { kind: 'conditionKey', element: 'Condition', operator };
}

/** Classify the cursor at `offset` (0-based, in UTF-16 units like Monaco's `getOffsetAt`). */
export function cursorContext(text: string, offset: number): CursorContext {
  const other: CursorContext = {
    kind: 'other',
    text: '',
    prefix: '',
    contentStart: offset,
    contentEnd: offset,
    statementActions: [],
    statementNotActions: [],
  };
  const statement = statementsOf(parseLoose(text)).find(
    (s) => offset > s.offset && offset <= s.offset + s.length,
  );
  if (!statement) return other;
  const lists = {
    statementActions: elementStrings(statement, 'Action'),
    statementNotActions: elementStrings(statement, 'NotAction'),
  };
  const node = findNodeAtOffset(statement, offset, true);
  const found = node && inString(text, node, offset) ? classify(node, statement) : undefined;
  if (!node || !found) return { ...other, ...lists };
  const contentStart = node.offset + 1;
  const contentEnd = node.offset + node.length - (isClosed(text, node) ? 1 : 0);
  return {
    ...found,
    text: text.slice(contentStart, contentEnd),
    prefix: text.slice(contentStart, offset),
    contentStart,
    contentEnd,
    ...lists,
  };
}
