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
      reporter.error(
        'A function has no FunctionArn like arn:aws:lambda:REGION:ACCOUNT:function:NAME; it is skipped.',
        prop(item, 'FunctionArn') ?? item,
      );
      continue;
    }
    const roleArn = propStr(item, 'Role');
    if (roleArn === undefined || !isIamRoleArn(roleArn)) {
      reporter.error(
        `Function ${arn} has no Role that is an IAM role ARN; it is skipped.`,
        prop(item, 'Role') ?? item,
      );
      continue;
    }
    lambdaFunctions.push({ arn, roleArn });
  }
  if (lambdaFunctions.length === 0) reporter.warning('The file holds no functions.');
  return lambdaFunctions.length > 0 ? { lambdaFunctions } : {};
}
