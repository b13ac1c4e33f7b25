/**
 * useCloseOnLeave (src/ui/closeOnLeave.ts): a panel closes when the reader goes elsewhere even at once, in the moment
 * after it opens. Its listeners had been added by an effect of `open`, which runs only once React has put the panel
 * on the page (and, for a chart's Download menu, which the browser opens itself, only after its toggle event, a task
 * later): a Tab or a click in between went unheard, and the panel stayed open.
 */
import { Profiler, StrictMode, type ReactNode } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { SharePanel } from '../../src/ui/SharePanel';
import { ExportMenu } from '../../src/ui/export/ExportMenu';
import { NewScenarioMenu } from '../../src/ui/NewScenarioMenu';
import { ExitsChart } from '../../src/ui/charts/ExitsChart';
import { chartRuns } from './charts/helpers';

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:test/1') as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

/**
 * Renders `children` and, the first time React commits with `when()` true, does `then` as it commits: a Profiler's
 * onRender is called after the layout effects of the commit and before its effects (useEffect) run. That is the
 * moment in question: the panel is on the page, its effects not yet run.
 */
function renderWithAtCommit(children: ReactNode, when: () => boolean, then: () => void) {
  let done = false;
  const onRender = () => {
    if (done || !when()) return;
    done = true;
    then();
  };
  render(
    <StrictMode>
      <StoreProvider store={createAppStore()}>
        <Profiler id="at-commit" onRender={onRender}>
          {children}
        </Profiler>
        <button type="button">Elsewhere</button>
      </StoreProvider>
    </StrictMode>,
  );
  return { elsewhere: screen.getByRole('button', { name: 'Elsewhere' }) };
}

describe('a top-bar panel closes when the reader goes elsewhere at once, before its effects have run', () => {
  test('Share: a pointer pressed elsewhere', () => {
    const dialogShown = () => document.querySelector('.share-dialog') !== null;
    const outside = { el: null as HTMLElement | null };
    const { elsewhere } = renderWithAtCommit(<SharePanel />, dialogShown, () => fireEvent.pointerDown(outside.el!));
    outside.el = elsewhere;
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveAttribute('aria-expanded', 'false');
  });

  test('Share: focus taken elsewhere', () => {
    const outside = { el: null as HTMLElement | null };
    const { elsewhere } = renderWithAtCommit(<SharePanel />, () => document.querySelector('.share-dialog') !== null, () => outside.el!.focus());
    outside.el = elsewhere;
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('Export: focus taken elsewhere (Tab out of it)', () => {
    const outside = { el: null as HTMLElement | null };
    const { elsewhere } = renderWithAtCommit(<ExportMenu />, () => document.querySelector('.export-panel') !== null, () => outside.el!.focus());
    outside.el = elsewhere;
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute('aria-expanded', 'false');
  });

  test('Export: a pointer pressed elsewhere', () => {
    const outside = { el: null as HTMLElement | null };
    const { elsewhere } = renderWithAtCommit(<ExportMenu />, () => document.querySelector('.export-panel') !== null, () => fireEvent.pointerDown(outside.el!));
    outside.el = elsewhere;
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('New scenario: focus taken elsewhere', () => {
    const outside = { el: null as HTMLElement | null };
    const { elsewhere } = renderWithAtCommit(<NewScenarioMenu onChoose={() => {}} />, () => document.querySelector('.new-scenario-list') !== null, () => outside.el!.focus());
    outside.el = elsewhere;
    fireEvent.click(screen.getByRole('button', { name: 'New scenario…' }));
    expect(document.querySelector('.new-scenario-list')).toBeNull();
  });

  test('going elsewhere after the panel has opened still closes it, and going within it does not', () => {
    const { elsewhere } = renderWithAtCommit(<ExportMenu />, () => false, () => {});
    const button = screen.getByRole('button', { name: 'Export' });
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog');
    expect(dialog.contains(document.activeElement)).toBe(true);
    act(() => button.focus());
    fireEvent.pointerDown(dialog);
    expect(screen.getByRole('dialog')).toBe(dialog);
    act(() => elsewhere.focus());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(elsewhere).toHaveFocus();
  });
});

describe('a chart’s Download menu closes when the reader goes elsewhere before React has seen it open', () => {
  /** Opened as the browser opens it: `open` set at once, React told by a toggle event in a later task. */
  function opened() {
    render(
      <>
        <ExitsChart runs={chartRuns()} />
        <button type="button">Next control</button>
      </>,
    );
    const details = document.querySelector<HTMLDetailsElement>('details.chart-downloads')!;
    details.open = true;
    return { details, next: screen.getByRole('button', { name: 'Next control' }) };
  }

  test('a pointer pressed elsewhere', () => {
    const { details, next } = opened();
    fireEvent.pointerDown(next);
    expect(details.open).toBe(false);
  });

  test('Tab out of it, focus staying where the reader took it', () => {
    const { details, next } = opened();
    screen.getByRole('button', { name: 'Download CSV' }).focus();
    next.focus();
    expect(details.open).toBe(false);
    expect(next).toHaveFocus();
  });

  test('a pointer pressed inside it leaves it open', () => {
    const { details } = opened();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Download CSV' }));
    expect(details.open).toBe(true);
  });
});
