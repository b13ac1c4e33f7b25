/**
 * The Optimise view's Run goes through the real optimise() on an in-thread
 * runner: on a tiny scenario (600 households × 12 months, 4 replications,
 * the Quick search) with the cash share capped at 40% and training held to
 * at least 10%, the result shows a proposed split that keeps both, in the
 * chart's table and in the store's proposal. A stalled runner shows the
 * progress (a named progressbar with its value and maximum, the phase in
 * words, the time elapsed) and Cancel keeps nothing.
 */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { InThreadRunner } from '../../../src/run/inThread';
import { PRIORITY } from '../../../src/run/types';
import { stalledRunner } from '../../run/stalledRunner';
import { renderOptimise } from './optimiseStore';

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('<OptimiseView> on the engine', () => {
  it('runs the real optimiser on a tiny scenario and shows a split that keeps the constraints', async () => {
    const { store } = renderOptimise(new InThreadRunner());
    fireEvent.click(screen.getByRole('radio', { name: /Quick/ }));
    type('Cash transfer: maximum share (%)', '40');
    type('Skills training: minimum share (%)', '10');
    // By keyboard: Run's focus goes to Cancel in its place, then to the result's heading when the search ends.
    screen.getByRole('button', { name: 'Run' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByRole('progressbar', { name: 'Optimisation: scenario-replications done' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    const figure = await screen.findByRole('figure', { name: 'Proposed split across programmes' }, { timeout: 120_000 });
    expect(screen.getByRole('heading', { name: 'Result' })).toHaveFocus();
    expect(figure.querySelector('.recharts-wrapper > svg.recharts-surface')).not.toBeNull();
    fireEvent.click(within(figure).getByRole('button', { name: 'Table' }));
    const rows = within(figure).getAllByRole('row').slice(1);
    const optimised = Object.fromEntries(rows.map((r) => [r.querySelector('th')!.textContent, JSON.parse(r.querySelectorAll('td')[1]!.getAttribute('data-raw')!).value]));
    expect(optimised['Cash transfer']).toBeLessThanOrEqual(0.4 + 1e-9);
    expect(optimised['Skills training']).toBeGreaterThanOrEqual(0.1 - 1e-9);
    const run = Object.values(store.getState().optimisations)[0]!;
    expect(run.status).toBe('done');
    const shares = run.result!.scenario.policy.budget.programmeShares;
    expect(shares.cash).toBeLessThanOrEqual(0.4 + 1e-9);
    expect(shares.training).toBeGreaterThanOrEqual(0.1 - 1e-9);
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(screen.getByText(/^Engine \S+, seed 7\. The proposal and your split were compared on replications 0 to 3 \(4 replications\)/)).toBeInTheDocument();
  }, 180_000);

  it('shows progress at analysis priority while it runs, and Cancel keeps nothing', async () => {
    const runner = stalledRunner();
    const { store } = renderOptimise(runner);
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    const bar = await screen.findByRole('progressbar', { name: 'Optimisation: scenario-replications done' });
    expect(Number(bar.getAttribute('aria-valuemax'))).toBeGreaterThan(0);
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByText('Screening candidate splits')).toBeInTheDocument();
    expect(screen.getByText(/^Time elapsed: \d+ s$/)).toBeInTheDocument();
    expect(runner.jobs.length).toBeGreaterThan(0);
    expect(runner.jobs.every((j) => j.priority === PRIORITY.analysis)).toBe(true);
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(runner.jobs.every((j) => j.signal?.aborted)).toBe(true);
    // Cancelled by keyboard: focus back on Run, where Cancel was.
    expect(screen.getByRole('button', { name: 'Run' })).toHaveFocus();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Result' })).toBeNull();
    expect(store.getState().optimisations).toEqual({});
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
  });

  it('says its first phase from a live region already in the page, and how far a cancelled search had got', async () => {
    const { container } = renderOptimise(stalledRunner());
    const live = [...container.querySelectorAll('.opt-run [aria-live="polite"]')];
    // One region, there before Run: the phase's own had come with the search, its first phase already in it, unsaid.
    expect(live).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    const bar = await screen.findByRole('progressbar', { name: 'Optimisation: scenario-replications done' });
    await waitFor(() => expect(live[0]).toHaveTextContent('Screening candidate splits'));
    expect(container.querySelectorAll('.opt-run [aria-live]')).toHaveLength(1);
    const total = Number(bar.getAttribute('aria-valuemax')).toLocaleString('en');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    await waitFor(() => expect(live[0]).toHaveTextContent(`Cancelled after 0 of at most ${total} scenario-replications. Nothing is kept.`));
    expect(live[0]!.isConnected).toBe(true);
  });
});
