/**
 * The import dialog whose scenario goes (removed in another tab, the change merged into this one) and comes back (the
 * removal undone there): gone, it leaves the app free; back, it makes the app inert again and takes focus as it does
 * when first opened. Focus had stayed where the dialog's going left it, on a page now inert: no Tab reached anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyLocale } from '../../../src/i18n/index';
import { appInRoot } from '../rootApp';
import { fakeImport } from './render';

afterEach(() => {
  applyLocale('en', 'international', document);
  document.getElementById('root')?.remove();
});

/** The app in Root, drawn into a #root as in index.html, its import's file never read. */
function renderApp() {
  const { store, stop, root } = appInRoot({ households: (st) => fakeImport(st, 'never'), intoRoot: true });
  return { store, stop, page: () => root.querySelector('.app')! as HTMLElement };
}

const dialog = () => screen.getByRole('dialog', { name: 'Import households' });

describe('<ImportDialog> whose scenario goes and comes back', () => {
  it('frees the app while its scenario is gone; back, it makes the app inert again and takes focus into itself', async () => {
    const { store, stop, page } = renderApp();
    const opener = screen.getByRole('button', { name: 'Import households…' });
    await userEvent.click(opener);
    expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    const id = store.getState().importFor!;
    const { scenarios, meta, order, activeId, compareIds } = store.getState();

    // As a merge from another tab puts the workspace in the store: the scenario removed, then back as it was.
    act(() => store.getState().remove(id));
    expect(store.getState().importFor).toBe(id);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(page()).not.toHaveAttribute('inert');
    act(() => store.setState({ scenarios, meta, order, activeId, compareIds }));
    expect(page()).toHaveAttribute('inert');
    expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByLabelText('Choose a CSV file…')).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(page()).not.toHaveAttribute('inert');
    expect(opener).toHaveFocus();
    stop();
  });
});
