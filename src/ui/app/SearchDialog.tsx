import { useEffect, useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useAction } from '../../state/selectors/actions';
import { useAnalysis } from '../../state/selectors/analysis';
import { useSearchOpen } from '../../state/selectors/view';
import { KindIcon } from '../graph/KindIcon';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/** Ctrl+K / Cmd+K: jump to any node by name or id. */
export function SearchDialog() {
  const t = useT();
  const open = useSearchOpen();
  const setOpen = useAction('setSearchOpen');
  const analysis = useAnalysis();
  const select = useAction('select');
  const { getNode, setCenter } = useReactFlow();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpen]);

  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    const nodes = analysis?.nodes ?? [];
    return (
      q === ''
        ? nodes
        : nodes.filter((n) => n.label.toLowerCase().includes(q) || n.id.toLowerCase().includes(q))
    ).slice(0, 30);
  }, [analysis, query]);

  if (!open) return null;
  const jump = (id: string) => {
    select({ kind: 'node', id });
    const node = getNode(id);
    if (node) {
      const abs = node.parentId ? absolute(node.id) : node.position;
      void setCenter(abs.x + (node.measured?.width ?? 0) / 2, abs.y + (node.measured?.height ?? 0) / 2, {
        zoom: 1.2,
        duration: 300,
      });
    }
    setOpen(false);
    setQuery('');
  };
  function absolute(id: string): { x: number; y: number } {
    let x = 0;
    let y = 0;
    for (let n = getNode(id); n; n = n.parentId ? getNode(n.parentId) : undefined) {
      x += n.position.x;
      y += n.position.y;
    }
    return { x, y };
  }

  return (
    <div className="dialog-backdrop" role="presentation" onClick={() => setOpen(false)}>
      <div
        className="dialog dialog--search"
        role="dialog"
        aria-modal="true"
        aria-label={t('toolbar.search')}
        data-testid={testIds.searchDialog}
        onClick={(e) => e.stopPropagation()}
      >
        <input
          autoFocus
          data-testid={testIds.searchInput}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
            if (e.key === 'ArrowDown') setActive(Math.min(active + 1, results.length - 1));
            if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
            const chosen = results[active];
            if (e.key === 'Enter' && chosen) jump(chosen.id);
          }}
        />
        <ul className="search-results" role="listbox">
          {results.length === 0 && <li className="muted">{t('search.noResults')}</li>}
          {results.map((n, i) => (
            <li key={n.id} role="option" aria-selected={i === active}>
              <button
                type="button"
                className={i === active ? 'is-active' : ''}
                data-testid={testIds.searchResult(n.id)}
                onClick={() => jump(n.id)}
              >
                <KindIcon kind={n.kind} size={16} /> {n.label}{' '}
                <span className="mono small muted">{n.id}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
