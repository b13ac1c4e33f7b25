/**
 * One chart of a view, drawn and redrawn in a task of its own (see
 * taskQueue), and only when the part of the inputs it shows has changed: a
 * result refreshed for one scenario does not redraw the charts of another.
 */
import { memo, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTS, type ChartEntry, type ChartInputs } from '../charts/registry';
import type { ChartRun } from '../charts/types';
import type { ChartKind } from '../charts/text';
import { useQueuedValue } from './useQueuedValue';
import { basisOf, basisText, type Basis } from '../charts/data/estimating';
import { ChartSourceContext, type ChartSource } from '../export/chartSource';
import { householdsSource } from '../households/householdsText';
import { PlotWidthHint, pixelWidth } from '../charts/plot/useWidth';
import { MemoryScope } from '../memory';

/**
 * How many replications each interval of a chart rests on, and how many its scenarios ask for: its scenarios' counts,
 * or the paired differences' (which ask for the fewer of the scenario's and the baseline's, runs[0]).
 */
function replicationsShown(inputs: ChartInputs, needs: ChartEntry['needs']): Basis[] {
  if (needs === 'focus') return [basisOf(inputs.focus.result)];
  if (needs === 'diffs') {
    const asked = (id: string) => inputs.runs.find((r) => r.id === id)?.result.scenario.run.replications ?? Infinity;
    const baseline = inputs.runs[0]?.result.scenario.run.replications ?? Infinity;
    return inputs.diffs.map((d) => ({ done: d.diff.replications, asked: Math.min(asked(d.id), baseline) }));
  }
  if (needs === 'programmes') return (inputs.programmes?.runs ?? []).flatMap((r) => (r.result ? [basisOf(r.result)] : []));
  return inputs.runs.map((r) => basisOf(r.result));
}

/** A number for each object asked about, the same for the same object: part of a key that is text. */
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (o: object): number => {
  const known = ids.get(o);
  if (known !== undefined) return known;
  ids.set(o, ++nextId);
  return nextId;
};

/**
 * What a chart draws from its inputs: the part it needs; for a chart that shares its scale with peers, its own
 * scenario and that scale (a peer's new result redraws it only when it moves the shared axis).
 */
export function drawnFrom(kind: ChartKind, v: ChartInputs): unknown {
  const { needs, sharedScale } = CHARTS[kind];
  if (!sharedScale || !v.peers) return v[needs];
  // Worked out once per list of peers (stableInputs keeps a list while none of its results changes), not by every
  // column's cell at every render: each is every column's rows, and this runs on the main thread as results stream.
  let scales = sharedScales.get(v.peers);
  if (!scales) sharedScales.set(v.peers, (scales = new Map()));
  let scale = scales.get(kind);
  if (scale === undefined) scales.set(kind, (scale = sharedScale(v.peers)));
  return `${idOf(v.focus)} ${scale}`;
}

const sharedScales = new WeakMap<readonly ChartRun[], Map<ChartKind, string>>();

/** Whether the element is in or near the viewport (always, where IntersectionObserver is missing, as in jsdom). */
export function useInSight(ref: RefObject<HTMLElement | null>): boolean {
  const [inSight, setInSight] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    // A screen's height of margin: a chart about to be scrolled to is drawn before it arrives.
    const io = new IntersectionObserver((entries) => setInSight(entries[entries.length - 1]!.isIntersecting), { rootMargin: '100% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  return inSight;
}

/**
 * The width of a plot in the placeholder frame (a chart frame of the same
 * shape, empty), read when the browser lays it out: the width the chart
 * will have, known before it is drawn (see PlotWidthHint). Null until then,
 * and where there is no ResizeObserver (jsdom).
 */
function usePlaceholderWidth(pending: boolean): [RefObject<HTMLDivElement | null>, number | null] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!pending || !el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const w = pixelWidth(el);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [pending]);
  return [ref, width];
}

export const ChartCell = memo(function ChartCell({ kind, inputs }: { kind: ChartKind; inputs: ChartInputs }) {
  const ref = useRef<HTMLDivElement>(null);
  const inSight = useInSight(ref);
  const { shown, current } = useQueuedValue(inputs, (v) => drawnFrom(kind, v), inSight);
  const chart = useMemo(() => shown && CHARTS[kind].render(shown), [kind, shown]);
  const [plotRef, plotWidth] = usePlaceholderWidth(!chart);
  const bases = useMemo(() => (shown ? replicationsShown(shown, CHARTS[kind].needs) : []), [kind, shown]);
  const counts = useMemo(() => bases.map((b) => b.done), [bases]);
  const basis = shown ? basisText(bases, CHARTS[kind].meansOnly) : '';
  const outerSource = useContext(ChartSourceContext);
  const { t, i18n } = useTranslation('views');
  // English writes the title in lower case inside the sentence; other scripts have no case.
  const title = i18n.language === 'en' ? CHARTS[kind].title.toLowerCase() : CHARTS[kind].title;
  // What a chart's exports name as their source (export/chartSource).
  const source = useMemo<ChartSource | null>(
    () =>
      shown && {
        engineVersion: shown.focus.result.meta.engineVersion,
        seed: shown.focus.result.meta.seed,
        replications: counts,
        households: householdsSource([shown.focus.result.scenario, ...shown.runs.map((r) => r.result.scenario)]),
      },
    [shown, counts],
  );
  const cell = (
    <div ref={ref} className={`chart-cell${CHARTS[kind].wide ? ' chart-cell-wide' : ''}${chart ? '' : ' chart-cell-pending'}`} aria-busy={!current}>
      {chart ? (
        <PlotWidthHint.Provider value={plotWidth}>
          <MemoryScope name={kind}>{chart}</MemoryScope>
        </PlotWidthHint.Provider>
      ) : (
        // The frame a chart sits in, empty: it holds the chart's place and tells the chart its width (usePlaceholderWidth).
        <div className="chart-frame chart-frame-pending">
          <div ref={plotRef} className="chart-plot">
            <p className="empty-note">{t('chartCell.drawing', { chart: title })}</p>
          </div>
        </div>
      )}
      {chart && basis && <p className="chart-basis">{basis}</p>}
    </div>
  );
  // Always inside the provider, even before there is a source: a tree that gained a wrapper after the first draw
  // replaced the cell's element, and useInSight went on watching the old one, detached and so never in sight
  // (every chart then waited for the run to settle before it redrew).
  return <ChartSourceContext.Provider value={source ?? outerSource}>{cell}</ChartSourceContext.Provider>;
});

/**
 * A part of a view that is not a chart (the dashboard's ranking and
 * calibration check) drawn as a chart is: in a task of its own when its
 * value changes, and out of sight only once the results settle, so a new
 * result does not redraw the whole view in one long task.
 */
export function QueuedPart<T>({ value, render }: { value: T; render: (value: T) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const inSight = useInSight(ref);
  const { shown } = useQueuedValue(value, (v) => v, inSight);
  // `render` is the caller's: only a new value redraws.
  const node = useMemo(() => (shown === null ? null : render(shown)), [shown]);
  return <div ref={ref} className="queued-part">{node}</div>;
}
