import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { importFiles } from './importFiles';
import type { ImportFile } from './types';

const load = (name: string): ImportFile => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('Trustscope scenario files', () => {
  it('pass through unchanged', () => {
    const text = JSON.stringify(ec2CrossAccountScenario, null, 2);
    const { scenario, problems, detected } = importFiles([{ name: 'scenario.json', text }]);
    expect(detected).toEqual([{ file: 'scenario.json', format: 'trustscope-scenario' }]);
    expect(problems).toEqual([]);
    expect(scenario).toEqual(ec2CrossAccountScenario);
  });

  it('refuse a newer version with a clear problem', () => {
    const { scenario, problems } = importFiles([load('scenario-newer.json')]);
    expect(scenario.accounts).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'version',
        line: 2,
        severity: 'error',
        code: 'scenario-version-newer',
        message: expect.stringContaining('made by a newer Trustscope') as unknown,
      }),
    ]);
  });

  it('skip entries without their key and lists that are not lists', () => {
    const text =
      '{"version":1,"name":"n","accounts":[{"id":"111122223333","name":"A"},{"name":"no id"}],"roles":{}}';
    const { scenario, problems } = importFiles([{ name: 's.json', text }]);
    expect(scenario.accounts).toEqual([{ id: '111122223333', name: 'A' }]);
    expect(problems.map((p) => p.field)).toEqual(['accounts[1].id', 'roles']);
  });

  it('report a wrongly typed field at its path, line and column, and leave its entry out', () => {
    const scenario = JSON.parse(JSON.stringify(ec2CrossAccountScenario)) as typeof ec2CrossAccountScenario;
    const roles = scenario.roles ?? [];
    const broken = { ...roles[0], permissionsBoundary: { name: 'Boundary', document: { Statement: [] } } };
    const text = JSON.stringify({ ...scenario, roles: [broken, ...roles.slice(1)] }, null, 2);
    const result = importFiles([{ name: 's.json', text }]);
    const line = text.split('\n').findIndex((l) => l.includes('"permissionsBoundary"')) + 1;
    expect(result.problems).toEqual([
      expect.objectContaining({
        field: 'roles[0].permissionsBoundary',
        line,
        column: 30,
        severity: 'error',
        message: expect.stringMatching(
          /^expected a managed policy ARN .*, found an object; roles\[0\] is not imported\.$/,
        ) as unknown,
      }),
    ]);
    expect(result.scenario.roles?.map((r) => r.arn)).toEqual(roles.slice(1).map((r) => r.arn));
  });

  // valibot takes an array for an object; the quick check of a file read with JSON.parse must not.
  it.each([
    ['a role written as a list', (roles: unknown[]) => [[], ...roles.slice(1)], 'roles[0]'],
    [
      'tags written as a list',
      (roles: unknown[]) => [{ ...(roles[0] as object), tags: ['team'] }, ...roles.slice(1)],
      'roles[0].tags',
    ],
  ])('report %s at its path', (_, change, field) => {
    const scenario = JSON.parse(JSON.stringify(ec2CrossAccountScenario)) as typeof ec2CrossAccountScenario;
    const text = JSON.stringify({ ...scenario, roles: change(scenario.roles ?? []) }, null, 2);
    const result = importFiles([{ name: 's.json', text }]);
    expect(result.problems).toEqual([expect.objectContaining({ field, severity: 'error' })]);
  });
});
