import { lazy, useState } from 'react';
import { useAction } from '../../state/selectors/actions';
import { useCanRedo, useCanUndo } from '../../state/selectors/scenario';
import { useLanguage, useTheme } from '../../state/selectors/view';
import type { Language } from '../../state/viewSlice';
import { useChooseLanguage } from '../i18n/useChooseLanguage';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { ExportMenu } from './ExportMenu';
import { LazyPart } from './LazyPart';
import { ShareButton } from './ShareButton';

const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
const GalleryDialog = lazy(() => import('./GalleryDialog').then((m) => ({ default: m.GalleryDialog })));

const LANGUAGES: { id: Language; name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'zh-Hans', name: '简体中文' },
  { id: 'zh-Hant', name: '繁體中文' },
];

export function Toolbar() {
  const t = useT();
  const [importing, setImporting] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const undo = useAction('undo');
  const redo = useAction('redo');
  const theme = useTheme();
  const setTheme = useAction('setTheme');
  const language = useLanguage();
  const chooseLanguage = useChooseLanguage();
  const setSearchOpen = useAction('setSearchOpen');

  return (
    <div className="toolbar" role="toolbar">
      <button type="button" data-testid={testIds.toolbarGallery} onClick={() => setBrowsing(true)}>
        {t('toolbar.gallery')}
      </button>
      <button type="button" data-testid={testIds.toolbarImport} onClick={() => setImporting(true)}>
        {t('toolbar.import')}
      </button>
      <button
        type="button"
        data-testid={testIds.toolbarUndo}
        disabled={!canUndo}
        onClick={undo}
        title="Ctrl+Z"
      >
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        data-testid={testIds.toolbarRedo}
        disabled={!canRedo}
        onClick={redo}
        title="Ctrl+Shift+Z"
      >
        {t('toolbar.redo')}
      </button>
      <button
        type="button"
        data-testid={testIds.toolbarSearch}
        onClick={() => setSearchOpen(true)}
        title="Ctrl+K"
      >
        {t('toolbar.search')}
      </button>
      <ShareButton />
      <ExportMenu />
      <button
        type="button"
        data-testid={testIds.toolbarTheme}
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        aria-label={t('toolbar.theme')}
      >
        {theme === 'dark' ? t('toolbar.themeLight') : t('toolbar.themeDark')}
      </button>
      <label className="toolbar__language">
        <span className="visually-hidden">{t('toolbar.language')}</span>
        <select
          data-testid={testIds.toolbarLanguage}
          value={language}
          onChange={(e) => chooseLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      {importing && (
        <LazyPart region="import">
          <ImportDialog onClose={() => setImporting(false)} />
        </LazyPart>
      )}
      {browsing && (
        <LazyPart region="gallery">
          <GalleryDialog onClose={() => setBrowsing(false)} />
        </LazyPart>
      )}
    </div>
  );
}
