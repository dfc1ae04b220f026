import { Component, type ReactNode } from 'react';
import { testIds } from '../testIds';

interface Props {
  /** Which region this guards, shown in the message ("graph", "editor"…). */
  region: string;
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
      <div className="region-error" role="alert" data-testid={testIds.regionError(this.props.region)}>
        <p>
          The {this.props.region} stopped working: {this.state.error.message}
        </p>
        <p className="small muted">Your scenario and everything you typed are kept.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
