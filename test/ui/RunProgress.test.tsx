import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { RunActionsProvider } from '../../src/app/services';
import { runKey } from '../../src/run/runKey';
import { RunProgress } from '../../src/ui/RunProgress';
import type { RunView } from '../../src/run/controller';

function setup() {
  const store = createAppStore();
  const actions = { cancel: vi.fn(), restart: vi.fn() };
  render(
    <StoreProvider store={store}>
      <RunActionsProvider actions={actions}>
        <RunProgress />
      </RunActionsProvider>
    </StoreProvider>,
  );
  const key = runKey(store.getState().scenarios[store.getState().activeId]!);
  const put = (v: Partial<RunView>) =>
    act(() => store.getState().putRun({ key, status: 'running', done: 0, total: 100, etaMs: null, result: null, error: null, ...v }));
  return { store, actions, key, put };
}

describe('<RunProgress>', () => {
  it('shows replications done and time left, and cancels the active run', async () => {
    const { actions, key, put } = setup();
    put({ done: 37, etaMs: 12_400 });
    expect(screen.getByText('37 / 100 replications · about 12 s left')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Replications done' })).toHaveAttribute('value', '37');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(actions.cancel).toHaveBeenCalledWith(key);
  });

  it('offers to run a cancelled run again', async () => {
    const { actions, key, put } = setup();
    put({ status: 'cancelled', done: 40 });
    expect(screen.getByText('Cancelled at 40 / 100 (40%)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Run again' }));
    expect(actions.restart).toHaveBeenCalledWith(key);
  });

  it('reports a failed run with its reason, and worker replacements', () => {
    const { store, put } = setup();
    put({ status: 'error', error: 'replication 3 failed: out of memory' });
    act(() => store.getState().noteWorkerReplaced());
    expect(screen.getByRole('alert')).toHaveTextContent('Run failed: replication 3 failed: out of memory');
    expect(screen.getByText(/A worker crashed and was replaced; results are unaffected/)).toBeInTheDocument();
  });
});
