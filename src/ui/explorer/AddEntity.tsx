import { lazy, useState } from 'react';
import { LazyPart } from '../app/LazyPart';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

const KINDS = [
  'account',
  'role',
  'user',
  'cluster',
  'workload',
  'instance',
  'resource',
  'group',
  'provider',
  'profile',
] as const;
export type AddKind = (typeof KINDS)[number];

const AddEntityForm = lazy(() => import('./AddEntityForm').then((m) => ({ default: m.AddEntityForm })));

/**
 * The explorer's "Add" section: pick what to add, fill in its form. Each add is one undoable step
 * (Undo in the toolbar, or Ctrl+Z outside text fields) and selects what it added.
 */
export function AddEntity() {
  const t = useT();
  const [kind, setKind] = useState<AddKind>('role');
  return (
    <details className="add-entity" data-testid={testIds.addEntity}>
      <summary className="panel-subheading">{t('add.title')}</summary>
      <label style={{ display: 'flex', flexDirection: 'column', fontSize: 12, margin: '6px 0' }}>
        {t('add.kind')}
        <select
          data-testid={testIds.addKind}
          value={kind}
          onChange={(e) => setKind(e.target.value as AddKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`add.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <LazyPart region="add form">
        <AddEntityForm kind={kind} />
      </LazyPart>
    </details>
  );
}
