import { useState } from 'react';
import { changedTexts } from '../../model/documents';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { useEngine } from './ClientsContext';
import { Dialog } from './Dialog';

/** Builds a link holding the whole scenario and view (in the fragment only) and copies it. */
export function ShareButton() {
  const t = useT();
  const store = useAppStoreApi();
  const engine = useEngine();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const close = () => setLink(null);

  const share = async () => {
    const s = store.getState();
    const path =
      s.pathFrom && s.pathTo
        ? { from: s.pathFrom, to: s.pathTo, ...(s.activePath !== null ? { index: s.activePath } : {}) }
        : undefined;
    const { fragment } = await engine.call('encodeLink', {
      scenario: s.scenario,
      texts: changedTexts(s.scenario, s.documentTexts),
      view: {
        dragged: s.dragged,
        ...(s.selection ? { selection: s.selection } : {}),
        ...(path ? { path } : {}),
      },
    });
    const url = `${window.location.origin}${window.location.pathname}#${fragment}`;
    setLink(url);
    copy(url);
  };
  // The clipboard may refuse (no permission, no secure context): the link stays shown to copy by hand.
  const copy = (url: string) => {
    setCopied(false);
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <>
      <button type="button" data-testid={testIds.toolbarShare} onClick={() => void share()}>
        {t('share.copy')}
      </button>
      {link && (
        <Dialog label={t('share.title')} onClose={close}>
          <h2>{t('share.title')}</h2>
          <p className="small">{copied ? t('share.copied') : t('share.copyManually')}</p>
          <input readOnly value={link} data-testid={testIds.shareLink} onFocus={(e) => e.target.select()} />
          <p className="muted small">{t('share.privacy', { length: link.length })}</p>
          <div className="button-row">
            <button type="button" data-testid={testIds.shareCopy} onClick={() => copy(link)}>
              {t('share.copy')}
            </button>
            <button type="button" onClick={close}>
              {t('walk.close')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
