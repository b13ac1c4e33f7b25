/**
 * indexedDbDatasetStore against a hand-made IndexedDB: what it does when another tab of the app holds the
 * database open (the browser's `blocked`), and when the browser closes its connection.
 */
import { describe, expect, it } from 'vitest';
import { BlockedError, indexedDbDatasetStore } from '../../src/app/datasetStore';

type Request = { onblocked?: () => void; onsuccess?: () => void; onerror?: () => void; result?: unknown };
type Connection = { close(): void; onclose?: () => void; onversionchange?: () => void; transaction(): never; used: number; closed: boolean; closing?: boolean };

/**
 * An IDBFactory whose opens report `blocked` (while `blocking`) or succeed, as a browser's do: a blocked open stays
 * pending, and succeeds once the other tab lets go (`letGo`). A connection's transactions throw `used` (enough to
 * tell which connection a call reached).
 */
function fakeIndexedDb() {
  const opens: Request[] = [];
  const connections: Connection[] = [];
  let blocking = true;
  const connect = (request: Request) => {
    const c: Connection = {
      used: 0,
      closed: false,
      close: () => void (c.closed = true),
      transaction: () => {
        // As a browser's connection that is closing: it refuses new transactions.
        if (c.closing) throw new DOMException('The database connection is closing.', 'InvalidStateError');
        c.used++;
        throw new Error(`connection ${connections.indexOf(c)}`);
      },
    };
    connections.push(c);
    request.result = c;
    request.onsuccess?.();
  };
  const factory = {
    open: () => {
      const request: Request = {};
      opens.push(request);
      setTimeout(() => (blocking ? request.onblocked?.() : connect(request)));
      return request;
    },
  } as unknown as IDBFactory;
  /** The other tab lets go: the pending opens succeed, and new ones succeed at once. */
  const letGo = () => {
    blocking = false;
    for (const r of opens) if (r.result === undefined) connect(r);
  };
  return { factory, opens, connections, letGo };
}

describe('indexedDbDatasetStore when another tab blocks the open', () => {
  it('refuses with BlockedError, refuses later calls at once instead of queueing opens behind the blocked one, and uses its connection once it opens', async () => {
    const idb = fakeIndexedDb();
    const store = indexedDbDatasetStore(idb.factory);
    await expect(store.get('x')).rejects.toBeInstanceOf(BlockedError);
    // Still blocked: refused at once, no second open (a browser queues it behind the first, and it would wait unseen).
    await expect(store.keys()).rejects.toBeInstanceOf(BlockedError);
    expect(idb.opens).toHaveLength(1);
    // The other tab lets go: the blocked open succeeds, and the next call uses that connection, not a new one.
    idb.letGo();
    await expect(store.get('x')).rejects.toThrow('connection 0');
    expect(idb.opens).toHaveLength(1);
    expect(idb.connections[0]!.closed).toBe(false);
  });

  it('opens again after the browser closes its connection (the site’s data cleared)', async () => {
    const idb = fakeIndexedDb();
    idb.letGo();
    const store = indexedDbDatasetStore(idb.factory);
    await expect(store.get('x')).rejects.toThrow('connection 0');
    idb.connections[0]!.onclose!();
    await expect(store.get('x')).rejects.toThrow('connection 1');
    expect(idb.opens).toHaveLength(2);
  });

  it('opens again, once, when its connection is closing as a call takes it (InvalidStateError)', async () => {
    const idb = fakeIndexedDb();
    idb.letGo();
    const store = indexedDbDatasetStore(idb.factory);
    await expect(store.get('x')).rejects.toThrow('connection 0');
    idb.connections[0]!.closing = true;
    await expect(store.get('x')).rejects.toThrow('connection 1');
    expect(idb.opens).toHaveLength(2);
  });
});
