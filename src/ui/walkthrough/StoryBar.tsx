import { useLanguage } from '../../state/selectors/view';
import { useStory } from '../../state/selectors/walk';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { usePlayStory } from './usePlayStory';

/** Above the graph while a gallery story is open: its title and the button that plays it (pointed out on a first visit). */
export function StoryBar() {
  const t = useT();
  const story = useStory();
  const language = useLanguage();
  const play = usePlayStory();
  if (!story) return null;
  return (
    <div
      className={`story-bar${story.firstVisit ? ' story-bar--first' : ''}`}
      data-testid={testIds.storyBar}
      role="region"
      aria-label={t('walk.story')}
    >
      <span className="story-bar__title" title={story.title[language]}>
        <span className="muted">{t('walk.story')}</span>
        {t('trace.colon')}
        {story.title[language]}
      </span>
      {story.firstVisit && <span className="story-bar__hint">{t('walk.firstVisitHint')}</span>}
      <button type="button" data-testid={testIds.storyPlay} onClick={() => play(story)}>
        {t('walk.playStory')}
      </button>
    </div>
  );
}
