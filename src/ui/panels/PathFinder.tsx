import { useDeferredValue, useMemo } from 'react';
import { useAction } from '../../state/selectors/actions';
import { useAnalysis } from '../../state/selectors/analysis';
import { useActivePath, usePathFrom, usePathTo, usePaths, useWhyNot } from '../../state/selectors/selection';
import { useEngine } from '../app/ClientsContext';
import { chainText } from '../../i18n/chainText';
import { sessionDuration } from '../i18n/sessionDuration';
import { sessionNoteText } from '../i18n/sessionNote';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { WhyNotSentence } from './WhyNotSentence';

const listKeys = new WeakMap<object, number>();
let listCount = 0;

/** A key per list of options (by identity), for its <select> (see `optionsKey`). */
function listKey(list: object): number {
  let key = listKeys.get(list);
  if (key === undefined) listKeys.set(list, (key = ++listCount));
  return key;
}

/** Pick a source and a target: every path, shortest first, or the reason there is none. */
export function PathFinder() {
  const t = useT();
  const engine = useEngine();
  const analysis = useAnalysis();
  const pathFrom = usePathFrom();
  const pathTo = usePathTo();
  const paths = usePaths();
  const activePath = useActivePath();
  const whyNot = useWhyNot();
  const setPathEnds = useAction('setPathEnds');
  const setPaths = useAction('setPaths');
  const choosePath = useAction('choosePath');
  const openDocument = useAction('openDocument');
  const playWalk = useAction('playWalk');
  const nodes = useMemo(() => analysis?.nodes.filter((n) => n.kind !== 'account') ?? [], [analysis]);
  const label = useMemo(() => new Map(nodes.map((n) => [n.id, n.label])), [nodes]);
  // Thousands of options: rendered after the graph, as a low-priority update React can split.
  const pickable = useDeferredValue(nodes);
  const options = useMemo(
    () =>
      pickable.map((n) => (
        <option key={n.id} value={n.id}>
          {n.label} — {t(`kind.${n.kind}`)}
        </option>
      )),
    [pickable, t],
  );
  // A new list of options mounts a new <select>: React inserts it whole. Added one by one into the
  // old one, each option would look past all the others for its place, quadratic in their number.
  const optionsKey = listKey(pickable);

  const find = async () => {
    if (!pathFrom || !pathTo) return;
    const { paths: found } = await engine.call('paths', { from: pathFrom, to: pathTo });
    const why = found.length === 0 ? await engine.call('whyNot', { from: pathFrom, to: pathTo }) : null;
    setPaths(found, why);
  };

  const picker = (
    value: string | null,
    onChange: (id: string | null) => void,
    testId: string,
    name: string,
  ) => (
    <label className="path-finder__end">
      {name}
      <select
        key={optionsKey}
        data-testid={testId}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{t('paths.pick')}</option>
        {options}
      </select>
    </label>
  );

  return (
    <section className="path-finder" aria-label={t('paths.title')}>
      <h3>{t('paths.title')}</h3>
      {picker(pathFrom, (id) => setPathEnds(id, pathTo), testIds.pathFrom, t('paths.from'))}
      {picker(pathTo, (id) => setPathEnds(pathFrom, id), testIds.pathTo, t('paths.to'))}
      <div className="button-row">
        <button
          type="button"
          data-testid={testIds.pathFind}
          disabled={!pathFrom || !pathTo}
          onClick={() => void find()}
        >
          {t('paths.find')}
        </button>
        <button type="button" onClick={() => setPathEnds(null, null)}>
          {t('paths.clear')}
        </button>
      </div>
      {paths && paths.length > 0 && (
        <>
          <p className="muted small">{t('paths.count', { count: paths.length })}</p>
          <ol className="path-list">
            {paths.map((p, i) => (
              <li key={p.edges.join('|')} className="path-row">
                <button
                  type="button"
                  className={`path-item${i === activePath ? ' is-active' : ''}`}
                  data-testid={testIds.pathResult(i)}
                  onClick={() => choosePath(i === activePath ? null : i)}
                >
                  {chainText(p.nodes, p.hops, (id) => label.get(id) ?? id, t)}
                </button>
                <button
                  type="button"
                  className="path-row__play"
                  data-testid={testIds.pathPlay(i)}
                  aria-label={t('walk.playPath', { n: i + 1 })}
                  onClick={() => {
                    choosePath(i);
                    playWalk();
                  }}
                >
                  {t('walk.play')}
                </button>
                <div className="muted small">
                  {t('paths.session', { duration: sessionDuration(p.session.maxDurationSeconds, t) })}
                  {p.session.notes.length > 0
                    ? ` · ${p.session.notes.map((n) => sessionNoteText(n, t)).join(' ')}`
                    : ''}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {paths && paths.length === 0 && (
        <div className="why-not" data-testid={testIds.pathNone}>
          <p>
            <strong>{t('paths.none')}</strong> {t('paths.whyNot')}
          </p>
          {whyNot && <WhyNotSentence answer={whyNot} />}
          {whyNot?.documentId && (
            <button
              type="button"
              className="link-button"
              data-testid={testIds.whyNotOpen}
              onClick={() => openDocument(whyNot.documentId as string, whyNot.range)}
            >
              {t('edge.openAt', { line: whyNot.range?.start.line ?? 1 })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
