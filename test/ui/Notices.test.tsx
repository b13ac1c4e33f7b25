import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { Notices } from '../../src/ui/Notices';
import { restoreWorkspace, STORAGE_KEY, UNRESTORED_FILE } from '../../src/app/persistence';

afterEach(() => vi.restoreAllMocks());

describe('<Notices>', () => {
  // Saved work that could not be restored was kept only under a storage key, which nobody can reach without the
  // browser's developer tools: the notice offers it as a file.
  it('offers the saved work that could not be restored as a download, and dismissing takes its button away', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), `blob:test/${blobs.length}`)) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
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
});
