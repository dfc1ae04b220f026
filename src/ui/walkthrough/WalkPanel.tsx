import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAction } from '../../state/selectors/actions';
import { useScenario } from '../../state/selectors/scenario';
import { useActiveTrustPath } from '../../state/selectors/selection';
import { useLanguage } from '../../state/selectors/view';
import { useStory, useWalkStep } from '../../state/selectors/walk';
import { sessionDuration } from '../i18n/sessionDuration';
import { sessionNoteText } from '../i18n/sessionNote';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { HopView } from './HopView';
import type { HopLesson } from './hopLesson';
import { useWalkLessons } from './useWalkLessons';
import { walkKey } from './walkKeys';

/**
 * The walk-through beside the graph, hop by hop, while the graph shows the hop (WalkHopOnGraph).
 * It takes the keyboard when it opens (arrows or N/P move, Escape closes) and gives it back after.
 */
export function WalkPanel() {
  const t = useT();
  const path = useActiveTrustPath();
  const lessons = useWalkLessons(path);
  const step = useWalkStep() ?? 0;
  const setStep = useAction('setWalkStep');
  const close = useAction('closeWalk');
  const [showLesson, setShowLesson] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    panel.current?.focus();
    // Passive cleanup: by then the panel is gone and what it covered is back.
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  // Each hop is read from its start, wherever the last one was scrolled to.
  useEffect(() => {
    body.current?.scrollTo({ top: 0 });
  }, [step, showLesson]);

  const total = lessons.length;
  const next = () => total > 0 && step < total && setStep(step + 1);
  const back = () => step > 0 && setStep(step - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    const action = walkKey({ ...event, targetTag: (event.target as HTMLElement).tagName });
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'next') next();
    else if (action === 'back') back();
    else close();
  };
  const done = total > 0 && step >= total;

  return (
    <aside
      ref={panel}
      className="walk-panel"
      data-testid={testIds.walkthrough}
      aria-label={t('walk.title')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="walk-panel__header">
        <h2 className="panel-heading">{t('walk.title')}</h2>
        <span className="walk-panel__counter" data-testid={testIds.walkthroughCounter} aria-live="polite">
          {total === 0 ? '' : done ? t('walk.end') : t('walk.hop', { n: step + 1, total })}
        </span>
        <button
          type="button"
          className="walk-panel__close"
          data-testid={testIds.walkthroughClose}
          aria-label={t('walk.close')}
          onClick={close}
        >
          ×
        </button>
      </header>
      <div className="walk-panel__views">
        <button type="button" aria-pressed={!showLesson} onClick={() => setShowLesson(false)}>
          {t('walk.steps')}
        </button>
        <button
          type="button"
          aria-pressed={showLesson}
          data-testid={testIds.walkthroughLessonTab}
          onClick={() => setShowLesson(true)}
        >
          {t('walk.lesson')}
        </button>
      </div>
      <div className="walk-panel__body" ref={body}>
        {showLesson ? (
          <Lesson />
        ) : total === 0 ? (
          <p className="muted">{t('walk.noPath')}</p>
        ) : done ? (
          <WalkEnd last={lessons[total - 1] as HopLesson} />
        ) : (
          <HopView lesson={lessons[step] as HopLesson} index={step} total={total} />
        )}
      </div>
      <footer className="walk-panel__footer">
        <div className="button-row">
          <button type="button" disabled={step === 0} onClick={back}>
            {t('walk.back')}
          </button>
          <button
            type="button"
            data-testid={testIds.walkthroughNext}
            disabled={done || total === 0}
            onClick={next}
          >
            {step === total - 1 ? t('walk.finish') : t('walk.next')}
          </button>
        </div>
        <p className="small muted">{t('walk.keys')}</p>
      </footer>
    </aside>
  );
}

/** The story's lesson (or the scenario's description): what to notice, always one click away. */
function Lesson() {
  const t = useT();
  const story = useStory();
  const language = useLanguage();
  const scenario = useScenario();
  const text = story?.lesson[language] ?? scenario.description;
  return (
    <div data-testid={testIds.walkthroughLesson}>
      {story && <h3>{story.title[language]}</h3>}
      <p>{text || t('walk.noLesson')}</p>
    </div>
  );
}

function WalkEnd({ last }: { last: HopLesson }) {
  const t = useT();
  const path = useActiveTrustPath();
  return (
    <div data-testid={testIds.walkthroughDone}>
      <p>
        {t('walk.done', {
          role: last.to?.label ?? last.edge.to,
          duration: sessionDuration(last.durationSeconds ?? 3600, t),
        })}
      </p>
      {path?.session.notes.map((n) => (
        <p key={n.code} className="small muted">
          {sessionNoteText(n, t)}
        </p>
      ))}
    </div>
  );
}
