import { useEffect, useState } from 'react';
import type { GalleryEntry } from '../../model/gallery';
import { storyScenario } from '../../model/gallery/storyScenario';
import { openScenarioInStore } from '../../state/store';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useLanguage } from '../../state/selectors/view';
import { newId } from '../../state/persistence/library';
import { restoreView } from '../../state/restoreView';
import { storyOf } from '../../state/walkSlice';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { Dialog } from './Dialog';
import { useEngine } from './ClientsContext';
import { useLibrary } from './LibraryContext';

/** The built-in scenarios, loaded on demand; opening one saves nothing until it is changed. */
export function GalleryDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const language = useLanguage();
  const store = useAppStoreApi();
  const library = useLibrary();
  const engine = useEngine();
  const [entries, setEntries] = useState<GalleryEntry[] | null>(null);

  useEffect(() => {
    void import('../../model/gallery').then((m) => setEntries(m.gallery));
  }, []);

  /** Opens the story with its featured path shown, and plays its walk-through if asked to. */
  const open = async (entry: GalleryEntry, play: boolean) => {
    const scenario = storyScenario(entry, language);
    if (library) await library.openUnsaved(scenario);
    else openScenarioInStore(store, { id: newId(), scenario });
    store.getState().setStory(storyOf(entry, false));
    restoreView(store, engine, { path: { ...entry.featuredPath, index: 0 } });
    if (play) store.getState().playWalk();
    onClose();
  };

  return (
    <Dialog label={t('gallery.title')} onClose={onClose} testId={testIds.galleryDialog} wide>
      <h2>{t('gallery.title')}</h2>
      {!entries && <p>{t('editor.loading')}</p>}
      <ol className="gallery">
        {entries?.map((entry) => (
          <li key={entry.id} className="gallery__card">
            <h3>{entry.title[language]}</h3>
            <p>{entry.summary[language]}</p>
            <details>
              <summary>{t('gallery.lesson')}</summary>
              <p className="small">{entry.lesson[language]}</p>
            </details>
            <div className="button-row">
              <button
                type="button"
                data-testid={testIds.galleryOpen(entry.id)}
                onClick={() => void open(entry, false)}
              >
                {t('gallery.open')}
              </button>
              <button
                type="button"
                data-testid={testIds.galleryPlay(entry.id)}
                onClick={() => void open(entry, true)}
              >
                {t('walk.openAndPlay')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onClose}>
        {t('walk.close')}
      </button>
    </Dialog>
  );
}
