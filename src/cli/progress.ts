/**
 * Run progress on stderr. On a terminal one line redraws in place (at most
 * ten times a second); into a log or pipe it writes a line per ~10% so CI
 * logs stay short.
 */

export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

export function progressLine(done: number, total: number, elapsedMs: number): string {
  const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
  const eta = done > 0 ? (elapsedMs / done) * (total - done) : NaN;
  const etaText = done === total ? 'done' : `ETA ${done > 0 ? formatDuration(eta) : '?'}`;
  return `replications ${done}/${total} (${pct}%) · elapsed ${formatDuration(elapsedMs)} · ${etaText}`;
}

export class ProgressReporter {
  private readonly started: number;
  private lastDraw = -Infinity;
  private lastTenth = 0;
  private drawn = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  elapsed(): number {
    return this.now() - this.started;
  }

  update(done: number, total: number): void {
    const t = this.now();
    if (this.sink.isTTY) {
      if (done < total && t - this.lastDraw < 100) return;
      this.lastDraw = t;
      this.drawn = true;
      // \x1b[K clears what a longer previous line left behind.
      this.sink.write(`\r${progressLine(done, total, t - this.started)}\x1b[K`);
      return;
    }
    const tenth = total > 0 ? Math.floor((10 * done) / total) : 10;
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      this.sink.write(`${progressLine(done, total, t - this.started)}\n`);
    }
  }

  /** Ends the redrawn line so whatever is printed next starts on its own line. */
  finish(): void {
    if (this.sink.isTTY && this.drawn) this.sink.write('\n');
    this.drawn = false;
  }
}
