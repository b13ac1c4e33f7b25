/**
 * Helpers for rendered-chart tests: the chart's svg, its legend, and the
 * switch to its table.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * The chart's svg inside a frame (the first, or the n-th for multi-panel
 * charts), typed as HTMLElement because testing-library's queries ask for one.
 */
export function chartSvg(frame: HTMLElement, n = 0): HTMLElement {
  const svgs = frame.querySelectorAll('svg.chart-surface');
  expect(svgs.length).toBeGreaterThan(n);
  return svgs[n] as unknown as HTMLElement;
}

/** Names of the series drawn (areas, lines and bars carry theirs in `data-series`), in drawing order. */
export function seriesNames(svg: Element): string[] {
  return [...svg.querySelectorAll('[data-series]')].map((el) => el.getAttribute('data-series')!);
}

/** Category names down or along an axis, in order (a wrapped name reads as one). */
export function categoryNames(svg: Element): string[] {
  return [...svg.querySelectorAll('[data-category]')].map((el) => el.getAttribute('data-category')!);
}

/** Everything written beside a category (its name, then its value and interval), as one line of text. */
export function categoryText(svg: Element, name: string): string {
  const el = [...svg.querySelectorAll('[data-category]')].find((e) => e.getAttribute('data-category') === name);
  expect(el, `category ${name}`).toBeDefined();
  return el!.querySelector('text')!.textContent!.replace(/\s+/g, ' ').trim();
}

export function legendLabels(frame: HTMLElement): string[] {
  return within(frame).getAllByRole('listitem').map((li) => li.textContent!);
}

/** The frame titled `title` (a figure named by its heading). */
export function frameTitled(title: string | RegExp): HTMLElement {
  return screen.getByRole('figure', { name: title });
}

/** Press "Table" and return the table, checking the switch reports its state. */
export function showTable(frame: HTMLElement): HTMLTableElement {
  const button = within(frame).getByRole('button', { name: 'Table' });
  expect(button).toHaveAttribute('aria-pressed', 'false');
  fireEvent.click(button);
  expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(within(frame).getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'false');
  expect(frame.querySelector('svg.chart-surface')).toBeNull();
  return within(frame).getByRole('table') as HTMLTableElement;
}
