/**
 * A new version of the app, installed and waiting (vite-plugin-pwa's onNeedRefresh), is offered in the notices with a
 * button that reloads into it (updateSW(true)): before, nothing listened and the new build waited until every tab of
 * the app was closed, unannounced.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { Notices } from '../../src/ui/Notices';
import { registerServiceWorker } from '../../src/pwa';

const pwa = vi.hoisted(() => ({
  options: undefined as undefined | { immediate?: boolean; onNeedRefresh?: () => void },
  updateSW: vi.fn((_reload?: boolean) => Promise.resolve()),
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: typeof pwa.options) => {
    pwa.options = options;
    return pwa.updateSW;
  },
}));

beforeAll(() => {
  vi.stubEnv('PROD', true);
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
});
afterAll(() => {
  vi.unstubAllEnvs();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('a new version of the app', () => {
  it('is offered once it waits, and the button reloads into it', async () => {
    render(
      <StoreProvider store={createAppStore()}>
        <Notices />
      </StoreProvider>,
    );
    let settle!: () => void;
    registerServiceWorker(new Promise<void>((r) => (settle = r)));
    // Registered only once the runs have settled, as before.
    await act(async () => {});
    expect(pwa.options).toBeUndefined();
    await act(async () => settle());
    await vi.waitFor(() => expect(pwa.options).toBeDefined());
    expect(pwa.options!.immediate).toBe(true);
    expect(screen.queryByRole('button', { name: 'Reload now' })).toBeNull();
    act(() => pwa.options!.onNeedRefresh!());
    expect(screen.getByRole('status').textContent).toContain('A new version of this app is ready.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(pwa.updateSW).toHaveBeenCalledWith(true);
    // Dismissed, it is gone for this page (the new version then waits for every tab to be closed).
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('button', { name: 'Reload now' })).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    // Review: a later version, found after the first was dismissed, had never been offered.
    act(() => pwa.options!.onNeedRefresh!());
    expect(screen.getByRole('button', { name: 'Reload now' })).toBeInTheDocument();
  });
});
