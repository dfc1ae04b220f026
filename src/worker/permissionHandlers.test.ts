import { describe, expect, it } from 'vitest';
import { analyzeScenario, prepareScenario } from '../engine';
import { galleryEntry } from '../model/gallery';
import { permissionHandlers } from './permissionHandlers';

const story = galleryEntry('ec2-cross-account-profile')?.scenario;
if (!story) throw new Error('the EC2 story is missing');
const latest = { analysis: analyzeScenario(story), prepared: prepareScenario(story) };
const handlers = permissionHandlers(() => latest);
const context = { progress: () => undefined };

const INSTANCE = 'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890';
const BUCKET = 'arn:aws:s3:::account-a-reports';

describe('the engine worker’s effective permissions', () => {
  it('loads the service reference from the build’s chunks and answers what the instance can do', async () => {
    const answer = await handlers.permissions({ node: INSTANCE, includeDenied: false }, context);
    expect(answer.chains).toBe(2);
    expect(answer.chainsShown).toBe(2);
    const read = answer.rows.find((r) => r.action === 's3:GetObject');
    expect(read).toMatchObject({
      decision: 'Allowed',
      resources: [`${BUCKET}/*`],
      resourceNames: ['account-a-reports/*'],
    });
  });

  it('answers who can reach the bucket, and replays a row with its trace', async () => {
    const { rows } = await handlers.whoCanAccess({ resource: BUCKET, includeDenied: false }, context);
    const fromInstance = rows.find((r) => r.principal === INSTANCE && r.action === 's3:GetObject');
    expect(fromInstance?.via).toHaveLength(3);
    const { result } = await handlers.explainPermission(
      { via: fromInstance?.via ?? [], action: 's3:GetObject', resource: `${BUCKET}/*` },
      context,
    );
    expect(result?.decision).toBe('Allowed');
    expect(result?.trace.steps.length).toBeGreaterThan(0);
    const gone = await handlers.explainPermission(
      { via: [INSTANCE, BUCKET], action: 's3:GetObject', resource: BUCKET },
      context,
    );
    expect(gone.result).toBeNull();
  });
});
