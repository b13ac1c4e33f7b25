/**
 * A chart's kept choices (ui/memory) meeting results they no longer fit: a
 * "Shading for" pick whose scenario is no longer compared falls back to the
 * scenario in focus, not the first; a "Show the status quo" kept from runs
 * that had one adds no legend entry or columns to runs without one. Fails if
 * either fallback goes.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, within } from '@testing-library/react';
import { PovertyFanChart } from '../../../src/ui/charts/PovertyFanChart';
import { MemoryProvider, MemoryScope } from '../../../src/ui/memory';
import { chartRuns } from './helpers';
import { legendLabels, showTable } from './render';
import type { ChartRun } from '../../../src/ui/charts/types';

const runs = chartRuns();
const [baseline, bn80, bn120] = runs as [ChartRun, ChartRun, ChartRun];

function fan(shown: ChartRun[], focus: string, key: number) {
  return (
    <MemoryProvider>
      <MemoryScope name="results">
        <MemoryScope name="povertyFan">
          <PovertyFanChart key={key} runs={shown} bandFor={focus} />
        </MemoryScope>
      </MemoryScope>
    </MemoryProvider>
  );
}

describe('kept choices that no longer fit', () => {
  it('shades the scenario in focus when the picked one is no longer compared', () => {
    const { container, rerender } = render(fan(runs, bn80.id, 0));
    fireEvent.change(within(container).getByRole('combobox', { name: 'Shading for' }), { target: { value: bn120.id } });
    expect(legendLabels(container)).toContain('90% interval: Rs 120 bn');
    // A fresh chart (another key) in the same place, Rs 120 bn no longer compared: the focus, not the first.
    rerender(fan([baseline, bn80], bn80.id, 1));
    expect(legendLabels(container)).toContain('90% interval: Rs 80 bn');
    expect(within(container).getByRole('combobox', { name: 'Shading for' })).toHaveValue(bn80.id);
  });

  it('draws no status quo for runs that have none, though it was asked for', () => {
    const { container, rerender } = render(fan(runs, bn80.id, 0));
    fireEvent.click(within(container).getByRole('checkbox', { name: 'Show the status quo' }));
    expect(legendLabels(container)).toContain('status quo: existing cash transfer only (dashed)');
    const without = runs.map((r) => ({ ...r, result: { ...r.result, counterfactual: null } }));
    rerender(fan(without, bn80.id, 1));
    expect(legendLabels(container)).not.toContain('status quo: existing cash transfer only (dashed)');
    const table = showTable(container);
    expect(within(table).queryByRole('columnheader', { name: /status quo \(existing cash transfer only\)/ })).toBeNull();
  });
});
