/**
 * The import dialog as a modal over the whole app (ui/Root): while it is up the
 * app behind it is inert (no Tab onto its controls, no screen-reader browsing),
 * the dialog itself is not; when it closes the app is free again and focus is
 * back on the control that opened it. The dialog had said aria-modal but left
 * the app behind it reachable.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyLocale } from '../../../src/i18n/index';
import { appInRoot } from '../rootApp';
import { fakeImport } from './render';
import { parsedFile } from './parsed';

afterEach(() => {
  applyLocale('en', 'international', document);
  document.getElementById('root')?.remove();
});

/** The app in Root, drawn into a #root as in index.html, with `parse` answering `result`. */
function renderApp(result: Awaited<ReturnType<typeof parsedFile>> | 'never') {
  const { store, stop, root } = appInRoot({ households: (st) => fakeImport(st, result), intoRoot: true });
  const page = root.querySelector('.app')!;
  return { store, stop, root, page: () => root.querySelector('.app')! as HTMLElement, opener: within(page as HTMLElement).getByRole('button', { name: 'Import households…' }) };
}

const dialog = () => screen.getByRole('dialog', { name: 'Import households' });

describe('<ImportDialog> as a modal over the app', () => {
  it('makes the app behind it inert, not itself; Escape frees the app and gives focus back to the button that opened it', async () => {
    const { stop, root, page, opener } = renderApp('never');
    await userEvent.click(opener);
    expect(page()).toHaveAttribute('inert');
    expect(dialog().closest('[inert]')).toBeNull();
    expect(root).not.toHaveAttribute('inert');
    expect(dialog()).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(page()).not.toHaveAttribute('inert');
    expect(opener).toHaveFocus();
    stop();
  });

  it('frees the app and gives focus back after Cancel, and after the good rows are used', async () => {
    const { stop, page, opener } = renderApp(await parsedFile());
    await userEvent.click(opener);
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(page()).not.toHaveAttribute('inert');
    expect(opener).toHaveFocus();

    await userEvent.click(opener);
    expect(page()).toHaveAttribute('inert');
    await userEvent.upload(within(dialog()).getByLabelText('Choose a CSV file…'), new File(['x'], 'survey.csv'));
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Use the 48 good rows' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(page()).not.toHaveAttribute('inert');
    expect(opener).toHaveFocus();
    expect(opener).toHaveAccessibleName('Import other households…');
    stop();
  });

  it('keeps the app inert when a change of language draws it afresh under the open dialog', async () => {
    const { store, stop, page, opener } = renderApp('never');
    await userEvent.click(opener);
    const before = page();
    act(() => store.getState().setLanguage('ur'));
    await waitFor(() => expect(page()).not.toBe(before));
    expect(page()).toHaveAttribute('inert');
    expect(screen.getByRole('dialog').closest('[inert]')).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(page()).not.toHaveAttribute('inert');
    stop();
  });

  it('leaves alone what was inert already: the inert mark the slides put on #root stays when the dialog closes', async () => {
    const { store, stop, root, page } = renderApp('never');
    // As the slides leave the page (Presentation): #root inert, and with it the app.
    root.setAttribute('inert', '');
    page().setAttribute('inert', '');
    act(() => store.getState().openImport(store.getState().activeId));
    expect(dialog()).toBeInTheDocument();
    act(() => store.getState().closeImport());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(root).toHaveAttribute('inert');
    expect(page()).toHaveAttribute('inert');
    stop();
  });
});
