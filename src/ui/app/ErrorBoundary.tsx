import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/** The regions that guard themselves; each has its name in the catalogues (`regionError.region.*`). */
export type Region =
  | 'explorer'
  | 'graph'
  | 'editor'
  | 'inspector'
  | 'organization'
  | 'add form'
  | 'groups'
  | 'import'
  | 'gallery'
  | 'walk-through'
  | 'plan-changes';

interface Props {
  /** Which region this guards, named in the message. */
  region: Region;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps one broken region from taking the app down: the rest keeps working, the region says what went
 * wrong and can be tried again. Nothing typed is lost: documents live in the store, saved continuously.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <RegionError
        region={this.props.region}
        error={this.state.error}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function RegionError({ region, error, onRetry }: { region: Region; error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="region-error" role="alert" data-testid={testIds.regionError(region)}>
      <p>{t('regionError.stopped', { region: t(`regionError.region.${region}`), detail: error.message })}</p>
      <p className="small muted">{t('regionError.kept')}</p>
      <button type="button" onClick={onRetry}>
        {t('regionError.retry')}
      </button>
    </div>
  );
}
