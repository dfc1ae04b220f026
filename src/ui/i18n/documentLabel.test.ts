import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../model/documents';
import { ec2CrossAccountScenario } from '../../model/examples/ec2CrossAccount';
import { documentLabel } from './documentLabel';
import { translate, type Translate } from './useT';

const tOf =
  (language: 'en' | 'zh-Hans' | 'zh-Hant'): Translate =>
  (key, params) =>
    translate(language, key, params);

describe('document labels', () => {
  it('name a trust policy in the learner’s language and keep a policy’s own name', () => {
    const labels = (language: 'en' | 'zh-Hans' | 'zh-Hant') =>
      listDocuments(ec2CrossAccountScenario).map((d) => documentLabel(d, tOf(language)));
    expect(labels('en')).toContain('RoleForB · trust policy');
    expect(labels('zh-Hans')).toContain('RoleForB · 信任策略');
    expect(labels('zh-Hant')).toContain('RoleForB · 信任政策');
    expect(labels('zh-Hans')).toContain('RoleForB · ReadOnlyS3');
  });
});
