import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { RunActionsProvider } from '../../src/app/services';
import { viewKey } from '../../src/run/controller';
import { ANNOUNCE_EVERY_MS, RunProgress } from '../../src/ui/RunProgress';
import type { RunView } from '../../src/run/controller';

function setup() {
  const store = createAppStore();
  const actions = { cancel: vi.fn(), resume: vi.fn() };
  render(
    <StoreProvider store={store}>
      <RunActionsProvider actions={actions}>
        <RunProgress />
      </RunActionsProvider>
    </StoreProvider>,
  );
  const st = store.getState();
  const keys = Object.fromEntries(st.order.map((id) => [id, viewKey(st.scenarios[id]!)]));
  act(() => st.setRunKeys(keys));
  const view = (key: string, v: Partial<RunView>): RunView => ({ key, status: 'running', done: 0, total: 100, etaMs: null, result: null, resultCount: 0, difference: null, costs: null, error: null, ...v });
  /** The same state for every scenario on screen, with per-scenario overrides by position. */
  const put = (v: Partial<RunView>, each: Partial<RunView>[] = []) =>
    act(() => store.getState().putRuns(st.order.map((id, k) => view(keys[id]!, { ...v, ...each[k] }))));
  return { store, actions, put };
}

describe('<RunProgress>', () => {
  it('shows a bar per compared scenario and the whole comparison\'s count and time left, and cancels', async () => {
    const { actions, put } = setup();
    put({ done: 37, etaMs: 12_400 }, [{}, { done: 36 }, {}, { done: 38, etaMs: 9_000 }]);
    expect(screen.getByText('148 / 400 replications · about 12 s left')).toBeInTheDocument();
    const total = screen.getByRole('progressbar', { name: 'Comparison: replications done' });
    expect(total).toHaveAttribute('aria-valuenow', '148');
    expect(total).toHaveAttribute('aria-valuemax', '400');
    const bar = screen.getByRole('progressbar', { name: 'Rs 80 bn a year: replications done' });
    expect(bar).toHaveAttribute('aria-valuenow', '36');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(screen.getAllByRole('progressbar')).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(actions.cancel).toHaveBeenCalled();
  });

  it('is not done while any compared scenario is still running', () => {
    const { put } = setup();
    put({ status: 'done', done: 100, etaMs: 0 }, [{}, {}, { status: 'running', done: 93, etaMs: 2_000 }]);
    expect(screen.getByText('393 / 400 replications · about 2 s left')).toBeInTheDocument();
    expect(screen.queryByText(/replications done$/)).toBeNull();
  });

  it('says done only once the results on screen are built from every replication', () => {
    const { put } = setup();
    // Every replication in, but one scenario's shown result still from 92 of them.
    put({ status: 'done', done: 100, etaMs: 0, resultCount: 100 }, [{}, { resultCount: 92 }]);
    expect(screen.getByText('400 replications in · summarising…')).toBeInTheDocument();
    expect(screen.queryByText(/replications done$/)).toBeNull();
    put({ status: 'done', done: 100, etaMs: 0, resultCount: 100 });
    expect(screen.getByText('400 replications done')).toBeInTheDocument();
  });

  it('says done only once each difference from the baseline is built from every replication both hold', () => {
    const { put } = setup();
    const difference = (replications: number) => ({ replications, summary: {}, series: {} });
    // Results complete, but one compared scenario's difference still from 97 replications (the baseline's last ones came later).
    put({ status: 'done', done: 100, etaMs: 0, resultCount: 100, difference: difference(100) }, [{ difference: null }, { difference: difference(97) }]);
    expect(screen.getByText('400 replications in · summarising…')).toBeInTheDocument();
    put({ status: 'done', done: 100, etaMs: 0, resultCount: 100, difference: difference(100) }, [{ difference: null }]);
    expect(screen.getByText('400 replications done')).toBeInTheDocument();
    // A difference that cannot be taken (the reason is shown beside the chart) holds nothing back.
    put({ status: 'done', done: 100, etaMs: 0, resultCount: 100, difference: { error: 'different seeds' } }, [{ difference: null }]);
    expect(screen.getByText('400 replications done')).toBeInTheDocument();
  });

  it('offers to run a cancelled comparison again', async () => {
    const { actions, put } = setup();
    put({ status: 'cancelled', done: 40 });
    expect(screen.getByText('Cancelled at 160 / 400 (40%)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Run again' }));
    expect(actions.resume).toHaveBeenCalled();
  });

  it('keeps focus with the reader: Cancel becomes Run again in its place, and when the run ends focus goes to the line that says so', async () => {
    const { put } = setup();
    put({ done: 37 });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    put({ status: 'cancelled', done: 40 });
    expect(screen.getByRole('button', { name: 'Run again' })).toHaveFocus();
    put({ done: 41 });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    put({ status: 'done', done: 100, resultCount: 100 });
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(document.activeElement).toHaveClass('run-text');
    expect(document.activeElement).toHaveTextContent('400 replications done');
  });

  it('takes no focus it did not have: with nothing focused (the page scrolled down to the charts), the end of a run leaves it so', () => {
    const { put } = setup();
    put({ done: 37 });
    expect(document.activeElement).toBe(document.body);
    put({ status: 'done', done: 100, resultCount: 100 });
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves focus the reader has taken elsewhere where it is when a run starts or ends', () => {
    const { put } = setup();
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    put({ done: 37 });
    put({ status: 'done', done: 100, resultCount: 100 });
    expect(elsewhere).toHaveFocus();
    elsewhere.remove();
  });

  it('announces progress politely at most every few seconds, and a status change at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const { put } = setup();
      const live = () => document.querySelector('[aria-live="polite"]')!.textContent;
      put({ done: 10, etaMs: 9_000 });
      await act(async () => vi.advanceTimersByTime(0));
      expect(live()).toBe('40 / 400 replications · about 9 s left');
      put({ done: 11, etaMs: 8_000 });
      await act(async () => vi.advanceTimersByTime(1000));
      // Not yet: the last announcement was a second ago.
      expect(live()).toBe('40 / 400 replications · about 9 s left');
      await act(async () => vi.advanceTimersByTime(ANNOUNCE_EVERY_MS));
      expect(live()).toBe('44 / 400 replications · about 8 s left');
      put({ status: 'cancelled', done: 12 });
      await act(async () => vi.advanceTimersByTime(0));
      expect(live()).toBe('Cancelled at 48 / 400 (12%)');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps one live region through a lever edit, and changes only its text: "Starting…" is said, not inserted already said', async () => {
    const { store, put } = setup();
    put({ status: 'done', done: 100, resultCount: 100 });
    const region = document.querySelector('.run-progress [aria-live="polite"]');
    await waitFor(() => expect(region).toHaveTextContent('400 replications done'));
    // A lever edit: the edited scenario's run is a new one, not started yet.
    const st = store.getState();
    act(() => st.setRunKeys({ ...st.runKeys, [st.activeId]: 'edited' }));
    expect(screen.getByText('Starting…', { selector: '.run-progress' })).toBeInTheDocument();
    await waitFor(() => expect(region).toHaveTextContent('Starting…'));
    // The same element, still in the page: a region put back with its text in place is often not read.
    expect(region!.isConnected).toBe(true);
    expect(document.querySelectorAll('[aria-live="polite"]')).toHaveLength(1);
  });

  it('reports a failed run with its reason, and worker replacements', () => {
    const { store, put } = setup();
    put({}, [{}, { status: 'error', error: 'replication 3 failed: out of memory' }]);
    act(() => store.getState().noteWorkerReplaced());
    expect(screen.getByRole('alert')).toHaveTextContent('Run failed: replication 3 failed: out of memory');
    expect(screen.getByText(/A worker crashed and was replaced; results are unaffected/)).toBeInTheDocument();
  });
});
