import { describe, expect, it } from 'vitest';
import { serviceCatalogue } from '../../nodeData/serviceCatalogue';
import { galleryEntry } from '../../model/gallery';
import { analyzeScenario } from '../graph/analysis/analyzeScenario';
import { findPaths } from '../graph/queries/paths';
import { prepareScenario } from '../graph/analysis/prepareScenario';
import { accessEdges } from './accessEdges';

const INSTANCE = 'arn:aws:ec2:us-east-1:444455556666:instance/i-0a1b2c3d4e5f67890';
const ROLE_FOR_B = 'arn:aws:iam::111122223333:role/RoleForB';
const BUCKET = 'arn:aws:s3:::account-a-reports';

describe('the access layer', () => {
  it('draws the role that reads the bucket to it, by access level, and completes the path from the instance', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html
    const story = galleryEntry('ec2-cross-account-profile')?.scenario;
    if (!story) throw new Error('the EC2 story is missing');
    const analysis = analyzeScenario(story);
    const edges = accessEdges(prepareScenario(story), analysis, serviceCatalogue());
    expect(edges.map((e) => [e.from, e.to, e.kind, e.accessLevels])).toEqual([
      [ROLE_FOR_B, BUCKET, 'Access', ['List', 'Read']],
    ]);
    const layered = { ...analysis, edges: [...analysis.edges, ...edges] };
    expect(findPaths(layered, INSTANCE, BUCKET)[0]?.nodes).toEqual([
      INSTANCE,
      'arn:aws:iam::444455556666:role/AssumeRoleInA',
      ROLE_FOR_B,
      BUCKET,
    ]);
  });
});
