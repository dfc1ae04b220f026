import { Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { ErrorBoundary, type Region } from './ErrorBoundary';

/**
 * A part of the interface loaded on first use (`React.lazy`), kept out of the first screen's bundle
 * (docs/performance.md, "Initial JS"): a short "Loading…" while its chunk arrives, and the region's
 * error with a retry if it cannot.
 */
export function LazyPart({ region, children }: { region: Region; children: ReactNode }) {
  return (
    <ErrorBoundary region={region}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function Loading() {
  const t = useT();
  return (
    <p className="muted small" role="status">
      {t('app.loading')}
    </p>
  );
}
