// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/everyCatalogue';
import { ec2CrossAccountScenario } from '../../model/examples/ec2CrossAccount';
import { createAppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreProvider';
import { ErrorBoundary } from './ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let failing = true;
function Fragile() {
  if (failing) throw new Error('the layout exploded');
  return <p>graph drawn</p>;
}

function Sibling() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      clicked {count}
    </button>
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('error boundaries', () => {
  it('keep a broken region to itself, say what broke, and recover on Try again', () => {
    // React reports caught render errors on the console; they are the point of this test.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const store = createAppStore(ec2CrossAccountScenario);
    act(() =>
      root.render(
        <StoreProvider store={store}>
          <ErrorBoundary region="graph">
            <Fragile />
          </ErrorBoundary>
          <Sibling />
        </StoreProvider>,
      ),
    );
    expect(container.textContent).toContain('The graph stopped working: the layout exploded');
    expect(container.textContent).toContain('everything you typed are kept');

    const sibling = [...container.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('clicked'),
    );
    act(() => sibling?.click());
    expect(container.textContent).toContain('clicked 1');

    failing = false;
    const retry = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again');
    act(() => retry?.click());
    expect(container.textContent).toContain('graph drawn');

    failing = true;
    act(() => store.getState().setLanguage('zh-Hant'));
    act(() =>
      root.render(
        <StoreProvider store={store}>
          <ErrorBoundary region="editor">
            <Fragile />
          </ErrorBoundary>
        </StoreProvider>,
      ),
    );
    expect(container.textContent).toContain('編輯器停止運作了：the layout exploded');
    act(() => root.unmount());
    quiet.mockRestore();
  });
});
