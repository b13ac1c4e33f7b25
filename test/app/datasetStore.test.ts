/**
 * indexedDbDatasetStore against a hand-made IndexedDB: what it does when another tab of the app holds the
 * database open (the browser's `blocked`).
 */
import { describe, expect, it } from 'vitest';
import { BlockedError, indexedDbDatasetStore } from '../../src/app/datasetStore';

/** An IDBFactory whose opens report `blocked`, and which the test can let succeed afterwards. */
function blockingFactory() {
  const opens: { onblocked?: () => void; onsuccess?: () => void; result?: unknown }[] = [];
  const closed: number[] = [];
  const factory = {
    open: () => {
      const request: (typeof opens)[number] = {};
      opens.push(request);
      setTimeout(() => request.onblocked?.());
      return request;
    },
  } as unknown as IDBFactory;
  /** The other tab lets go: open number k succeeds. */
  const succeed = (k: number) => {
    opens[k]!.result = { close: () => closed.push(k), objectStoreNames: { contains: () => true } };
    opens[k]!.onsuccess?.();
  };
  return { factory, opens, closed, succeed };
}

describe('indexedDbDatasetStore when another tab blocks the open', () => {
  it('refuses with BlockedError, and closes the connection that opens after the refusal instead of holding it', async () => {
    const idb = blockingFactory();
    const store = indexedDbDatasetStore(idb.factory);
    await expect(store.get('x')).rejects.toBeInstanceOf(BlockedError);
    idb.succeed(0);
    expect(idb.closed).toEqual([0]);
    // The next call opens again rather than reusing the refused open.
    await expect(store.get('x')).rejects.toBeInstanceOf(BlockedError);
    expect(idb.opens).toHaveLength(2);
  });
});
