/**
 * The service worker's precache waits for the first comparison: runsSettled
 * resolves once no run is in progress, or after its time limit, and not before.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { runsSettled } from '../../src/pwa';

type Runs = Record<string, { status: string }>;
const storeWith = (runs: Runs) => createStore<{ runs: Runs }>(() => ({ runs }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

async function settledYet(p: Promise<void>): Promise<boolean> {
  let yes = false;
  void p.then(() => (yes = true));
  await vi.advanceTimersByTimeAsync(0);
  return yes;
}

describe('runsSettled(store)', () => {
  test('waits while any run is running, and resolves when the last one finishes, fails or is cancelled', async () => {
    const store = storeWith({ a: { status: 'running' }, b: { status: 'running' } });
    const p = runsSettled(store, 60_000);
    expect(await settledYet(p)).toBe(false);
    store.setState({ runs: { a: { status: 'done' }, b: { status: 'running' } } });
    expect(await settledYet(p)).toBe(false);
    store.setState({ runs: { a: { status: 'done' }, b: { status: 'cancelled' } } });
    expect(await settledYet(p)).toBe(true);
  });

  test('an empty store is not settled (the first run has not started yet); the time limit ends the wait', async () => {
    const p = runsSettled(storeWith({}), 30_000);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(await settledYet(p)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settledYet(p)).toBe(true);
  });

  test('resolves at once when nothing is running', async () => {
    expect(await settledYet(runsSettled(storeWith({ a: { status: 'error' } })))).toBe(true);
  });
});
