/**
 * The Sensitivity view on a scenario with two uncertain parameters, one with
 * no effect: the cost is stated before running; after Run the tornado has a
 * bar per parameter, the no-effect one last with a swing of 0; Cancel keeps
 * nothing; results survive leaving the view; a scenario without uncertain
 * parameters says how to add some instead of offering Run.
 */
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SensitivityProvider } from '../../../src/app/services';
import { StoreProvider } from '../../../src/state/context';
import { SensitivityView } from '../../../src/ui/views/SensitivityView';
import { InThreadRunner } from '../../../src/run/inThread';
import { PRIORITY } from '../../../src/run/types';
import { stalledRunner } from '../../run/stalledRunner';
import { renderSensitivity, uncertainScenario } from './sensitivityStore';

const cost = (root: Element) => root.querySelector('.sens-cost')!.textContent;

describe('<SensitivityView>', () => {
  it('states the cost, runs a tornado, and shows 2 bars with the no-effect parameter last at a swing of exactly 0', async () => {
    const { container, store, service, unmount } = renderSensitivity(new InThreadRunner());
    // jsdom lays nothing out: where focus is brought into view is recorded.
    const scrolled: [Element, unknown][] = [];
    const scrollIntoView = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = vi.fn(function (this: Element, options?: unknown) {
      scrolled.push([this, options]);
    });
    expect(screen.getByText('2 uncertain parameters:')).toBeInTheDocument();
    expect(cost(container)).toBe('Cost: 1 + 2 × D = 1 + 2 × 2 = 5 scenario runs × 3 replications = 15 engine runs.');
    // By keyboard: focus on Run goes to Cancel in its place, then to the result when it ends (not to <body>), which is said.
    screen.getByRole('button', { name: 'Run' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await screen.findByRole('heading', { name: /Tornado: how far each assumption moves the outcome/ }, { timeout: 60_000 });
    // Focus goes to the result's heading (as Optimise's), not to the whole unnamed result, and that heading is brought
    // to the top of the window (on a phone the result, focused, had been scrolled with its title off the screen).
    const heading = screen.getByRole('heading', { name: /Tornado: how far each assumption moves the outcome/ });
    expect(heading).toHaveFocus();
    expect(scrolled.at(-1)).toEqual([heading, { block: 'start' }]);
    Element.prototype.scrollIntoView = scrollIntoView;
    await waitFor(() => expect(container.querySelector('.sens-controls [aria-live="polite"]')).toHaveTextContent('Done: 15 engine runs. The result is below.'));
    // Two rows, each labelled with its parameter and range; recharts draws the cash benefit's low and high bars, and
    // nothing for the no-effect parameter (a bar of no length), whose row comes last.
    const svg = container.querySelector('.recharts-wrapper > svg.recharts-surface')!;
    expect(svg).not.toBeNull();
    const ticks = [...svg.querySelectorAll('.sens-row-label')].map((g) => [...g.querySelectorAll('text')].map((line) => line.textContent).join(' '));
    expect(ticks).toEqual([
      'New cash transfer and targeting: New cash transfer Rs 1,450 to 4,230 / household / month',
      'Skills training: Course length 3 to 12 months',
    ]);
    expect(svg.querySelectorAll('.recharts-bar-rectangle path').length).toBe(2);
    expect(screen.getByText(/5 scenario runs × 3 replications \(15 engine runs\)/)).toBeInTheDocument();
    // The base is not the dashboard's figure, and the note says why (a reader compared them and found them apart).
    expect(screen.getByText(/5 scenario runs × 3 replications/).textContent).toMatch(/The base is the scenario with every uncertain assumption at its own value, on these replications; the dashboard draws/);
    expect(screen.getByText(/A parameter’s bars depend on the range chosen for it/)).toBeInTheDocument();
    // A bar at exactly 0 is said not to prove no effect: at a small sample a count can sit still under a small one
    // (a researcher read "leakage does not affect exits" off such bars).
    expect(screen.getByText(/A parameter’s bars depend on the range/).textContent).toMatch(/One parameter left the outcome exactly at its base value\. .* a bar of 0 is not evidence of no effect\./);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(['New cash transfer and targeting: New cash transfer', 'Skills training: Course length']);
    expect(JSON.parse(rows[1]!.querySelectorAll('td')[4]!.getAttribute('data-raw')!)).toEqual({ value: 0 });
    expect(JSON.parse(rows[0]!.querySelectorAll('td')[4]!.getAttribute('data-raw')!).value).toBeGreaterThan(0);
    // Done for these settings: Run is off, and the result is kept in the store when the view goes.
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    expect(Object.values(store.getState().sensitivity).map((a) => a.status)).toEqual(['done']);
    // Leaving the view and coming back shows the same result without running again.
    unmount();
    render(
      <StoreProvider store={store}>
        <SensitivityProvider actions={service}>
          <SensitivityView />
        </SensitivityProvider>
      </StoreProvider>,
    );
    expect(screen.getByRole('heading', { name: /Tornado: how far/ })).toBeInTheDocument();
  }, 90_000);

  it('runs at analysis priority with a progress bar, and Cancel stops it and keeps nothing', async () => {
    const runner = stalledRunner();
    const { store } = renderSensitivity(runner);
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    const bar = await screen.findByRole('progressbar', { name: 'Sensitivity analysis: engine runs done' });
    expect(bar).toHaveAttribute('aria-valuemax', '15');
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(runner.jobs.length).toBeGreaterThan(0);
    expect(runner.jobs.every((j) => j.priority === PRIORITY.analysis)).toBe(true);
    expect(screen.getByText('Cancelling keeps nothing: an analysis stopped part way has no result.')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(runner.jobs.every((j) => j.signal?.aborted)).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
    expect(store.getState().sensitivity).toEqual({});
  });

  it('says how far a cancelled analysis had got, and that nothing is kept', async () => {
    const { container } = renderSensitivity(stalledRunner());
    const live = container.querySelector('.sens-controls [aria-live="polite"]')!;
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await screen.findByRole('progressbar', { name: 'Sensitivity analysis: engine runs done' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    // It had said nothing: the region emptied as the analysis went.
    await waitFor(() => expect(live).toHaveTextContent('Cancelled after 0 of 15 engine runs. Nothing is kept.'));
    expect(container.querySelector('.sens-controls [aria-live="polite"]')).toBe(live);
    // A new run says its own progress.
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(live).toHaveTextContent(/^Running at a lower priority/));
  });

  it('states the Sobol cost N × (D + 2) for the chosen sample size before running', async () => {
    const { container } = renderSensitivity(stalledRunner());
    fireEvent.click(screen.getByRole('button', { name: 'Sobol’ indices (variance)' }));
    fireEvent.change(screen.getByLabelText('Sample size N'), { target: { value: '32' } });
    expect(cost(container)).toBe('Cost: N × (D + 2) = 32 × (2 + 2) = 128 scenario runs × 3 replications = 384 engine runs.');
    // Thousands grouped, as the note under the result writes the same counts.
    fireEvent.change(screen.getByLabelText('Sample size N'), { target: { value: '128' } });
    expect(cost(container)).toBe('Cost: N × (D + 2) = 128 × (2 + 2) = 512 scenario runs × 3 replications = 1,536 engine runs.');
    // The progress line groups them the same way (it read "0 of 1536" under the cost's "1,536").
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(await screen.findByText('Running at a lower priority than the scenarios on screen: 0 of 1,536 engine runs.')).toBeInTheDocument();
  });

  it('a Sobol\u2019 analysis whose outcome never moved fails, saying its indices are undefined, rather than showing every index as 0', async () => {
    // Only the course length of a training no one takes up is uncertain: no outcome can move.
    const s = uncertainScenario();
    delete s.uncertainty['policy.cash.benefitPKR'];
    const { store } = renderSensitivity(new InThreadRunner(), s);
    fireEvent.click(screen.getByRole('button', { name: 'Sobol’ indices (variance)' }));
    fireEvent.change(screen.getByLabelText('Sample size N'), { target: { value: '16' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 60_000 });
    expect(alert).toHaveTextContent('The analysis failed: the outcome took one value at all 32 base points of the design, so it has no variance to share out and Sobol’ indices are undefined');
    expect(Object.values(store.getState().sensitivity).map((a) => a.status)).toEqual(['failed']);
  }, 90_000);

  it('names the uncertain parameters it leaves out, which the model does not read (a programme with no money, a flood that is off)', () => {
    const s = uncertainScenario();
    s.policy.budget.programmeShares = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0, farm: 0.1, admin: 0.05 };
    s.uncertainty['world.shocks.floodLoss'] = { dist: 'uniform', low: 0.4, high: 0.9 };
    s.world.shocks.flood2022 = false;
    const { container } = renderSensitivity(stalledRunner(), s);
    expect(screen.getByText('1 uncertain parameter:')).toBeInTheDocument();
    expect(container.querySelector('.sens-left-out')).toHaveTextContent(
      /^Not varied: Skills training: Course length; Shocks and disasters: Flood loss\. The scenario’s other settings never read them \(their programme has no money, or a setting turns them off\), so varying them could change nothing\.$/,
    );
    expect(cost(container)).toMatch(/^Cost: 1 \+ 2 × D = 1 \+ 2 × 1 = 3 scenario runs/);
  });

  it('with every uncertain parameter unread, says there is nothing to vary and why, not that none is uncertain', () => {
    const s = uncertainScenario();
    s.policy.budget.programmeShares = { cash: 0.6, stipend: 0.1, microfinance: 0.15, training: 0, farm: 0.1, admin: 0.05 };
    delete s.uncertainty['policy.cash.benefitPKR'];
    const { container } = renderSensitivity(stalledRunner(), s);
    expect(screen.getByRole('heading', { name: 'Nothing to vary' })).toBeInTheDocument();
    expect(container.querySelector('.sens-left-out')).toHaveTextContent(/^Not varied: Skills training: Course length\. The scenario’s other settings never read it/);
    expect(screen.queryByRole('heading', { name: 'No uncertain parameters' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Run' })).toBeNull();
  });

  it('without uncertain parameters, says so and how to add some instead of offering Run', () => {
    renderSensitivity(stalledRunner(), null);
    expect(screen.getByRole('heading', { name: 'No uncertain parameters' })).toBeInTheDocument();
    expect(screen.getByText(/open a scenario file whose/)).toHaveTextContent('docs/model.md, section 8');
    expect(screen.queryByRole('button', { name: 'Run' })).toBeNull();
  });
});
