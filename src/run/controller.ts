/**
 * Keeps the runs a view needs going on a Runner, and no others: a scenario
 * that is wanted and has no run starts one; a run no longer wanted is
 * cancelled (stale runs are cancelled, never raced); finished and cancelled
 * runs stay cached by scenario key, so switching back is instant.
 * The cache is bounded, but never at the expense of what is on screen: the
 * runs last wanted are pinned, and eviction drops only other idle runs.
 * Progress and results go to a sink (the store) as plain snapshots, throttled,
 * so charts refine as replications arrive without flooding the main thread.
 */
import { buildResult, replicationSize, type Accumulator, type RunResult, type Scenario } from '../engine/index';
import { errorMessage, isAbort } from './errors';
import { runKey } from './runKey';
import type { Runner } from './types';

export type RunStatus = 'running' | 'done' | 'cancelled' | 'error';

export interface RunView {
  key: string;
  status: RunStatus;
  done: number;
  total: number;
  /** Estimated milliseconds to completion from the rate so far; null before the first replication. */
  etaMs: number | null;
  result: RunResult | null;
  error: string | null;
}

interface Entry {
  key: string;
  scenario: Scenario;
  acc: Accumulator | null;
  view: RunView;
  abort: AbortController | null;
  startedAt: number;
  lastBuild: number;
}

export interface ControllerOptions {
  /** Least time between progressive results of one run. */
  throttleMs?: number;
  /**
   * Finished runs kept in the cache (least recently wanted dropped first).
   * Runs wanted now are never dropped, so they alone may exceed this.
   */
  maxCached?: number;
  /**
   * Memory the cached replications may hold, in bytes (8 per value); the
   * oldest idle runs go first. Runs wanted now are never dropped, so they
   * alone may exceed this.
   */
  maxCachedBytes?: number;
  now?: () => number;
}

export class RunController {
  /** By scenario key, least recently wanted first (a hit is moved to the end). */
  private readonly entries = new Map<string, Entry>();
  /**
   * The keys of the last want(): what is on screen. Eviction skips them, since
   * dropping one would leave its charts waiting for results that nothing is
   * computing (the view asks again only when the wanted set changes).
   */
  private pinned = new Set<string>();
  private readonly throttleMs: number;
  private readonly maxCached: number;
  private readonly maxCachedBytes: number;
  private readonly now: () => number;
  private onEvict: (keys: string[]) => void = () => {};

  constructor(private readonly runner: Runner, private sink: (view: RunView) => void = () => {}, options: ControllerOptions = {}) {
    this.throttleMs = options.throttleMs ?? 1000;
    this.maxCached = options.maxCached ?? 24;
    this.maxCachedBytes = options.maxCachedBytes ?? 256 * 1024 * 1024;
    this.now = options.now ?? (() => performance.now());
  }

  /** Where snapshots go (set once the store exists). */
  setSink(sink: (view: RunView) => void): void {
    this.sink = sink;
  }

  /** Told which runs were dropped from the cache (or abandoned), so their snapshots can go too. */
  setEvictListener(listener: (keys: string[]) => void): void {
    this.onEvict = listener;
  }

  /**
   * The runs wanted now, in priority order: everything on screen (the caller
   * passes all of it, baseline included). They stay pinned in the cache until
   * the next call. Returns their keys.
   */
  want(scenarios: readonly Scenario[]): string[] {
    const keys = scenarios.map(runKey);
    const wanted = new Set(keys);
    this.pinned = wanted;
    for (const e of [...this.entries.values()]) {
      if (e.view.status === 'running' && !wanted.has(e.key)) {
        // A stale run is dropped with its partial work: if it is wanted again it starts afresh.
        e.abort?.abort();
        this.entries.delete(e.key);
        this.onEvict([e.key]);
      }
    }
    scenarios.forEach((s, k) => {
      const key = keys[k]!;
      const hit = this.entries.get(key);
      if (hit && hit.view.status !== 'error') {
        // Touch for LRU order and re-announce, so a fresh store sees cached results at once.
        this.entries.delete(key);
        this.entries.set(key, hit);
        this.sink({ ...hit.view });
        return;
      }
      this.start(key, s);
    });
    this.evict();
    return keys;
  }

  /** Cancel one run on the user's request; what has arrived so far stays as a partial result. */
  cancel(key: string): void {
    const e = this.entries.get(key);
    if (e && e.view.status === 'running') this.stop(e, 'cancelled');
  }

  /** Start a cancelled or failed run again from scratch. */
  restart(key: string): void {
    const e = this.entries.get(key);
    if (!e || e.view.status === 'running') return;
    this.entries.delete(key);
    this.start(key, e.scenario);
  }

  accumulator(key: string): Accumulator | null {
    return this.entries.get(key)?.acc ?? null;
  }

  dispose(): void {
    for (const e of this.entries.values()) e.abort?.abort();
    this.entries.clear();
  }

  private start(key: string, scenario: Scenario): void {
    const abort = new AbortController();
    const total = scenario.run.replications;
    const e: Entry = {
      key, scenario, acc: null, abort, startedAt: this.now(), lastBuild: -Infinity,
      view: { key, status: 'running', done: 0, total, etaMs: null, result: null, error: null },
    };
    this.entries.set(key, e);
    this.sink({ ...e.view });
    this.runner
      .run(scenario, {
        signal: abort.signal,
        onReplication: (_r, _data, acc) => {
          e.acc = acc;
          e.view.done = acc.count;
          const elapsed = this.now() - e.startedAt;
          e.view.etaMs = (elapsed / acc.count) * (total - acc.count);
          if (acc.count < total && this.now() - e.lastBuild >= this.throttleMs) this.publish(e, true);
        },
      })
      .then(
        (acc) => {
          e.acc = acc;
          e.abort = null;
          e.view.status = 'done';
          e.view.done = acc.count;
          e.view.etaMs = 0;
          this.publish(e, true);
        },
        (err: unknown) => {
          e.abort = null;
          if (isAbort(err)) return; // stop() already reported it
          e.view.status = 'error';
          e.view.error = errorMessage(err);
          this.publish(e, false);
        },
      );
  }

  private stop(e: Entry, status: 'cancelled'): void {
    e.abort?.abort();
    e.abort = null;
    e.view.status = status;
    e.view.etaMs = null;
    this.publish(e, e.acc !== null && e.acc.count > 0);
  }

  private publish(e: Entry, rebuild: boolean): void {
    if (rebuild && e.acc && e.acc.count > 0) {
      e.view.result = buildResult(e.acc);
      e.lastBuild = this.now();
    }
    this.sink({ ...e.view });
  }

  /**
   * Drop idle, unpinned runs, least recently wanted first, until the cache is
   * within both bounds or nothing droppable is left. Running and pinned runs
   * still count towards the bounds: they are what the memory is for.
   */
  private evict(): void {
    const bytes = (e: Entry) => (e.acc ? e.acc.count * replicationSize(e.scenario.run.months) * 8 : 0);
    const all = [...this.entries.values()];
    let total = all.reduce((a, e) => a + bytes(e), 0);
    let idle = all.filter((e) => e.view.status !== 'running').length;
    const dropped: string[] = [];
    for (const e of all) {
      if (idle <= this.maxCached && total <= this.maxCachedBytes) break;
      if (e.view.status === 'running' || this.pinned.has(e.key)) continue;
      this.entries.delete(e.key);
      total -= bytes(e);
      idle--;
      dropped.push(e.key);
    }
    if (dropped.length > 0) this.onEvict(dropped);
  }
}
