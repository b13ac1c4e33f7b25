/**
 * The options slide's sideways box (OptionsSlide) is a Tab stop and a region
 * only while its table is wider than it and it can scroll (on a phone): it had
 * been one always, a stop that did nothing, announced as a region, wherever
 * the table fitted. jsdom lays nothing out: the box's widths are stubbed, and
 * its resize reports are sent by the test.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { PresentButton } from '../../../src/ui/present/PresentButton';

/** The box `box` px wide, its table `table` px; and its resize reports, sent by `resize`. */
function fakeBox(box: number, table: number) {
  const size = { box, table };
  const reports: (() => void)[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: () => void) {}
      observe(el: Element) {
        if (el.classList.contains('slide-options-scroll')) reports.push(() => this.report());
      }
      unobserve() {}
      disconnect() {}
    },
  );
  const isBox = (el: Element) => el.classList.contains('slide-options-scroll');
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return isBox(this) ? size.box : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return isBox(this) ? Math.max(size.box, size.table) : 0;
  });
  return (next: Partial<typeof size>) => {
    Object.assign(size, next);
    act(() => reports.forEach((report) => report()));
  };
}

/** The box scrolls sideways where its table overflows, as on a phone (present.css's @media, which jsdom does not apply). */
function asOnAPhone(): void {
  const style = document.createElement('style');
  style.id = 'phone';
  style.textContent = '.slide-options-scroll { overflow-x: auto; }';
  document.head.append(style);
}

/** The deck opened on its second slide, what is in each option; its box. */
async function optionsSlide(): Promise<{ dialog: HTMLElement; box: HTMLElement }> {
  render(
    <StoreProvider store={createAppStore()}>
      <PresentButton />
    </StoreProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Present' }));
  const dialog = screen.getByRole('dialog', { name: 'Presentation' });
  await userEvent.keyboard('{ArrowRight}');
  expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('What is in each option');
  return { dialog, box: dialog.querySelector<HTMLElement>('.slide-options-scroll')! };
}

afterEach(() => {
  document.getElementById('phone')?.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the options slide’s sideways box', () => {
  it('is no Tab stop and no region while its table fits', async () => {
    asOnAPhone();
    fakeBox(600, 600);
    const { dialog, box } = await optionsSlide();
    expect(within(dialog).getByRole('table')).toBeInTheDocument();
    expect(box).not.toHaveAttribute('tabindex');
    expect(within(dialog).queryByRole('region', { name: 'What is in each option' })).toBeNull();
  });

  it('is not one where a table wider than it spills over instead of scrolling (overflow visible, off a phone)', async () => {
    fakeBox(600, 900);
    const { dialog, box } = await optionsSlide();
    expect(box).not.toHaveAttribute('tabindex');
    expect(within(dialog).queryByRole('region', { name: 'What is in each option' })).toBeNull();
  });

  it('becomes one, named by the headline, once its table is wider than it; its arrows then scroll it, not the deck', async () => {
    asOnAPhone();
    const resize = fakeBox(360, 360);
    const { dialog, box } = await optionsSlide();
    expect(box).not.toHaveAttribute('tabindex');
    // The slide's type grows back, a face arrives: the table is now wider than the box.
    resize({ table: 720 });
    expect(box).toHaveAttribute('tabindex', '0');
    expect(within(dialog).getByRole('region', { name: 'What is in each option' })).toBe(box);
    box.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('What is in each option');
    // It fits again (a wider window) while it holds the focus: it stays a stop until the focus leaves, rather than
    // drop the focus to the page; then it is none.
    resize({ box: 800 });
    expect(box).toHaveAttribute('tabindex', '0');
    expect(document.activeElement).toBe(box);
    act(() => box.blur());
    expect(box).not.toHaveAttribute('tabindex');
  });
});
