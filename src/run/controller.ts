/**
 * Keeps the runs a view needs going on a Runner's job queue, and no others.
 *
 * - A run is keyed by its world and policy (runKey); its replications are
 *   kept whatever count a scenario asks for, so asking for more continues
 *   from those done, and a view of n replications summarises 0 … n − 1.
 * - Scenarios that share a world go in one job, so each replication's
 *   population and status quo are computed once and every compared scenario
 *   sharpens together (round-robin across the comparison, not one after
 *   another). Work no longer on screen is cancelled; what it delivered stays.
 * - Replications stream to a stats service (a worker in the browser), which
 *   builds results and paired differences off the main thread; snapshots go
 *   to a sink (the store), throttled.
 * - Cancel stops the comparison and keeps what is done; resume continues it.
 * - The cache is bounded, but never at the expense of what is on screen.
 */
import { replicationSize, type Scenario } from '../engine/index';
import { planJobs } from './plan';
import { errorMessage, isAbort } from './errors';
import { runKey } from './runKey';
import { viewKey, type RunStatus, type RunView } from './runView';
import { localStats, type Stats, type SummaryRequest } from './stats';
import { PRIORITY, type Runner } from './types';

export { viewKey, type RunStatus, type RunView } from './runView';

interface Data {
  key: string;
  scenario: Scenario;
  held: Set<number>;
  /** Indices some job is computing. */
  inFlight: Set<number>;
  /** The stats service has the scenario. */
  sent: boolean;
}

interface View {
  key: string;
  /** The scenario this view was created for (its name and replication count go into its results). */
  scenario: Scenario;
  data: Data;
  total: number;
  status: RunStatus;
  error: string | null;
  /** For the time-left estimate: when work on this view last (re)started, and how much was held then. */
  startedAt: number;
  heldAtStart: number;
  lastPublish: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** A summary request is out; `again` asks for another once it returns. */
  asking: boolean;
  again: boolean;
  snapshot: RunView;
}

interface ActiveJob {
  keys: string[];
  indices: number[];
  abort: AbortController;
  /** Forget the job's indices as in flight (idempotent): when it ends, or at once when it is stopped. */
  release(): void;
}

export interface ControllerOptions {
  /** Least time between progressive results of one view. */
  throttleMs?: number;
  /** Views kept when not on screen (least recently wanted dropped first). */
  maxCached?: number;
  /** Memory the kept replications may hold, in bytes (8 per value); runs on screen are never dropped. */
  maxCachedBytes?: number;
  /** Where statistics are computed; in this thread by default. */
  stats?: Stats;
  /** The priority of this controller's jobs on the runner (PRIORITY.interactive by default; lower for background analysis). */
  priority?: number;
  now?: () => number;
}

export class RunController {
  private readonly data = new Map<string, Data>();
  /** By view key, least recently wanted first. */
  private readonly views = new Map<string, View>();
  private readonly jobs = new Set<ActiveJob>();
  private pinned = new Set<string>();
  private wanted: View[] = [];
  private baseline: View | null = null;
  private readonly throttleMs: number;
  private readonly maxCached: number;
  private readonly maxCachedBytes: number;
  private readonly stats: Stats;
  private readonly priority: number;
  private readonly now: () => number;
  private onEvict: (keys: string[]) => void = () => {};
  private disposed = false;

  constructor(private readonly runner: Runner, private sink: (view: RunView) => void = () => {}, options: ControllerOptions = {}) {
    this.throttleMs = options.throttleMs ?? 1000;
    this.maxCached = options.maxCached ?? 24;
    this.maxCachedBytes = options.maxCachedBytes ?? 256 * 1024 * 1024;
    this.stats = options.stats ?? localStats();
    this.priority = options.priority ?? PRIORITY.interactive;
    this.now = options.now ?? (() => performance.now());
  }

  setSink(sink: (view: RunView) => void): void {
    this.sink = sink;
  }

  /** Told which views were dropped from the cache, so their snapshots can go too. */
  setEvictListener(listener: (keys: string[]) => void): void {
    this.onEvict = listener;
  }

  /**
   * The scenarios on screen, most important first, and the baseline their
   * differences are taken against (null for none). They stay pinned until
   * the next call. Returns their view keys.
   */
  want(scenarios: readonly Scenario[], baseline: Scenario | null = null): string[] {
    const keys = scenarios.map(viewKey);
    const all = baseline ? [...scenarios, baseline] : [...scenarios];
    this.pinned = new Set(all.map(viewKey));
    // Jobs for runs no longer on screen stop; what they delivered stays.
    const wantedData = new Set(all.map(runKey));
    for (const job of [...this.jobs]) if (job.keys.some((k) => !wantedData.has(k))) this.stopJob(job);
    const baseChanged = (baseline ? viewKey(baseline) : null) !== (this.baseline?.key ?? null);
    const before = new Set(this.wanted);
    this.wanted = [];
    const seen = new Set<string>();
    for (const s of all) {
      const key = viewKey(s);
      if (seen.has(key)) continue;
      seen.add(key);
      let v = this.views.get(key);
      if (v) {
        // Touch for LRU order.
        this.views.delete(key);
        this.views.set(key, v);
      } else v = this.createView(s);
      if (v.status === 'error') {
        v.status = 'running';
        v.error = null;
      }
      this.wanted.push(v);
    }
    this.baseline = baseline ? this.views.get(viewKey(baseline))! : null;
    for (const v of this.wanted) {
      if (!before.has(v)) {
        // Time left is estimated from the rate since the view came (back) on screen, not across time off it.
        v.startedAt = this.now();
        v.heldAtStart = this.heldOf(v);
      }
      if (v.status !== 'cancelled') this.setStatus(v);
      // Re-announce with status and counts brought up to date, so a fresh store sees cached results at once;
      // differences against a new baseline are recomputed.
      if (baseChanged) v.snapshot = { ...v.snapshot, difference: null };
      this.publish(v);
      if (baseChanged || !v.snapshot.result || v.snapshot.resultCount !== Math.min(this.heldOf(v), v.total)) this.requestSummary(v, true);
    }
    this.schedule(this.wanted.filter((v) => v.status === 'running'));
    this.evict();
    return keys;
  }

  /** Replications of 0 … n − 1 a view's run holds, or null if the controller holds no such view. */
  held(key: string): number | null {
    const v = this.views.get(key);
    return v ? this.heldOf(v) : null;
  }

  /** Stop the work on screen; every replication done stays, as partial results. */
  cancel(): void {
    for (const job of [...this.jobs]) this.stopJob(job);
    for (const v of this.wanted) {
      if (v.status !== 'running') continue;
      v.status = 'cancelled';
      this.publish(v);
    }
  }

  /** Continue cancelled or failed views from the replications they hold. */
  resume(): void {
    const again = this.wanted.filter((v) => v.status === 'cancelled' || v.status === 'error');
    for (const v of again) {
      v.status = 'running';
      v.error = null;
      v.startedAt = this.now();
      v.heldAtStart = this.heldOf(v);
      this.setStatus(v);
      this.publish(v);
    }
    this.schedule(again.filter((v) => v.status === 'running'));
  }

  dispose(): void {
    this.disposed = true;
    for (const job of [...this.jobs]) this.stopJob(job);
    for (const v of this.views.values()) if (v.timer) clearTimeout(v.timer);
    this.stats.dispose();
  }

  private createView(s: Scenario): View {
    const rk = runKey(s);
    let data = this.data.get(rk);
    if (!data) {
      data = { key: rk, scenario: s, held: new Set(), inFlight: new Set(), sent: false };
      this.data.set(rk, data);
    }
    const key = viewKey(s);
    const total = s.run.replications;
    const v: View = {
      key, scenario: s, data, total, status: 'running', error: null, startedAt: this.now(), heldAtStart: 0, lastPublish: -Infinity, timer: null, asking: false, again: false,
      snapshot: { key, status: 'running', done: 0, total, etaMs: null, result: null, resultCount: 0, difference: null, costs: null, error: null },
    };
    v.heldAtStart = this.heldOf(v);
    this.views.set(key, v);
    return v;
  }

  private heldOf(v: View): number {
    let n = 0;
    for (const r of v.data.held) if (r < v.total) n++;
    return n;
  }

  /** Done when every replication below the view's count is held. */
  private setStatus(v: View): void {
    if (v.status === 'running' && this.heldOf(v) >= v.total) v.status = 'done';
  }

  /** Submit jobs for what the given views still need (see plan.ts). */
  private schedule(views: View[]): void {
    const wants = new Map<Data, number>();
    for (const v of views) wants.set(v.data, Math.max(wants.get(v.data) ?? 0, v.total));
    for (const job of planJobs(wants)) this.submit(job.who, job.indices);
  }

  private submit(who: Data[], indices: number[]): void {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      for (const d of who) for (const r of indices) if (!d.held.has(r)) d.inFlight.delete(r);
      this.jobs.delete(job);
    };
    const job: ActiveJob = { keys: who.map((d) => d.key), indices, abort: new AbortController(), release };
    this.jobs.add(job);
    for (const d of who) for (const r of indices) d.inFlight.add(r);
    this.runner
      .submit({
        scenarios: who.map((d) => d.scenario),
        indices,
        priority: this.priority,
        signal: job.abort.signal,
        onReplication: (r, arrays) => this.arrive(who, r, arrays),
      })
      .then(release, (err: unknown) => {
        release();
        if (isAbort(err) || this.disposed) return;
        const message = errorMessage(err);
        for (const v of this.views.values()) {
          // Only views that were waiting for this job's replications; others have theirs from elsewhere.
          if (!who.includes(v.data) || v.status !== 'running' || !indices.some((r) => r < v.total && !v.data.held.has(r))) continue;
          v.status = 'error';
          v.error = message;
          this.publish(v);
        }
      });
  }

  /** Stop a job now; its indices are free to be scheduled again at once (a late replication is still kept). */
  private stopJob(job: ActiveJob): void {
    job.abort.abort();
    job.release();
  }

  private arrive(who: Data[], r: number, arrays: Float64Array[]): void {
    who.forEach((d, k) => {
      d.inFlight.delete(r);
      if (d.held.has(r)) return;
      d.held.add(r);
      this.stats.add(d.key, d.sent ? null : d.scenario, [r], [arrays[k]!]);
      d.sent = true;
    });
    for (const v of this.views.values()) {
      if (!who.includes(v.data) || r >= v.total) continue;
      const wasRunning = v.status === 'running';
      this.setStatus(v);
      if (wasRunning || v.status === 'done') this.progress(v);
    }
    // The baseline's new replications change every difference.
    if (this.baseline && who.includes(this.baseline.data) && r < this.baseline.total)
      for (const v of this.wanted) if (!who.includes(v.data)) this.requestSummary(v, false);
  }

  private progress(v: View): void {
    const held = this.heldOf(v);
    const elapsed = this.now() - v.startedAt;
    const gained = held - v.heldAtStart;
    v.snapshot = {
      ...v.snapshot,
      status: v.status,
      done: held,
      etaMs: v.status === 'done' ? 0 : gained > 0 ? (elapsed / gained) * (v.total - held) : null,
    };
    this.sink({ ...v.snapshot });
    this.requestSummary(v, v.status === 'done' || v.snapshot.result === null);
  }

  /** Ask the stats service for a fresh summary, at most one request at a time and (unless urgent) one per throttle period. */
  private requestSummary(v: View, urgent: boolean): void {
    if (v.asking) {
      v.again = true;
      return;
    }
    if (this.heldOf(v) === 0 && !v.data.sent) return;
    const wait = urgent ? 0 : Math.max(0, this.throttleMs - (this.now() - v.lastPublish));
    if (wait > 0) {
      v.timer ??= setTimeout(() => {
        v.timer = null;
        this.requestSummary(v, true);
      }, wait);
      return;
    }
    if (v.timer) {
      clearTimeout(v.timer);
      v.timer = null;
    }
    v.asking = true;
    v.again = false;
    v.lastPublish = this.now();
    const base = this.baseline;
    const request: SummaryRequest = { key: v.data.key, replications: v.total, base: base ? { key: base.data.key, replications: base.total } : null };
    this.stats.summarise([request]).then(
      ([s]) => {
        v.asking = false;
        // A view evicted meanwhile (and perhaps created afresh under the same key) takes no old summary.
        if (this.disposed || this.views.get(v.key) !== v || !s) return;
        // A summary of an old baseline is dropped: want() asked again for the new one.
        const stillBase = (this.baseline?.data.key ?? null) === (base?.data.key ?? null);
        v.snapshot = {
          ...v.snapshot,
          // The stats service keeps the scenario the run was first seen with; the view reports its own.
          result: s.result ? { ...s.result, scenario: v.scenario } : v.snapshot.result,
          resultCount: s.result ? s.count : v.snapshot.resultCount,
          costs: s.result ? s.costs : v.snapshot.costs,
          difference: stillBase ? s.difference : v.snapshot.difference,
        };
        this.sink({ ...v.snapshot });
        if (v.again || !stillBase) this.requestSummary(v, v.status !== 'running');
      },
      (err: unknown) => {
        v.asking = false;
        v.status = 'error';
        v.error = `statistics failed: ${errorMessage(err)}`;
        this.publish(v);
      },
    );
  }

  private publish(v: View): void {
    v.snapshot = { ...v.snapshot, status: v.status, error: v.error, done: this.heldOf(v), etaMs: v.status === 'done' ? 0 : v.status === 'running' ? v.snapshot.etaMs : null };
    this.sink({ ...v.snapshot });
  }

  /**
   * Drop views not on screen, least recently wanted first, until within both
   * bounds; then drop the replications no remaining view uses.
   */
  private evict(): void {
    const bytes = (d: Data) => d.held.size * replicationSize(d.scenario.run.months) * 8;
    let idle = [...this.views.values()].filter((v) => !this.pinned.has(v.key)).length;
    let total = [...this.data.values()].reduce((a, d) => a + bytes(d), 0);
    const dropped: string[] = [];
    for (const v of [...this.views.values()]) {
      if (idle <= this.maxCached && total <= this.maxCachedBytes) break;
      if (this.pinned.has(v.key)) continue;
      this.views.delete(v.key);
      if (v.timer) clearTimeout(v.timer);
      idle--;
      dropped.push(v.key);
      const used = [...this.views.values()].some((o) => o.data === v.data);
      if (!used && ![...this.jobs].some((j) => j.keys.includes(v.data.key))) {
        total -= bytes(v.data);
        this.data.delete(v.data.key);
        this.stats.drop([v.data.key]);
      }
    }
    if (dropped.length > 0) this.onEvict(dropped);
  }
}
