/** `aws lambda list-functions`: every function runs as its execution role. */
import type { LambdaFunctionSpec } from '../model/scenario';
import { isIamRoleArn, splitArn } from './common';
import { elements, prop, propStr, type Located, type Reporter } from './located';
import type { ScenarioFragment } from './types';

export function importLambdaFunctions(doc: Located, reporter: Reporter): ScenarioFragment {
  const lambdaFunctions: LambdaFunctionSpec[] = [];
  for (const item of elements(prop(doc, 'Functions'))) {
    const arn = propStr(item, 'FunctionArn');
    const parts = arn === undefined ? undefined : splitArn(arn);
    if (arn === undefined || parts?.service !== 'lambda' || !/^\d{12}$/.test(parts.account)) {
      reporter.error('lambda-function-arn-missing', {}, prop(item, 'FunctionArn') ?? item);
      continue;
    }
    const roleArn = propStr(item, 'Role');
    if (roleArn === undefined || !isIamRoleArn(roleArn)) {
      reporter.error('lambda-role-invalid', { arn }, prop(item, 'Role') ?? item);
      continue;
    }
    lambdaFunctions.push({ arn, roleArn });
  }
  if (lambdaFunctions.length === 0) reporter.warning('lambda-empty', {});
  return lambdaFunctions.length > 0 ? { lambdaFunctions } : {};
}
