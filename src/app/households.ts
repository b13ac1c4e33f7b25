/**
 * Imported household data in the app: parsing a file (in a worker), using
 * its good rows in a scenario, going back to the synthetic households, and
 * keeping every data set a scenario names where the runs can use it.
 *
 * A scenario names its data ({ id, name, sha256, rows }); the data is kept in
 * the browser (datasetStore) and given to the runner (loadHouseholds) before
 * the store marks it loaded, and connectRuns runs only scenarios whose data
 * is loaded. Whenever a scenario names data this session has not seen (the
 * saved workspace, a link, a file), it is looked for in the browser's
 * storage: found, it is loaded; damaged, it is reported and dropped; absent,
 * the user is told which file to import. Importing a file with the same
 * SHA-256 satisfies every scenario that names it. A data set no scenario
 * names any more is unloaded from the runner and forgotten, so the workers
 * hold exactly what the workspace names (the runner keeps every data set it
 * is given until then); at start, stored data sets no scenario names are
 * deleted from the browser.
 */
import { ENGINE_VERSION, replicationCoverage, replicationProblem, rowsPerReplication, validateScenario, type HouseholdData, type ValidationIssue } from '../engine/index';
import { i18n } from '../i18n/index';
import { isolate } from '../i18n/bidi';
import { storageReason } from '../i18n/errorReasons';
import { isLanguage, languageDir } from '../i18n/languages';
import type { HouseholdParser, ParsedFile, ParseOptions } from '../run/households/parser';
import type { Runner } from '../run/types';
import { displayNameOf, inSentence } from '../state/displayName';
import { shortHash, type HouseholdsRef } from '../state/householdsSlice';
import type { AppStore } from '../state/store';
import { DATASET_FORMAT, DATASET_VERSION, deleteStoredExcept, readStoredDataset, type DamageReason, type DatasetStore, type StoredDataset } from './datasetStore';

export interface HouseholdActions {
  /** Read, check and summarise a CSV file off the page's thread, at a poverty line (Rs per adult-equivalent a month). */
  parse(file: Blob, povertyLinePKR: number, options?: ParseOptions): Promise<ParsedFile>;
  /**
   * Run scenarios `ids` (the one the import was for, or every scenario on
   * screen) on the file's good rows, named by `label`. The data is given to
   * the runner, each scenario gets its reference (a new version, as any
   * edit), and the data is kept in the browser once a scenario names it. A
   * scenario that already names this file keeps its reference (its rows
   * count put right if it differs from the file's good rows). All or
   * nothing: every scenario is checked first, and if one would not validate
   * (or is gone) its issues are returned and no scenario changes, nor is the
   * data loaded. A file with a
   * replication column that lacks rows for a replication some scenario runs
   * changes nothing: the issues name each such scenario (UncoveredIssue).
   */
  confirm(ids: readonly string[], parsed: ParsedFile, label: { id: string; name: string }): ImportIssue[];
  /** Back to the synthetic households. */
  useSynthetic(id: string): ValidationIssue[];
}

/**
 * A file whose replication column lacks rows for a replication scenario `scenario` (its id) runs: `coverage` is the
 * first replication it has no rows for. Its code and arguments are worded where it is shown (households:dialog.uncovered),
 * so that it follows the reader's language; `message` is the engine's English (replicationProblem) after the
 * scenario's name, for a reader of the issue itself.
 */
export interface UncoveredIssue {
  path: 'run.replications';
  code: 'uncoveredReplications';
  args: { scenario: string; replications: number; coverage: number };
  message: string;
}

/** What confirm refuses: the scenario checks' problems, or a scenario the file's replications do not cover. */
export type ImportIssue = ValidationIssue | UncoveredIssue;

/** The scenarios of `ids` that run more replications than `data` (a file with a replication column) has rows for, each as an issue. */
export function uncoveredIssues(st: Parameters<typeof displayNameOf>[0], ids: readonly string[], data: HouseholdData): UncoveredIssue[] {
  return ids.flatMap((id) => {
    const s = st.scenarios[id];
    const problem = s ? replicationProblem(data, s.run.replications) : null;
    if (!s || !problem) return [];
    const args = { scenario: id, replications: s.run.replications, coverage: replicationCoverage(data) };
    return [{ path: 'run.replications', code: 'uncoveredReplications', args, message: `${inSentence(displayNameOf(st, id))}: ${problem}` } as const];
  });
}

export interface HouseholdsOptions {
  /** Where data sets are kept between visits (IndexedDB in the browser); null keeps them for this page only. */
  datasets: DatasetStore | null;
  parser: HouseholdParser;
  /**
   * At start, delete the stored data sets no scenario in the workspace names
   * (storage would otherwise only grow). For a workspace restored as it was
   * saved, or none saved; not when it could not be read, lest its data go with it.
   */
  collectUnnamed?: boolean;
}

/** A name or file name from data, isolated inside a right-to-left sentence. */
const embedded = (text: string): string => (isLanguage(i18n.language) && languageDir(i18n.language) === 'rtl' ? isolate(text) : text);

/** The fewest and the most rows a replication has, for data with a replication column (else null). */
function rowSpan(data: HouseholdData): readonly [number, number] | null {
  const per = rowsPerReplication(data);
  return per && [per.fewest, per.most];
}

function damageText(reason: DamageReason): string {
  switch (reason.kind) {
    case 'format':
      return i18n.t('households:damaged.format');
    case 'newer':
      return i18n.t('households:damaged.newer', { version: reason.version });
    case 'column':
      return i18n.t('households:damaged.column', { column: embedded(reason.column) });
    case 'value':
      return i18n.t('households:damaged.value', { column: embedded(reason.column), row: reason.row });
    case 'rows':
      return i18n.t('households:damaged.rows', { count: reason.n, n: reason.n, rows: reason.rows });
  }
}

export function connectHouseholds(store: AppStore, runner: Runner, options: HouseholdsOptions): HouseholdActions & { dispose(): void } {
  const { datasets, parser } = options;
  /** Data sets already reported missing this session: said once, shown on screen meanwhile. */
  const told = new Set<string>();
  let disposed = false;
  /** Each data set's latest look-up, import or forgetting: an answer from storage for an earlier one comes too late. */
  const turns = new Map<string, number>();
  const nextTurn = (sha256: string): number => {
    const turn = (turns.get(sha256) ?? 0) + 1;
    turns.set(sha256, turn);
    return turn;
  };

  const namesUsing = (sha256: string): string => {
    const st = store.getState();
    return st.order
      .filter((id) => st.scenarios[id]?.households?.sha256 === sha256)
      .map((id) => inSentence(displayNameOf(st, id)))
      .join(i18n.t('households:listSeparator'));
  };

  const tellMissing = (ref: HouseholdsRef) => {
    if (told.has(ref.sha256)) return;
    told.add(ref.sha256);
    store.getState().addNotice(() => i18n.t('households:notice.missing', { scenarios: namesUsing(ref.sha256), name: embedded(ref.name), hash: shortHash(ref.sha256) }));
  };

  async function load(ref: HouseholdsRef): Promise<void> {
    const { sha256 } = ref;
    const turn = nextTurn(sha256);
    store.getState().setDatasetStatus(sha256, 'loading');
    let raw: unknown;
    try {
      raw = datasets ? await datasets.get(sha256) : undefined;
    } catch (e) {
      // Why, in the reader's language (i18n/errorReasons), worded when shown; the browser's words after it, isolated.
      store.getState().addNotice(() => i18n.t('households:notice.storageUnavailable', { reason: storageReason(e) }));
      raw = undefined;
    }
    // Imported (confirm) or forgotten meanwhile, or the app stopped: this answer is no longer wanted.
    if (disposed || turns.get(sha256) !== turn) return;
    if (raw === undefined) {
      store.getState().setDatasetStatus(sha256, 'missing');
      tellMissing(ref);
      return;
    }
    const stored = readStoredDataset(raw, sha256);
    // The data of a hash is what the import made of that file, and the scenario says how many rows that was.
    const read: ReturnType<typeof readStoredDataset> =
      stored.ok && stored.dataset.data.n !== ref.rows ? { ok: false, reason: { kind: 'rows', n: stored.dataset.data.n, rows: ref.rows } } : stored;
    if (!read.ok) {
      told.add(sha256);
      const { reason } = read;
      if (reason.kind === 'newer') {
        // Not damaged: another tab or a later visit runs a newer app that can read it, so it is kept for that one.
        store.getState().addNotice(() => i18n.t('households:notice.newer', { name: embedded(ref.name), hash: shortHash(sha256), version: reason.version }));
      } else {
        store.getState().addNotice(() => i18n.t('households:notice.damaged', { name: embedded(ref.name), hash: shortHash(sha256), reason: damageText(reason) }));
        datasets?.delete(sha256).catch(() => undefined);
      }
      store.getState().setDatasetStatus(sha256, 'missing');
      return;
    }
    void runner.loadHouseholds?.(sha256, read.dataset.data);
    store.getState().setDatasetStatus(sha256, 'loaded', replicationCoverage(read.dataset.data), rowSpan(read.dataset.data));
  }

  /** No scenario names the data set any more: let go of it, so that a scenario naming it again has it looked up afresh. */
  const forget = (sha256: string) => {
    nextTurn(sha256);
    told.delete(sha256);
    if (store.getState().datasets[sha256] === 'loaded') void runner.unloadHouseholds?.(sha256);
    store.getState().forgetDataset(sha256);
  };

  /** Keep loaded exactly the data sets scenarios name: look up those not looked for yet, and let go of the others. */
  const check = () => {
    const named = new Set<string>();
    for (const s of Object.values(store.getState().scenarios)) {
      const ref = s.households;
      if (!ref) continue;
      named.add(ref.sha256);
      if (store.getState().datasets[ref.sha256] === undefined) void load(ref);
    }
    for (const sha256 of Object.keys(store.getState().datasets)) if (!named.has(sha256)) forget(sha256);
  };
  check();
  const unsubscribe = store.subscribe((st, prev) => {
    if (st.scenarios !== prev.scenarios) check();
  });

  if (datasets && options.collectUnnamed) {
    // What a scenario names, or would name again after Reset or its Undo (the workspace keeps those too).
    const wanted = (sha256: string): boolean => {
      const st = store.getState();
      const scenarios = [...Object.values(st.scenarios), ...Object.values(st.meta).map((m) => m.origin), st.lastReset?.scenario];
      return st.datasets[sha256] !== undefined || scenarios.some((s) => s?.households?.sha256 === sha256);
    };
    void deleteStoredExcept(datasets, (sha256) => disposed || wanted(sha256));
  }

  return {
    parse: (file, povertyLinePKR, parseOptions) => parser.parse(file, povertyLinePKR, parseOptions),
    confirm(ids, parsed, label) {
      const st = store.getState();
      // A file with a replication column must have rows for every replication each scenario runs: else nothing changes.
      const uncovered = uncoveredIssues(st, ids, parsed.data);
      if (uncovered.length > 0) return uncovered;
      const fresh: HouseholdsRef = { id: label.id, name: label.name, sha256: parsed.sha256, rows: parsed.data.n };
      // All or nothing: every scenario's new reference is checked first, and none is changed if one would not validate
      // (it had stopped at that one, leaving those before it on the new data and the rest on the old).
      let kept: HouseholdsRef = fresh;
      const changes: [string, HouseholdsRef][] = [];
      for (const id of ids) {
        const s = st.scenarios[id];
        if (!s) return [{ path: '', message: `unknown scenario ${id}` }];
        const named = s.households?.sha256 === parsed.sha256 ? s.households : null;
        if (named) kept = { ...named, rows: fresh.rows };
        // Its id and name stay; a rows count that is not what the file gives is put right.
        if (named && named.rows === fresh.rows) continue;
        const ref = named ? kept : fresh;
        const v = validateScenario({ ...s, households: ref });
        if (!v.ok) return v.issues;
        changes.push([id, ref]);
      }
      // Loaded before any scenario names it, so that the run it starts finds the data on every worker.
      nextTurn(parsed.sha256);
      void runner.loadHouseholds?.(parsed.sha256, parsed.data);
      st.setDatasetStatus(parsed.sha256, 'loaded', replicationCoverage(parsed.data), rowSpan(parsed.data));
      let issues: ValidationIssue[] = [];
      for (const [id, ref] of changes) {
        // Checked above; a refusal now (the store's own checks) stops here, as before.
        issues = st.setHouseholds(id, ref);
        if (issues.length > 0) break;
      }
      // Let go of the data sets scenarios left for this one, and of this one if none took it.
      check();
      const used = store.getState().datasets[parsed.sha256] === 'loaded';
      if (datasets && used) {
        // In a task of its own: storing copies the data (tens of ms for 100,000 rows), which should not add to the render this change starts.
        const entry: StoredDataset = {
          format: DATASET_FORMAT, version: DATASET_VERSION, sha256: parsed.sha256, engineVersion: ENGINE_VERSION, id: kept.id, name: kept.name,
          savedAt: new Date().toISOString(), data: parsed.data,
        };
        setTimeout(() => {
          if (disposed) return;
          datasets.put(entry).catch((e: unknown) => store.getState().addNotice(() => i18n.t('households:notice.notKept', { name: embedded(kept.name), reason: storageReason(e) })));
        }, 0);
      }
      return issues;
    },
    useSynthetic: (id) => store.getState().setHouseholds(id, null),
    dispose() {
      disposed = true;
      unsubscribe();
    },
  };
}
