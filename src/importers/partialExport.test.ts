import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from './importFiles';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('an export that is one page of a longer listing', () => {
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
  // (IsTruncated, Marker) and https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-pagination.html
  // (NextToken, printed when --max-items cuts the listing).
  it.each([
    [
      'the IAM API (IsTruncated and Marker)',
      'gaad-account-b.json',
      { IsTruncated: true, Marker: 'AAE3rfyJ' },
      'Marker',
    ],
    [
      'the CLI with --max-items (NextToken)',
      'gaad-account-b.json',
      { NextToken: 'eyJNYXJrZXIiOiBudWxsfQ==' },
      'NextToken',
    ],
    [
      'EC2 describe-instances (NextToken)',
      'ec2-describe-instances.json',
      { NextToken: 'AAEAAb' },
      'NextToken',
    ],
  ])('is named, with where, when it comes from %s, and the page is imported', (_, name, extra, field) => {
    const page = { ...fixture(name), ...extra };
    const complete = importFiles([{ name, text: JSON.stringify(fixture(name), null, 2) }]);
    const result = importFiles([{ name, text: JSON.stringify(page, null, 2) }]);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: name, severity: 'warning', field, line: expect.any(Number) as number }),
      ...complete.problems,
    ]);
    expect(result.problems[0]?.message).toContain('one page of a longer listing');
    expect(result.scenario).toEqual(complete.scenario);
  });

  it('is not named for a complete listing (IsTruncated false, no token)', () => {
    const page = { ...fixture('gaad-account-b.json'), IsTruncated: false };
    expect(importFiles([{ name: 'gaad.json', text: JSON.stringify(page) }]).problems).toEqual([]);
  });
});
