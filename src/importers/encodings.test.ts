import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import { importFiles } from './importFiles';

const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array([0xfe, 0xff, ...le]);
};
const gaad = readFileSync(new URL('./fixtures/gaad-account-b.json', import.meta.url), 'utf8');

describe('file encodings', () => {
  const sample = '{"RoleName": "données-中文-😀"}';

  it('decodes UTF-8 with or without a byte-order mark, and UTF-16LE and BE with one', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeText(utf8)).toBe(sample);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(sample);
    expect(decodeText(utf16le(sample))).toBe(sample);
    expect(decodeText(utf16be(sample))).toBe(sample);
  });

  // What Windows PowerShell 5.1 writes for `aws iam get-account-authorization-details > gaad.json`:
  // UTF-16LE with a byte-order mark, lines ending in CRLF.
  it('imports an account export written by Windows PowerShell as it imports the UTF-8 one', () => {
    const windows = decodeText(utf16le(gaad.replace(/\n/g, '\r\n')));
    const ours = importFiles([{ name: 'gaad.json', text: windows }]);
    const reference = importFiles([{ name: 'gaad.json', text: gaad }]);
    expect(ours.problems).toEqual([]);
    expect(ours.detected).toEqual([{ file: 'gaad.json', format: 'iam-authorization-details' }]);
    expect(ours.scenario).toEqual(reference.scenario);
  });

  // The IAM API returns policy documents URL-encoded (RFC 3986); some dumps keep the document's
  // leading newline (`%0A%7B…`) or write spaces as `+`.
  it('reads URL-encoded documents that open with encoded whitespace or use + for spaces', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    };
    const encoded = encodeURIComponent(`\n${JSON.stringify(document, null, 1)}`).replace(/%20/g, '+');
    expect(encoded.startsWith('%0A%7B')).toBe(true);
    const role = {
      Path: '/',
      RoleName: 'Reader',
      RoleId: 'AROAEXAMPLEREADER0001',
      Arn: 'arn:aws:iam::111122223333:role/Reader',
      CreateDate: '2024-01-01T00:00:00Z',
      AssumeRolePolicyDocument: encodeURIComponent(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      ),
      InstanceProfileList: [],
      RolePolicyList: [{ PolicyName: 'Read', PolicyDocument: encoded }],
      AttachedManagedPolicies: [],
      Tags: [],
    };
    const text = JSON.stringify({
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: [role],
      Policies: [],
    });
    const { scenario, problems } = importFiles([{ name: 'gaad.json', text }]);
    expect(problems).toEqual([]);
    expect(scenario.roles?.[0]?.inlinePolicies).toEqual([{ name: 'Read', document }]);
  });
});
