/**
 * Cost per exit programme by programme: rows from each programme run alone
 * (data/programmeCost) and the chart that draws them, from real small runs
 * of the programme-only scenarios.
 */
import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { programmeOnlyScenarios } from '../../../src/engine/index';
import { interaction, NOT_YET, programmeCostRows, programmeProgress, type ProgrammeRunsInput } from '../../../src/ui/charts/data/programmeCost';
import { ProgrammeCostChart } from '../../../src/ui/charts/ProgrammeCostChart';
import { keyLabel } from '../../../src/ui/editor/labels';
import { formatPKR } from '../../../src/ui/format';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';
import { categoryNames, chartSvg, frameTitled, showTable } from './render';

const scenario = fixtureScenario('Rs 120 bn', [120]);
const combined = fixtureRun(scenario).result;
const alone = programmeOnlyScenarios(scenario);

/** Every programme run, or the first `ran` of them. */
function input(ran = alone.length): ProgrammeRunsInput {
  return {
    scenarioName: scenario.name,
    combined,
    runs: alone.map(({ programme, scenario: s }, k) => ({
      programme,
      label: keyLabel(programme),
      result: k < ran ? fixtureRun(s).result : null,
      done: k < ran ? 5 : 0,
      total: 5,
    })),
  };
}

describe('programmeCostRows', () => {
  test('one row per funded programme, cheapest first by mean cost per exit, with that run’s numbers', () => {
    const rows = programmeCostRows(input());
    expect(rows.map((r) => r.programme).sort()).toEqual(['cash', 'farm', 'microfinance', 'stipend', 'training']);
    const costed = rows.filter((r) => r.value !== null);
    for (let k = 1; k < costed.length; k++) expect(costed[k]!.value!).toBeGreaterThanOrEqual(costed[k - 1]!.value!);
    for (const r of rows) {
      const res = fixtureRun(alone.find((p) => p.programme === r.programme)!.scenario).result;
      expect(r.value).toBe(res.summary.costPerSustainedExitPKR.mean);
      expect(r.exits.value).toBe(res.summary.additionalSustainedExits.mean);
    }
  });

  test('a programme not run yet goes last, marked, with nothing to draw', () => {
    const rows = programmeCostRows(input(2));
    expect(rows.slice(2).every((r) => r.note === NOT_YET && r.value === null)).toBe(true);
    expect(programmeProgress(input(2))).toEqual({ done: 10, total: 25 });
    expect(interaction(input(2))).toBeNull();
  });

  test('sets the programmes’ exits alone, summed, beside the scenario’s own', () => {
    const mix = interaction(input())!;
    const sum = alone.reduce((a, p) => a + fixtureRun(p.scenario).result.summary.additionalSustainedExits.mean!, 0);
    expect(mix.alone).toBeCloseTo(sum, 6);
    expect(mix.together).toBe(combined.summary.additionalSustainedExits.mean);
  });
});

describe('ProgrammeCostChart', () => {
  test('a bar per programme by name, its table with each programme’s cost, and no progress bar once all have run', () => {
    render(<ProgrammeCostChart input={input()} focusName={scenario.name} />);
    const frame = frameTitled(/^Cost per additional exit, programme by programme: Rs 120 bn/);
    expect(categoryNames(chartSvg(frame)).sort()).toEqual(alone.map((p) => keyLabel(p.programme)).sort());
    expect(within(frame).queryByRole('progressbar')).toBeNull();
    expect(frame).toHaveTextContent(/Alone, the programmes add .* sustained exits between them; together in “Rs 120 bn”/);
    const table = showTable(frame);
    const cash = fixtureRun(alone.find((p) => p.programme === 'cash')!.scenario).result.summary.costPerSustainedExitPKR;
    expect(within(table).getByRole('rowheader', { name: 'Cash transfer' }).closest('tr')).toHaveTextContent(formatPKR(cash.mean));
  });

  // Caught by an exploratory pass: "78.7k …, together 78.7k: together they do more than the sum of their parts".
  test('says the programmes together are the sum of their parts when the two counts read the same, and nothing of one programme', () => {
    const full = input();
    const sum = interaction(full)!.alone;
    const tied = { ...full, combined: { ...combined, summary: { ...combined.summary, additionalSustainedExits: { ...combined.summary.additionalSustainedExits, mean: sum + 0.4 } } } };
    const { unmount } = render(<ProgrammeCostChart input={tied} focusName={scenario.name} />);
    const frame = frameTitled(/^Cost per additional exit, programme by programme: Rs 120 bn/);
    expect(frame).toHaveTextContent(/: as rounded, the sum of their parts\./);
    expect(frame).not.toHaveTextContent(/more than the sum of their parts/);
    unmount();
    // One programme alone is the scenario itself: no sentence comparing them.
    expect(interaction({ ...full, runs: full.runs.slice(0, 1) })).toBeNull();
  });

  test('every bar in the scenario\u2019s own colour, not in programme colours that scenarios also wear', () => {
    render(<ProgrammeCostChart input={{ ...input(), color: '#0072B2' }} focusName={scenario.name} />);
    const svg = chartSvg(frameTitled(/^Cost per additional exit, programme by programme/));
    const fills = new Set([...svg.querySelectorAll('rect[fill]')].map((r) => r.getAttribute('fill')).filter((f) => f !== 'none' && f !== 'transparent' && f !== '#fff' && f !== 'white'));
    expect([...fills]).toEqual(['#0072B2']);
  });

  test('while runs go on: a progress bar with its count, and the programmes still to run say so', () => {
    render(<ProgrammeCostChart input={input(3)} focusName={scenario.name} />);
    const bar = screen.getByRole('progressbar', { name: /replications done/ });
    expect(bar).toHaveAttribute('value', '15');
    expect(bar).toHaveAttribute('max', '25');
    expect(screen.getAllByText(NOT_YET).length).toBeGreaterThan(0);
  });

  test('an interval open above (some replications add no exits) is said under the name, in the note and in the table', () => {
    const open = input();
    const first = open.runs[0]!;
    const r = first.result!;
    const cost = { ...r.summary.costPerSustainedExitPKR, p95: null };
    first.result = { ...r, summary: { ...r.summary, costPerSustainedExitPKR: cost } };
    render(<ProgrammeCostChart input={open} focusName={scenario.name} />);
    const frame = frameTitled(/^Cost per additional exit, programme by programme/);
    expect(chartSvg(frame)).toHaveTextContent('90% interval: no upper end');
    expect(frame).toHaveTextContent(/in more than 5% of replications there were no additional exits/);
    const row = within(showTable(frame)).getByRole('rowheader', { name: first.label }).closest('tr')!;
    expect(row).toHaveTextContent(`${formatPKR(cost.mean)} (${formatPKR(cost.p5)} to no upper end)`);
  });

  test('a scenario without new programmes says there is nothing to split', () => {
    render(<ProgrammeCostChart input={null} focusName="Status quo" />);
    expect(screen.getByText(/“Status quo” funds no new programme/)).toBeInTheDocument();
  });
});
