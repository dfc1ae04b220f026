import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/scenario';
import { importFiles } from './importFiles';
import type { ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});
const GITHUB = 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com';

describe('Lambda functions', () => {
  it('reads each function and its execution role', () => {
    const { scenario, problems } = importFiles([load('lambda-list-functions.json')]);
    expect(problems).toEqual([]);
    expect(scenario.lambdaFunctions).toEqual([
      {
        arn: 'arn:aws:lambda:us-east-1:444455556666:function:report-builder',
        roleArn: 'arn:aws:iam::444455556666:role/service-role/report-builder-role-x1y2z3',
      },
    ]);
  });
});

describe('identity providers', () => {
  it('reads OIDC and SAML provider lists', () => {
    const { scenario } = importFiles([load('oidc-providers.json'), load('saml-providers.json')]);
    expect(scenario.identityProviders?.map((p) => p.arn)).toEqual([
      'arn:aws:iam::444455556666:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
      GITHUB,
      'arn:aws:iam::111122223333:saml-provider/Okta',
    ]);
  });

  it('gives get-open-id-connect-provider the ARN of the listed provider with the same URL', () => {
    const { scenario, problems } = importFiles([
      load('oidc-provider-get.json'),
      load('oidc-providers.json'),
      load('saml-providers.json'),
    ]);
    expect(problems).toEqual([]);
    expect(scenario.identityProviders?.find((p) => p.arn === GITHUB)?.clientIds).toEqual([
      'sts.amazonaws.com',
    ]);
  });

  it('builds the ARN from the only account, or reports that it cannot', () => {
    const single: Scenario = { version: 1, name: 's', accounts: [{ id: '444455556666', name: 'B' }] };
    expect(importFiles([load('oidc-provider-get.json')], single).scenario.identityProviders).toEqual([
      { arn: GITHUB, clientIds: ['sts.amazonaws.com'] },
    ]);
    const none = importFiles([load('oidc-provider-get.json')]);
    expect(none.scenario.identityProviders).toBeUndefined();
    expect(none.problems).toEqual([
      expect.objectContaining({
        file: 'oidc-provider-get.json',
        field: 'Url',
        line: 2,
        severity: 'error',
        code: 'oidc-provider-account-unknown',
        params: { count: 0 },
      }),
    ]);
  });
});
