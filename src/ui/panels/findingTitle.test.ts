import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/useT';
import { findingTitle } from './findingTitle';

describe('finding titles', () => {
  it('come out in the chosen language, with unknown titles left as the engine wrote them', () => {
    const zh = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate('zh-Hans', key, params);
    expect(findingTitle('Anyone can assume this role', zh)).toBe('任何人都可以代入此角色');
    expect(findingTitle('Configured PodIdentity that cannot work', zh)).toBe(
      '已配置但无法工作的 PodIdentity',
    );
    expect(findingTitle('Something new', zh)).toBe('Something new');
  });
});
