import { describe, expect, it } from 'vitest';
import { ec2CrossAccountScenario } from '../model/examples/ec2CrossAccount';
import { loadPreferences, persistPreferences } from './preferences';
import { memoryStorage } from './memoryStorage.testkit';
import { createAppStore } from './store';

describe('theme and language', () => {
  it('follow the browser until the user chooses, Traditional Chinese for zh-TW and zh-HK', () => {
    const empty = memoryStorage();
    expect(loadPreferences(empty, true, 'zh-TW')).toEqual({ theme: 'dark', language: 'zh-Hant' });
    expect(loadPreferences(empty, false, 'zh-HK')).toEqual({ theme: 'light', language: 'zh-Hant' });
    expect(loadPreferences(empty, false, 'zh-CN')).toEqual({ theme: 'light', language: 'zh-Hans' });
    expect(loadPreferences(empty, false, 'de-DE')).toEqual({ theme: 'light', language: 'en' });
  });

  it('are remembered when changed and win over the browser next time', () => {
    const storage = memoryStorage();
    const store = createAppStore(ec2CrossAccountScenario);
    const stop = persistPreferences(store, storage);
    store.getState().setLanguage('zh-Hans');
    store.getState().setTheme('dark');
    stop();
    expect(loadPreferences(storage, false, 'en-US')).toEqual({ theme: 'dark', language: 'zh-Hans' });
  });

  it('fall back to the defaults when what is stored is unreadable or unknown', () => {
    const garbled = memoryStorage({ 'trustscope.preferences': '{not json' });
    expect(loadPreferences(garbled, false, 'en')).toEqual({ theme: 'light', language: 'en' });
    const unknown = memoryStorage({ 'trustscope.preferences': '{"theme":"pink","language":"fr"}' });
    expect(loadPreferences(unknown, true, 'zh')).toEqual({ theme: 'dark', language: 'zh-Hans' });
  });
});
