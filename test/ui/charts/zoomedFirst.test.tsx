/**
 * The poverty chart's axis in the printed report (plot/zoomedFirst): zoomed
 * to the lines where the reader has not chosen, with the axis drawn broken
 * and the note saying it does not start at 0; from zero on screen; and a
 * choice the reader made in the Overlaid view, either way, printed as left,
 * while the report's own start is not kept for the dashboard. Fails if the
 * report prints the lines on a 0–25% axis again, or overrides a choice.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PovertyFanChart } from '../../../src/ui/charts/PovertyFanChart';
import { ZoomedFirst } from '../../../src/ui/charts/plot/zoomedFirst';
import { MemoryProvider, MemoryScope } from '../../../src/ui/memory';
import { chartRuns } from './helpers';
import { chartSvg } from './render';

const runs = chartRuns();
const zoomBox = (frame: HTMLElement) => within(frame).getByRole('checkbox', { name: 'Zoom the axis to the lines' }) as HTMLInputElement;

/** As the app keeps choices: the Overlaid view's and the report's charts under one 'results/povertyFan' scope. */
const kept = (chart: ReactNode) => (
  <MemoryScope name="results">
    <MemoryScope name="povertyFan">{chart}</MemoryScope>
  </MemoryScope>
);
const dashboard = (key: string) => kept(<PovertyFanChart key={key} runs={runs} bandFor="bn80" />);
const report = (key: string) => kept(<ZoomedFirst.Provider value><PovertyFanChart key={key} runs={runs} bandFor="bn80" /></ZoomedFirst.Provider>);

function axisOf(frame: HTMLElement) {
  const svg = chartSvg(frame);
  return { zero: within(svg).queryByText('0') !== null, broken: svg.querySelector('.chart-axis-break') !== null, box: zoomBox(frame).checked };
}

describe('ZoomedFirst', () => {
  it('starts the report’s poverty chart zoomed to the lines, marked broken and said in the note; the screen’s from zero', () => {
    const { container, rerender } = render(<MemoryProvider>{report('r')}</MemoryProvider>);
    expect(axisOf(container)).toEqual({ zero: false, broken: true, box: true });
    expect(container).toHaveTextContent('zoomed to the lines and does not start at 0');
    // The report's start is not a choice: the Overlaid view afterwards is as it was, from zero, unbroken.
    rerender(<MemoryProvider>{dashboard('d')}</MemoryProvider>);
    expect(axisOf(container)).toEqual({ zero: true, broken: false, box: false });
    expect(container).toHaveTextContent('The vertical axis starts at 0');
  });

  it('prints a choice made in the Overlaid view as it was left, from zero included', () => {
    const { container, rerender } = render(<MemoryProvider>{dashboard('d')}</MemoryProvider>);
    // Zoomed, then back: the reader chose the axis from zero.
    fireEvent.click(zoomBox(container));
    fireEvent.click(zoomBox(container));
    rerender(<MemoryProvider>{report('r')}</MemoryProvider>);
    expect(axisOf(container)).toEqual({ zero: true, broken: false, box: false });
  });
});
