/**
 * Imported household data kept in the browser, in IndexedDB (localStorage
 * holds strings of a few megabytes at most; a data set is typed arrays of up
 * to millions of values, which IndexedDB stores as they are). One entry per
 * data set, keyed by the SHA-256 of the file it came from. Reading checks an
 * entry's shape before anything uses it (readStoredDataset): storage is
 * outside the app's control, so an entry from another build or a damaged one
 * is reported and dropped, never run.
 */
import { householdValueProblem, type HouseholdData } from '../engine/index';

export const DATASET_FORMAT = 'poverty-policy-simulator/households';
export const DATASET_VERSION = 1;
const DB_NAME = 'poverty-policy-simulator';
const DB_VERSION = 1;
const STORE = 'households';

/** What is kept for one data set. */
export interface StoredDataset {
  format: typeof DATASET_FORMAT;
  version: typeof DATASET_VERSION;
  sha256: string;
  /**
   * The ENGINE_VERSION whose parser read the file. Kept so that a later
   * change of the parsing rules can tell which entries it read under the old
   * ones; entries written before it was kept have none, and are accepted.
   */
  engineVersion?: string;
  /** How the scenario that imported it named it (a scenario opened from a link may name it otherwise). */
  id: string;
  name: string;
  savedAt: string;
  data: HouseholdData;
}

export interface DatasetStore {
  /** The entry as stored (unchecked: see readStoredDataset), or undefined. */
  get(sha256: string): Promise<unknown>;
  put(entry: StoredDataset): Promise<void>;
  delete(sha256: string): Promise<void>;
  /** The hashes of every stored data set. */
  keys(): Promise<string[]>;
}

/** Why a stored entry was refused, as households:damaged.* says it. */
export type DamageReason =
  | { kind: 'format' }
  | { kind: 'newer'; version: number }
  | { kind: 'column'; column: string }
  | { kind: 'value'; column: string; row: number }
  /** It holds `n` rows where the scenario naming it says `rows`: the one or the other is not what the import made. */
  | { kind: 'rows'; n: number; rows: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type ArrayKind = 'u8' | 'i32' | 'f64';
/** By tag rather than instanceof: what storage gives back may come from another realm. */
const tag = (v: unknown) => Object.prototype.toString.call(v);
const KINDS: Record<ArrayKind, (v: unknown) => boolean> = {
  u8: (v) => tag(v) === '[object Uint8Array]',
  i32: (v) => tag(v) === '[object Int32Array]',
  f64: (v) => tag(v) === '[object Float64Array]',
};

/** Every column of HouseholdData: its array type, and whether null (left out of the file) is allowed. */
const COLUMNS: readonly [keyof HouseholdData, ArrayKind, boolean][] = [
  ['region', 'u8', false], ['rural', 'u8', false], ['weight', 'f64', false], ['size', 'u8', false], ['ae', 'f64', false],
  ['welfare', 'f64', false], ['livelihood', 'u8', false], ['femaleHead', 'u8', false], ['elderlyDisabled', 'u8', false],
  ['schoolChildren', 'u8', false], ['skilled', 'u8', false], ['replication', 'i32', true], ['pmt', 'f64', true],
  ['existing', 'u8', true], ['savings', 'f64', true], ['loanStatus', 'u8', true], ['permanentLog', 'f64', true], ['persistentLog', 'f64', true],
];

/**
 * A stored entry checked before use: the document's format and version,
 * every column's type and length, and every value against the rules the
 * parser checks a file with (engine householdValueProblem: the one table of
 * VALUE_RULES), so whatever storage gives back, the engine gets only data a
 * file could have given it. A refused value is named by its file column and
 * its row (from 1).
 */
export function readStoredDataset(raw: unknown, sha256: string): { ok: true; dataset: StoredDataset } | { ok: false; reason: DamageReason } {
  if (!isObject(raw) || raw.format !== DATASET_FORMAT || raw.sha256 !== sha256) return { ok: false, reason: { kind: 'format' } };
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return { ok: false, reason: { kind: 'format' } };
  if (raw.version > DATASET_VERSION) return { ok: false, reason: { kind: 'newer', version: raw.version } };
  if (typeof raw.id !== 'string' || typeof raw.name !== 'string' || !isObject(raw.data)) return { ok: false, reason: { kind: 'format' } };
  if (raw.engineVersion !== undefined && (typeof raw.engineVersion !== 'string' || raw.engineVersion === '')) return { ok: false, reason: { kind: 'format' } };
  const data = raw.data;
  const n = data.n;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return { ok: false, reason: { kind: 'column', column: 'n' } };
  if (data.welfareKind !== 'income' && data.welfareKind !== 'consumption') return { ok: false, reason: { kind: 'column', column: 'welfareKind' } };
  if (!Array.isArray(data.householdId) || data.householdId.length !== n || !data.householdId.every((x) => typeof x === 'string'))
    return { ok: false, reason: { kind: 'column', column: 'householdId' } };
  for (const [column, kind, nullable] of COLUMNS) {
    const v = data[column];
    if (v === null && nullable) continue;
    if (!KINDS[kind](v) || (v as ArrayLike<number>).length !== n) return { ok: false, reason: { kind: 'column', column } };
  }
  // The model-state columns go together, as in a file.
  if ((data.permanentLog === null) !== (data.persistentLog === null)) return { ok: false, reason: { kind: 'column', column: data.permanentLog === null ? 'permanentLog' : 'persistentLog' } };
  const problem = householdValueProblem(data as unknown as HouseholdData);
  if (problem) return { ok: false, reason: { kind: 'value', column: problem.column, row: problem.row + 1 } };
  return { ok: true, dataset: raw as unknown as StoredDataset };
}

/**
 * Delete every stored data set `keep` refuses, asked once the list of keys
 * is in (so that a scenario opened meanwhile counts); returns their hashes.
 * Storage that cannot be listed is left as it is: this is housekeeping.
 */
export async function deleteStoredExcept(datasets: DatasetStore, keep: (sha256: string) => boolean): Promise<string[]> {
  let keys: string[];
  try {
    keys = await datasets.keys();
  } catch {
    return [];
  }
  const gone = keys.filter((sha256) => !keep(sha256));
  await Promise.all(gone.map((sha256) => datasets.delete(sha256).catch(() => undefined)));
  return gone;
}

/**
 * The database could not be opened because another tab of this app holds it open (IndexedDB's `blocked`): the
 * app's own finding, not a refusal by the browser, so it goes by a name of its own, which errorReasons
 * storageRefusal tells it by and words as what the reader can do about it, without its English message.
 */
export class BlockedError extends Error {
  constructor() {
    super('IndexedDB is blocked by another tab of this app');
    this.name = 'BlockedError';
  }
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** The browser's IndexedDB, opened on first use (a page that never imports data never creates the database). */
export function indexedDbDatasetStore(factory: IDBFactory = indexedDB): DatasetStore {
  let db: Promise<IDBDatabase> | null = null;
  // An open another tab blocks stays pending until that tab lets go (then it succeeds). Meanwhile every call is
  // refused at once: a new open would wait, silently, in the queue behind it.
  let blocked = false;
  const open = (): Promise<IDBDatabase> => {
    if (blocked) return Promise.reject(new BlockedError());
    const opening = (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB_NAME, DB_VERSION);
      r.onupgradeneeded = () => {
        if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE);
      };
      r.onsuccess = () => {
        const connection = r.result;
        // Another tab upgrading the database asks this one to let go; the browser closes it if the site's data is
        // cleared. The next call opens it again.
        const lost = () => {
          if (db === opening || db === held) db = null;
        };
        connection.onversionchange = () => {
          connection.close();
          lost();
        };
        connection.onclose = lost;
        const held = Promise.resolve(connection);
        // Opened once the other tab let go, after this open's callers were refused: the next call uses it.
        if (blocked) {
          blocked = false;
          db = held;
        }
        resolve(connection);
      };
      r.onerror = () => {
        blocked = false;
        reject(r.error ?? new Error('IndexedDB could not be opened'));
      };
      r.onblocked = () => {
        blocked = true;
        reject(new BlockedError());
      };
    }));
    opening.catch(() => {
      if (db === opening) db = null;
    });
    return opening;
  };
  const run = async <T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    let tx: IDBTransaction;
    try {
      tx = (await open()).transaction(STORE, mode);
    } catch (e) {
      // A connection closing as it was taken (InvalidStateError): open it again, once.
      if ((e as { name?: unknown } | null)?.name !== 'InvalidStateError') throw e;
      db = null;
      tx = (await open()).transaction(STORE, mode);
    }
    // A write counts once its transaction has committed, not when its request succeeds.
    const committed = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    committed.catch(() => undefined);
    const result = await request(f(tx.objectStore(STORE)));
    if (mode === 'readwrite') await committed;
    return result;
  };
  return {
    get: (sha256) => run('readonly', (s) => s.get(sha256)),
    put: async (entry) => {
      await run('readwrite', (s) => s.put(entry, entry.sha256));
    },
    delete: async (sha256) => {
      await run('readwrite', (s) => s.delete(sha256));
    },
    keys: async () => {
      // Listing should not create the database for a page that never imported data (where the browser can tell).
      if (!db && typeof factory.databases === 'function' && !(await factory.databases()).some((d) => d.name === DB_NAME)) return [];
      return (await run('readonly', (s) => s.getAllKeys())).filter((k): k is string => typeof k === 'string');
    },
  };
}

/** In memory, for tests and for browsers without IndexedDB (the data then lasts until the page closes). */
export function memoryDatasetStore(): DatasetStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (sha256) => (entries.has(sha256) ? structuredClone(entries.get(sha256)) : undefined),
    put: async (entry) => {
      entries.set(entry.sha256, structuredClone(entry));
    },
    delete: async (sha256) => {
      entries.delete(sha256);
    },
    keys: async () => [...entries.keys()],
  };
}
