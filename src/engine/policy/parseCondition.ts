/**
 * The Condition block: `{ Operator: { key: value | [values] } }`.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
 */
import type { JsonNode } from '../../foundation/json/parseJson';
import type { ConditionClause } from '../types';
import {
  isBooleanText,
  isDateText,
  isIpText,
  isKnownSingleValuedKey,
  isNumericText,
  parseOperator,
  suggestOperator,
  type ParsedOperator,
} from './conditionOperators';
import {
  describeNode,
  element,
  indexProperties,
  propertyRange,
  report,
  suggest,
  warnLiteralVariable,
  type LocatedString,
  type PolicyCheck,
} from './policyContext';

/** Condition values as AWS compares them: text, with numbers as written and booleans as "true"/"false". */
function readConditionValues(check: PolicyCheck, key: string, node: JsonNode): LocatedString[] | undefined {
  const scalar = (item: JsonNode): LocatedString | undefined => {
    switch (item.kind) {
      case 'string':
        return { value: item.value, range: item.range };
      case 'number':
        return { value: item.raw, range: item.range };
      case 'boolean':
        return { value: String(item.value), range: item.range };
      default:
        return undefined;
    }
  };
  if (node.kind !== 'array') {
    const one = scalar(node);
    if (one === undefined)
      report(
        check,
        'WRONG_TYPE',
        node.range,
        { kind: 'conditionKey', key },
        'conditionValues',
        describeNode(node),
      );
    return one === undefined ? undefined : [one];
  }
  if (node.items.length === 0) {
    report(check, 'EMPTY_CONDITION_VALUES', node.range, key);
    return undefined;
  }
  const values: LocatedString[] = [];
  for (const item of node.items) {
    const one = scalar(item);
    if (one === undefined)
      report(
        check,
        'WRONG_TYPE',
        item.range,
        { kind: 'eachConditionValue', key },
        'conditionValue',
        describeNode(item),
      );
    else values.push(one);
  }
  return values;
}

function checkValues(
  check: PolicyCheck,
  operatorText: string,
  operator: ParsedOperator,
  values: LocatedString[],
): void {
  for (const { value, range } of values) {
    switch (operator.family) {
      case 'null':
        if (!isBooleanText(value)) report(check, 'INVALID_NULL_VALUE', range, value);
        break;
      case 'bool':
        // The AWS pages disagree on whether Bool takes variables, so a variable is not flagged here.
        if (!isBooleanText(value) && !value.includes('${')) report(check, 'INVALID_BOOL_VALUE', range, value);
        else warnLiteralVariable(check, value, range);
        break;
      case 'numeric':
        if (!isNumericText(value)) report(check, 'INVALID_NUMERIC_VALUE', range, operatorText, value);
        break;
      case 'date':
        if (!isDateText(value)) report(check, 'INVALID_DATE_VALUE', range, operatorText, value);
        break;
      case 'ip':
        if (!isIpText(value)) report(check, 'INVALID_IP_VALUE', range, operatorText, value);
        break;
      case 'string':
      case 'arn':
        warnLiteralVariable(check, value, range);
        break;
      case 'binary':
        break;
    }
  }
}

export function parseCondition(check: PolicyCheck, node: JsonNode): ConditionClause[] {
  if (node.kind !== 'object') {
    report(check, 'WRONG_TYPE', node.range, element('Condition'), 'operatorBlock', describeNode(node));
    return [];
  }
  const clauses: ConditionClause[] = [];
  const operators = indexProperties(check, node, undefined, () => undefined);
  for (const [operatorText, operatorProperty] of operators) {
    const operator = parseOperator(operatorText);
    if (operator === undefined) {
      report(
        check,
        'UNKNOWN_CONDITION_OPERATOR',
        operatorProperty.keyRange,
        operatorText,
        suggestOperator(operatorText, suggest),
      );
    } else if (operator.family === 'null' && operator.ifExists) {
      report(check, 'IF_EXISTS_ON_NULL', operatorProperty.keyRange);
    }
    const block = operatorProperty.value;
    if (block.kind !== 'object') {
      report(
        check,
        'WRONG_TYPE',
        block.range,
        { kind: 'conditionOperator', operator: operatorText },
        'keyBlock',
        describeNode(block),
      );
      continue;
    }
    const keys = indexProperties(check, block, undefined, () => undefined);
    for (const [key, keyProperty] of keys) {
      if (operator?.qualifier !== undefined && isKnownSingleValuedKey(key)) {
        report(check, 'SET_OPERATOR_ON_SINGLE_VALUED_KEY', keyProperty.keyRange, operator.qualifier, key);
      }
      // An unreadable value list stays as an empty clause rather than vanishing: dropping it
      // would silently widen an Allow.
      const values = readConditionValues(check, key, keyProperty.value) ?? [];
      if (operator !== undefined) checkValues(check, operatorText, operator, values);
      clauses.push({
        operator: operatorText,
        key,
        values: values.map((v) => v.value),
        range: propertyRange(keyProperty),
      });
    }
  }
  return clauses;
}
