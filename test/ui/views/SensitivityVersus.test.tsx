/**
 * The Sensitivity view's "Difference from" control: it lists the other open
 * scenarios, those on another world disabled with the reason in the option;
 * with none to pair it is disabled and says why; choosing one lists the
 * parameters uncertain in either, doubles the stated cost and says the world's
 * part is shared, and Run sends each pair in one job; a parameter uncertain
 * in both under different distributions turns Run off with the reason; a
 * finished tornado of A − B names both in its title, table and CSV export.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Scenario } from '../../../src/engine/index';
import { InThreadRunner } from '../../../src/run/inThread';
import { stalledRunner } from '../../run/stalledRunner';
import { renderSensitivity, uncertainScenario } from './sensitivityStore';

/** The active scenario's world, a smaller benefit, and (by default) an uncertain take-up of its own. */
function smallerBenefit(edit: (s: Scenario) => void = () => {}): Scenario {
  const s = uncertainScenario();
  s.name = 'Smaller benefit';
  s.policy.cash.benefitPKR = 1000;
  s.uncertainty = { ...s.uncertainty, 'policy.cash.takeUp': { dist: 'uniform', low: 0.5, high: 0.95 } };
  edit(s);
  return s;
}

/** Another seed: another world. */
const elsewhere = (): Scenario => ({ ...uncertainScenario(), name: 'Elsewhere', run: { ...uncertainScenario().run, seed: 8 } });

const select = () => screen.getByLabelText('Difference from') as HTMLSelectElement;
const options = () => [...select().querySelectorAll('option')].map((o) => [o.textContent, o.disabled]);
const cost = (root: Element) => root.querySelector('.sens-cost')!.textContent;
const activeName = (store: ReturnType<typeof renderSensitivity>['store']) => store.getState().scenarios[store.getState().activeId]!.name;

describe('<SensitivityView> difference from another scenario', () => {
  it('lists the other scenarios, those on another world disabled with the reason; with none to pair, is off and says why', () => {
    renderSensitivity(stalledRunner());
    expect(select()).toBeDisabled();
    expect(options()[0]).toEqual(['None: this scenario’s own outcome', false]);
    expect(options().slice(1).every(([text, disabled]) => disabled && String(text).endsWith('(another world: cannot be paired)'))).toBe(true);
    expect(screen.getByText(/^No other open scenario shares this scenario’s world/)).toHaveAttribute('id', select().getAttribute('aria-describedby'));
  });

  it('choosing one lists the parameters of either, states the doubled cost, and Run sends each pair in one job', () => {
    const runner = stalledRunner();
    const { container, store } = renderSensitivity(runner, uncertainScenario(), [smallerBenefit(), elsewhere()]);
    expect(select()).toBeEnabled();
    expect(options().slice(-2)).toEqual([['Smaller benefit', false], ['Elsewhere (another world: cannot be paired)', true]]);
    fireEvent.change(select(), { target: { value: store.getState().order.at(-2) } });
    expect(screen.getByText('3 parameters uncertain in either scenario:')).toBeInTheDocument();
    expect(screen.getByText(/^New cash transfer and targeting: Take-up.*\(uncertain in Smaller benefit only\)$/)).toBeInTheDocument();
    expect(screen.getByText(`The outcome becomes ${activeName(store)} − Smaller benefit`, { exact: false })).toBeInTheDocument();
    expect(cost(container)).toBe(
      'Cost: 2 × (1 + 2 × D) = 2 × (1 + 2 × 3) = 14 scenario runs × 3 replications = 42 engine runs. ' +
        'The two scenarios of a design point run together: each replication’s households, burn-in and status quo are computed once for both.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '42');
    expect(runner.jobs.length).toBeGreaterThan(0);
    const names = runner.jobs.map((j) => j.scenarios.map((s) => s.name === 'Smaller benefit'));
    // A, B, A, B, …: every pair in one job.
    for (const job of names) expect(job).toEqual(job.map((_, k) => k % 2 === 1));
    expect(names.flat()).toHaveLength(14);
  });

  it('a parameter uncertain in both under different distributions turns Run off, saying which and why', () => {
    const clash = smallerBenefit((s) => (s.uncertainty['policy.cash.benefitPKR'] = { dist: 'uniform', low: 800, high: 1600 }));
    const { store } = renderSensitivity(stalledRunner(), uncertainScenario(), [clash]);
    fireEvent.change(select(), { target: { value: store.getState().order.at(-1) } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'New cash transfer and targeting: New cash transfer is uncertain in both scenarios, with different distributions. A paired analysis treats it as one assumption',
    );
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
  });

  describe('a finished tornado of A − B', () => {
    let blobs: Blob[];
    beforeEach(() => {
      blobs = [];
      URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), `blob:test/${blobs.length}`)) as typeof URL.createObjectURL;
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    });
    afterEach(() => vi.restoreAllMocks());

    it('names both scenarios in its title, table caption and CSV; the no-effect parameter swings the difference by 0', async () => {
      // B pays a fixed, smaller benefit (an assumption of A only); both have the idle course length uncertain.
      const b = smallerBenefit((s) => (s.uncertainty = { 'policy.training.durationMonths': { dist: 'uniform', low: 2, high: 12 } }));
      const { store } = renderSensitivity(new InThreadRunner(), uncertainScenario(), [b]);
      fireEvent.change(select(), { target: { value: store.getState().order.at(-1) } });
      fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'povertyHeadcountEnd' } });
      fireEvent.click(screen.getByRole('button', { name: 'Run' }));
      const title = `Tornado of ${activeName(store)} − Smaller benefit: People in poverty at the end`;
      await screen.findByRole('heading', { name: title }, { timeout: 60_000 });
      expect(screen.getByText(/^percentage points, the first scenario minus the second on the same draws/)).toBeInTheDocument();
      expect(screen.getByText(/^Tornado on 5 design points × 2 scenarios × 3 replications \(30 engine runs\)/)).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Table' }));
      const table = screen.getByRole('table');
      expect(table.querySelector('caption')!.textContent).toMatch(new RegExp(`^${title}: base [−+]?[\\d.]+ pts`));
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(['New cash transfer and targeting: New cash transfer', 'Skills training: Course length']);
      expect(JSON.parse(rows[1]!.querySelectorAll('td')[4]!.getAttribute('data-raw')!)).toEqual({ value: 0 });
      expect(JSON.parse(rows[0]!.querySelectorAll('td')[4]!.getAttribute('data-raw')!).value).toBeGreaterThan(0);
      fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
      const csv = await blobs[0]!.text();
      expect(csv).toContain(title);
    }, 90_000);
  });
});
