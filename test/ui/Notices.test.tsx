import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { Notices } from '../../src/ui/Notices';
import { EARLIER_UNRESTORED_FILE, PREVIOUS_UNRESTORED_KEY, restoreWorkspace, STORAGE_KEY, UNRESTORED_FILE, UNRESTORED_KEY } from '../../src/app/persistence';
import { serialiseWorkspace } from '../../src/state/workspace';

afterEach(() => vi.restoreAllMocks());

/** The files downloaded (ui/export/download), by name and content, caught instead of saved. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), `blob:test/${blobs.length}`)) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('<Notices>', () => {
  // Saved work that could not be restored was kept only under a storage key, which nobody can reach without the
  // browser's developer tools: the notice offers it as a file.
  it('offers the saved work that could not be restored as a download, and dismissing takes its button away', async () => {
    const { blobs, names } = catchDownloads();
    const store = createAppStore();
    const damaged = '{"format": "poverty-policy-simulator/workspace", "vers';
    const data = new Map([[STORAGE_KEY, damaged]]);
    restoreWorkspace(store, { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) });
    render(
      <StoreProvider store={store}>
        <Notices />
      </StoreProvider>,
    );
    // One button for the one notice that keeps a file, none for the notice that says what could not be read.
    const buttons = screen.getAllByRole('button', { name: 'Download the saved work' });
    expect(buttons).toHaveLength(1);
    await userEvent.click(buttons[0]!);
    expect(names).toEqual([UNRESTORED_FILE]);
    expect(await blobs[0]!.text()).toBe(damaged);
    // Dismissed, the notice goes with its button; the other notice stays, with none.
    const dismiss = screen.getAllByRole('button', { name: 'Dismiss message' });
    await act(async () => userEvent.click(dismiss[1]!));
    expect(screen.queryByRole('button', { name: 'Download the saved work' })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Dismiss message' })).toHaveLength(1);
  });

  describe('the kept copy’s removal', () => {
    const latest = '{"format": "the latest damaged save';
    const earlier = '{"format": "an earlier damaged save';

    /** A later visit: the workspace restored as saved, two copies kept by earlier visits; `refuse`: removeItem throws. */
    function laterVisit(refuse = false) {
      const data = new Map([[STORAGE_KEY, serialiseWorkspace(createAppStore().getState())], [UNRESTORED_KEY, latest], [PREVIOUS_UNRESTORED_KEY, earlier]]);
      const storage = {
        getItem: (k: string) => data.get(k) ?? null,
        setItem: (k: string, v: string) => void data.set(k, v),
        removeItem: (k: string) => {
          if (refuse) throw new DOMException('storage is disabled', 'SecurityError');
          data.delete(k);
        },
      };
      const store = createAppStore();
      store.getState().addNotice('Another message.');
      restoreWorkspace(store, storage);
      render(
        <StoreProvider store={store}>
          <Notices />
        </StoreProvider>,
      );
      return { data, store };
    }

    it('asks before removing, with focus on the answer that keeps; No keeps both copies and focus goes back to Remove', async () => {
      const { data } = laterVisit();
      expect(screen.getByText(/^Saved work that could not be restored earlier is still kept/)).toBeInTheDocument();
      const remove = screen.getByRole('button', { name: 'Remove from this browser…' });
      remove.focus();
      // Enter twice (a repeated key, or a double click's second click): the second answers No.
      await userEvent.keyboard('{Enter}');
      const question = screen.getByRole('group', { name: 'Remove the 2 copies kept in this browser’s storage? Once you close this page they cannot be brought back, unless you have downloaded them.' });
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'No, keep' }));
      expect(question).toContainElement(document.activeElement as HTMLElement);
      await userEvent.keyboard('{Enter}');
      expect(screen.queryByRole('group')).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove from this browser…' }));
      expect(data.get(UNRESTORED_KEY)).toBe(latest);
      expect(data.get(PREVIOUS_UNRESTORED_KEY)).toBe(earlier);
    });

    it('downloads each copy without removing it; Yes removes both, says so, still offers the files, and focuses its Dismiss', async () => {
      const { blobs, names } = catchDownloads();
      const { data, store } = laterVisit();
      await userEvent.click(screen.getByRole('button', { name: 'Download the saved work' }));
      await userEvent.click(screen.getByRole('button', { name: 'Download the earlier copy' }));
      expect(names).toEqual([UNRESTORED_FILE, EARLIER_UNRESTORED_FILE]);
      expect([await blobs[0]!.text(), await blobs[1]!.text()]).toEqual([latest, earlier]);
      expect(data.has(UNRESTORED_KEY) && data.has(PREVIOUS_UNRESTORED_KEY)).toBe(true);
      await userEvent.click(screen.getByRole('button', { name: 'Remove from this browser…' }));
      await act(async () => userEvent.click(screen.getByRole('button', { name: 'Yes, remove' })));
      expect(data.has(UNRESTORED_KEY)).toBe(false);
      expect(data.has(PREVIOUS_UNRESTORED_KEY)).toBe(false);
      expect(data.has(STORAGE_KEY)).toBe(true);
      const said = 'The saved work that could not be restored was removed from this browser’s storage. Until you close this page it can still be downloaded here.';
      expect(store.getState().notices).toEqual(['Another message.', said]);
      expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
      const notice = screen.getByText(said, { exact: false });
      expect(document.activeElement).toBe(within(notice).getByRole('button', { name: 'Dismiss message' }));
      await userEvent.click(within(notice).getByRole('button', { name: 'Download the earlier copy' }));
      expect(await blobs[2]!.text()).toBe(earlier);
    });

    it('says when another tab removed the copies first, not that this one removed them, and still offers the files', async () => {
      const { blobs } = catchDownloads();
      const { data, store } = laterVisit();
      await userEvent.click(screen.getByRole('button', { name: 'Remove from this browser…' }));
      // Meanwhile another tab of the app, offered the same copies, removes them.
      data.delete(UNRESTORED_KEY);
      data.delete(PREVIOUS_UNRESTORED_KEY);
      await act(async () => userEvent.click(screen.getByRole('button', { name: 'Yes, remove' })));
      const said = 'The saved work that could not be restored had already been removed from this browser’s storage, probably in another tab of this app. Until you close this page it can still be downloaded here.';
      expect(store.getState().notices).toEqual(['Another message.', said]);
      const notice = screen.getByText(said, { exact: false });
      expect(document.activeElement).toBe(within(notice).getByRole('button', { name: 'Dismiss message' }));
      await userEvent.click(within(notice).getByRole('button', { name: 'Download the saved work' }));
      expect(await blobs[0]!.text()).toBe(latest);
    });

    it('says when storage refuses the removal, keeps everything, and leaves focus on Remove to try again', async () => {
      const { data } = laterVisit(true);
      await userEvent.click(screen.getByRole('button', { name: 'Remove from this browser…' }));
      await userEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
      // Why, from the error's type; the browser's words after, labelled as its (they had been the reason alone).
      expect(
        screen.getByText(
          'It could not be removed from this browser (this browser does not allow the app to use its storage, probably because of its settings or a private window; the browser’s message: “SecurityError: storage is disabled”). Nothing is lost: what was not removed is still kept there, and the download still works.',
          { exact: false },
        ),
      ).toBeInTheDocument();
      expect(data.get(UNRESTORED_KEY)).toBe(latest);
      expect(data.get(PREVIOUS_UNRESTORED_KEY)).toBe(earlier);
      expect(screen.getByRole('button', { name: 'Download the saved work' })).toBeInTheDocument();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove from this browser…' }));
    });

    it('a dismissed notice hands focus to the Dismiss of the one now in its place', async () => {
      laterVisit();
      const [first, second] = screen.getAllByRole('button', { name: 'Dismiss message' });
      first!.focus();
      await userEvent.keyboard('{Enter}');
      expect(second).not.toBeInTheDocument();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dismiss message' }));
      expect(screen.getByText(/^Saved work that could not be restored earlier/)).toContainElement(document.activeElement as HTMLElement);
    });

    it('the last of several notices dismissed hands focus to the Dismiss of the one before it, now the last', async () => {
      // (Dismissing an earlier one keeps focus where it was by itself: React keeps that button, now the next notice's.)
      laterVisit();
      const [first, second] = screen.getAllByRole('button', { name: 'Dismiss message' });
      second!.focus();
      await userEvent.keyboard('{Enter}');
      expect(second).not.toBeInTheDocument();
      expect(document.activeElement).toBe(first);
      expect(screen.getByText('Another message.', { exact: false })).toContainElement(first!);
    });

    it('a Dismiss clicked without taking focus (as Safari clicks) leaves no landing: a later rewording moves nobody', () => {
      const store = createAppStore();
      for (const m of ['First.', 'Second.', 'Third.']) store.getState().addNotice(m);
      render(
        <StoreProvider store={store}>
          <Notices />
        </StoreProvider>,
      );
      // Clicked with focus left outside the notices: nothing to hand over, and nothing remembered for later.
      act(() => screen.getAllByRole('button', { name: 'Dismiss message' })[0]!.click());
      expect(store.getState().notices).toEqual(['Second.', 'Third.']);
      // The reader then tabs to the last notice's Dismiss, and the notices are reworded (a language switch).
      const last = screen.getAllByRole('button', { name: 'Dismiss message' })[1]!;
      last.focus();
      act(() => store.getState().rewordNotices());
      expect(document.activeElement).toBe(last);
    });

    it('the last notice dismissed hands focus to the results', async () => {
      const store = createAppStore();
      store.getState().addNotice('The only message.');
      render(
        <StoreProvider store={store}>
          <Notices />
          <main id="results" tabIndex={-1} />
        </StoreProvider>,
      );
      screen.getByRole('button', { name: 'Dismiss message' }).focus();
      await userEvent.keyboard('{Enter}');
      expect(screen.queryByRole('status')).toBeNull();
      expect(document.activeElement).toBe(document.getElementById('results'));
    });
  });
});
