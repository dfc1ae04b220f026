import { describe, expect, it } from 'vitest';
import '../../i18n/everyCatalogue';
import { translator } from '../../i18n/translate';
import { decodeShareFragment } from '../../share';
import { linkErrorText } from './linkErrorText';

describe('linkErrorText', () => {
  it('words a damaged link in each language, the English as the share module says it', () => {
    const decoded = decodeShareFragment('#s=1.d.!!!');
    if (decoded.ok) throw new Error('the link should not open');
    expect(linkErrorText(decoded.error, translator('en'))).toBe(decoded.error.message);
    expect(linkErrorText(decoded.error, translator('zh-Hans'))).toBe(
      '此链接已损坏（其中包含我们的链接从不会有的字符）；它可能在复制时被截断了。',
    );
    expect(linkErrorText(decoded.error, translator('zh-Hant'))).toContain('此連結已損毀');
  });

  it('words a link from a newer version with its format number', () => {
    const decoded = decodeShareFragment('#s=999.d.x');
    if (decoded.ok) throw new Error('the link should not open');
    expect(linkErrorText(decoded.error, translator('en'))).toBe(decoded.error.message);
    expect(linkErrorText(decoded.error, translator('zh-Hans'))).toContain('链接格式 999');
  });
});
