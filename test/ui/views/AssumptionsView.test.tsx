import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SCENARIO_SPEC } from '../../../src/engine/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { AssumptionsView } from '../../../src/ui/views/AssumptionsView';

function setup() {
  const store = createAppStore();
  render(
    <StoreProvider store={store}>
      <AssumptionsView />
    </StoreProvider>,
  );
  return store;
}

const total = Object.values(SCENARIO_SPEC).reduce((a, g) => a + Object.keys(g).length, 0);
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('<AssumptionsView>', () => {
  it('lists every parameter with its value, default, range and source', () => {
    setup();
    expect(bodyRows()).toHaveLength(total);
    const row = bodyRows().find((r) => r.textContent!.includes('policy.cash.takeUp'))!;
    // Uncertain in the defaults: the runs draw it, and the value set is for sensitivity analyses only.
    expect(row).toHaveTextContent('drawn in each replication: triangular, 75% to 100%, most likely 90%');
    expect(row).toHaveTextContent('the value set, 90%, is used only where a sensitivity analysis holds it fixed');
    expect(row).toHaveTextContent('0% to 100%');
    expect(row).toHaveTextContent('Our assumption: no source found');
    // A change in log income also says what it does to income.
    const shock = bodyRows().find((r) => r.textContent!.includes('world.shocks.healthLoss'))!;
    expect(shock).toHaveTextContent('0.25 log income (income × 0.78, −22.1%)');
  });

  it('shows values and defaults as a reader would write them: options in plain words, the seed ungrouped, log income with its effect on income', () => {
    setup();
    const row = (path: string) => bodyRows().find((r) => r.textContent!.includes(path))!;
    const cells = (path: string) => within(row(path)).getAllByRole('cell').map((c) => c.textContent);
    // This scenario, then the default: the option's plain name; the allowed column gives it with the scenario file's word.
    const [targetingValue, targetingDefault, targetingAllowed] = cells('policy.cash.targeting');
    expect(targetingValue).toBe('poorest first until the budget is used');
    expect(targetingDefault).toBe('poorest first until the budget is used');
    expect(targetingAllowed).toBe('poorest first until the budget is used (budget), everyone below a fixed PMT cut-off (cutoff)');
    // A plain name that already says its word is not given it twice.
    expect(cells('policy.budget.regionRule')).toContain('by population (population), by poor people (headcount), by poverty gap (gap), backward regions first (backwardFirst), custom shares (custom)');
    expect(cells('policy.budget.regionRule')).toContain('by poor people (headcount)');
    expect(cells('run.seed')).toContain('20190327');
    expect(row('run.seed').textContent).not.toContain('20,190,327');
    // A negative value, default and range have a minus sign, not a hyphen.
    const elasticity = cells('world.population.sizeElasticity').join(' | ');
    expect(elasticity).toMatch(/\u2212\d/);
    expect(elasticity).not.toMatch(/(^|\s)-\d/);
    // The default of a change in log income says what it does to income, as the value does.
    expect(cells('world.shocks.healthLoss').filter((c) => c === '0.25 log income (income × 0.78, −22.1%)')).toHaveLength(2);
  });

  it('says a source is our assumption once, not again in its trust label', () => {
    setup();
    const row = (path: string) => bodyRows().find((r) => r.textContent!.includes(path))!;
    const source = (path: string) => within(row(path)).getAllByRole('cell').at(-1)!;
    // Its source starts "Our assumption (…)": that is all the cell says, in the assumption's colour.
    expect(source('policy.microfinance.diversionShare').textContent).toBe('Our assumption (share diverted: no source found)');
    expect(source('policy.microfinance.diversionShare').querySelector('.conf-A')).not.toBeNull();
    // Our assumption with a source that does not say so, and a sourced one: each keeps its label.
    expect(source('policy.cash.pmtCutoff')).toHaveTextContent(/^Our scale; BISP uses .* \(our assumption: no source found\)$/);
    // A setting of the run claims nothing about the world: no trust label, not the unsourced-guess colour (the
    // printed seed read "Simulation setting (our assumption: no source found)").
    expect(source('run.seed').textContent).toBe('Simulation setting');
    expect(source('run.seed').querySelector('.conf')).toBeNull();
    expect(source('policy.cash.benefitPKR')).toHaveTextContent(/\(official or peer-reviewed source\)$/);
  });

  // On a phone the rows stack (tables.css), each value after its column's name: in five columns scrolled sideways
  // the values had wrapped a word or two a line. The names are the cells' own (data-column), as their headers say.
  it('gives each value cell its column\u2019s name, as the header says it, for the rows stacked on a phone', () => {
    setup();
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Parameter', 'This scenario', 'Default', 'Allowed', 'Source']);
    for (const row of bodyRows()) expect(within(row).getAllByRole('cell').map((c) => c.getAttribute('data-column'))).toEqual(headers.slice(1));
  });

  it('lets a long path wrap only before a dot', () => {
    setup();
    const code = bodyRows().find((r) => r.textContent!.includes('policy.microfinance.diversionShare'))!.querySelector('code')!;
    expect(code.innerHTML).toBe('policy<wbr>.microfinance<wbr>.diversionShare');
  });

  it('searches labels, paths and sources', async () => {
    setup();
    await userEvent.type(screen.getByRole('searchbox'), 'PDNA');
    const texts = bodyRows().map((r) => within(r).getByRole('rowheader').textContent);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => /flood/i.test(t!))).toBe(true);
    expect(screen.getByText(`${texts.length} of ${total} parameters`)).toBeInTheDocument();
  });

  it('searches what a row shows of its value too: "Sindh" finds the records with a Sindh entry', async () => {
    // Catches a search of labels and sources only: the disaster rate's row, whose value names Sindh, was not found.
    setup();
    await userEvent.type(screen.getByRole('searchbox'), 'Sindh');
    const paths = bodyRows().map((r) => r.textContent!);
    expect(paths.some((t) => t.includes('world.shocks.disasterAnnualProb'))).toBe(true);
    expect(paths.some((t) => t.includes('policy.budget.customRegionShares'))).toBe(true);
  });

  it('finds a word however it is hyphenated or spaced, and says when nothing matches', async () => {
    setup();
    const search = screen.getByRole('searchbox');
    const found = async (q: string) => {
      await userEvent.clear(search);
      await userEvent.type(search, q);
      return bodyRows().map((r) => within(r).getByRole('rowheader').textContent);
    };
    const hyphened = await found('take-up');
    expect(hyphened.length).toBeGreaterThan(0);
    expect(await found('Take up')).toEqual(hyphened);
    expect(await found('takeup')).toEqual(hyphened);
    expect(await found('zzzz')).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(`No parameter matches “zzzz” (of ${total}): try another word, or clear the search.`);
  });

  it('can show only our own assumptions, and marks values changed from the default', async () => {
    const store = setup();
    await userEvent.click(screen.getByRole('checkbox', { name: /only our assumptions/ }));
    const sources = bodyRows().map((r) => within(r).getAllByRole('cell').at(-1)!.textContent!);
    expect(sources.every((s) => /our assumption/i.test(s))).toBe(true);
    // A source that starts "Our assumption" says so once, not again in a trust label.
    const saysSo = sources.filter((s) => s.startsWith('Our assumption'));
    expect(saysSo.length).toBeGreaterThan(50);
    expect(saysSo.filter((s) => (s.match(/our assumption/gi) ?? []).length !== 1)).toEqual([]);
    await userEvent.click(screen.getByRole('checkbox', { name: /only our assumptions/ }));
    const budgetRow = bodyRows().find((r) => r.textContent!.includes('policy.budget.annualBn'))!;
    // The active scenario is "Rs 80 bn a year": a changed budget path.
    expect(budgetRow).toHaveTextContent('Rs 80 bn / year (changed)');
    // On paper the default's column is left out; a changed value says what the default was, after it.
    expect(within(budgetRow).getAllByRole('cell')[0]).toHaveTextContent(/\(changed\) \(default Rs 80, 100, 120 bn \/ year\)$/);
    const unchanged = bodyRows().find((r) => r.textContent!.includes('policy.cash.takeUp'))!;
    expect(unchanged).not.toHaveTextContent('(default');
    expect(store.getState().scenarios[store.getState().activeId]!.policy.budget.annualBn).toEqual([80]);
  });
});
