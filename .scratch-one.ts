import { runSimulation } from '@cloud-copilot/iam-simulate';
import { evaluateRequest, loadBundle } from './src/engine/index';
const A='111111111111';
async function cmp(cond: any, ctx: any, action='s3:GetObject', resource='arn:aws:s3:::bucket-a/x', principal=`arn:aws:iam::${A}:user/alice`, extra: any = {}) {
  const b: any = { request: { principal, action, resource: { resource, accountId: A }, context: ctx }, identityPolicies: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', ...(cond ? { Condition: cond } : {}) }] }], ...extra };
  const l = loadBundle(b);
  const ours = l.problems.length ? 'PROBLEM ' + l.problems.map(p=>p.message) : evaluateRequest(l.request!, l.inputs).decision;
  const r: any = await runSimulation({ request: { principal, action, resource: b.request.resource, contextVariables: { ...ctx, 'aws:PrincipalArn': principal } }, identityPolicies: b.identityPolicies.map((policy: any, i: number) => ({ name: 'p'+i, policy })), serviceControlPolicies: [], resourceControlPolicies: [], ...(extra.resourcePolicy ? { resourcePolicy: extra.resourcePolicy } : {}) }, {});
  console.log(JSON.stringify(cond), JSON.stringify(ctx), extra.resourcePolicy ? 'RBP' : '', '=> ours', ours, 'theirs', r.overallResult ?? JSON.stringify(r.errors));
}
for (const op of ['Null']) for (const v of ['true','false']) await cmp({ [op]: { 'aws:TagKeys': v } }, { 'aws:TagKeys': [] });
await cmp({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'env' } }, { 'aws:TagKeys': [] });
await cmp({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'env' } }, { 'aws:TagKeys': [] });
await cmp({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': 'env' } }, { 'aws:TagKeys': [] });
await cmp({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': 'env' } }, {});
await cmp(null, {}, 'sts:AssumeRole', `arn:aws:iam::${A}:role/app-deploy`);
await cmp(null, {}, 'kms:Decrypt', `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`);
await cmp(null, {}, 'iam:PassRole', `arn:aws:iam::${A}:role/app-deploy`);
