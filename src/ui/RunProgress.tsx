/**
 * Progress of the comparison on screen: one bar per scenario (every compared
 * scenario sharpens together, so they move together), the whole
 * comparison's count and time left, and cancel / run again. Each bar is a
 * role="progressbar" with its value, maximum and the scenario's name.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useRunActions } from '../app/services';
import { useApp } from '../state/context';
import { selectRun } from '../state/selectors';
import type { RunView } from '../run/controller';
import { colorsOf } from './charts/palette';
import { settleColors } from '../state/colorPlaces';
import { i18n } from '../i18n/index';
import { displayName, inSentence } from '../state/displayName';
import { formatPlain } from './format';
import { useFocusHandoff } from './focusHandoff';
import { useAnnouncement } from './announce';
import { householdsBlock, type HouseholdsBlock } from '../state/householdsSlice';

/** A count as the progress line writes it: the language's digits, no grouping ("1200 / 4000"). */
const count = (n: number) => formatPlain(n, { useGrouping: false });

function eta(ms: number | null): string {
  if (ms === null) return i18n.t('common:progress.estimating');
  if (ms < 1000) return i18n.t('common:progress.underSecond');
  const s = Math.round(ms / 1000);
  return s < 90 ? i18n.t('common:progress.seconds', { seconds: count(s) }) : i18n.t('common:progress.minutes', { minutes: count(Math.round(s / 60)) });
}

interface Row {
  id: string;
  name: string;
  color: string;
  run: RunView | undefined;
  /** Why its households keep it from running (it has no bar then): data not loaded, or too few replications in it. */
  blocked: HouseholdsBlock | null;
  /** The baseline, which the others' differences are taken against. */
  baseline: boolean;
}

/** The scenarios on screen, in the order the charts show them: baseline, compared, then the one being edited. */
function useRows(): Row[] {
  const { scenarios, meta, order, baselineId, compareIds, activeId, runs, runKeys, datasets, datasetCoverage, places } = useApp(
    useShallow((s) => ({
      scenarios: s.scenarios, meta: s.meta, order: s.order, baselineId: s.baselineId, compareIds: s.compareIds, activeId: s.activeId, runs: s.runs, runKeys: s.runKeys,
      datasets: s.datasets, datasetCoverage: s.datasetCoverage, places: s.colors,
    })),
  );
  return useMemo(() => {
    const ids = [baselineId, ...compareIds, activeId].filter((id, k, all) => scenarios[id] && all.indexOf(id) === k);
    const colors = colorsOf(settleColors(places, order, baselineId));
    return ids.map((id) => ({
      id, name: displayName(scenarios[id]!, meta[id]), color: colors[id]!, run: selectRun({ runs, runKeys }, id),
      blocked: householdsBlock({ datasets, datasetCoverage }, scenarios[id]!), baseline: id === baselineId,
    }));
  }, [scenarios, meta, order, baselineId, compareIds, activeId, runs, runKeys, datasets, datasetCoverage, places]);
}

function ScenarioBar({ row }: { row: Row }) {
  const { t: th } = useTranslation('households');
  const done = row.run?.done ?? 0;
  const total = row.run?.total ?? 0;
  const pct = total > 0 ? (100 * done) / total : 0;
  const { t } = useTranslation();
  const counts = { done: count(done), total: count(total) };
  if (row.blocked)
    return (
      <div className="scenario-progress">
        <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
        <bdi className="scenario-progress-name">{row.name}</bdi>
        <span className="scenario-progress-count">
          {row.blocked.kind === 'missing'
            ? th('progress.needsData')
            : th('progress.tooFewReplications', { coverage: count(row.blocked.coverage), replications: count(row.blocked.replications) })}
        </span>
      </div>
    );
  return (
    <div className="scenario-progress" title={t('progress.barTitle', { name: inSentence(row.name), ...counts })}>
      <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
      <bdi className="scenario-progress-name">{row.name}</bdi>
      <div
        role="progressbar"
        aria-label={t('progress.barLabel', { name: inSentence(row.name) })}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('progress.valueText', counts)}
        className="bar"
      >
        <div className="bar-fill" style={{ width: `${pct}%`, background: row.color }} />
      </div>
      <span className="scenario-progress-count">{total > 0 ? `${counts.done}/${counts.total}` : '…'}</span>
    </div>
  );
}

export { ANNOUNCE_EVERY_MS } from './announce';

export function RunProgress() {
  const rows = useRows();
  const replaced = useApp((s) => s.workerReplacements);
  const actions = useRunActions();
  const { t } = useTranslation();
  // Scenarios waiting for their household data neither run nor hold the comparison's progress back.
  const runs = rows.filter((r) => !r.blocked).map((r) => r.run);
  const ready = runs.length > 0 && runs.every((r) => r);
  const views = ready ? [...new Map((runs as RunView[]).map((v) => [v.key, v])).values()] : [];
  const done = views.reduce((a, v) => a + v.done, 0);
  const total = views.reduce((a, v) => a + v.total, 0);
  const running = views.filter((v) => v.status === 'running');
  const failed = views.find((v) => v.status === 'error');
  const cancelled = views.some((v) => v.status === 'cancelled');
  // The comparison ends when its slowest scenario does.
  const left = running.length === 0 ? 0 : running.some((v) => v.etaMs === null) ? null : Math.max(...running.map((v) => v.etaMs!));
  const pct = total > 0 ? Math.round((100 * done) / total) : 0;
  // Every replication is in, but the results on screen are not yet built from all of them (the statistics
  // worker's last summary is on its way): "done" waits until each scenario's own result is, and its difference
  // from the baseline too (one run on another world than the baseline's is summarised apart from it, and its
  // difference may come a summary later).
  const base = rows.find((r) => r.baseline)?.run;
  const differenceBehind = (v: RunView) =>
    base !== undefined && v.key !== base.key && v.difference !== null && !('error' in v.difference) && v.difference.replications < Math.min(v.done, base.done);
  const summarising = views.some((v) => v.resultCount < v.done || differenceBehind(v));
  // Every scenario on screen waiting for its household data: nothing starts (each bar says why), nothing is said.
  const status = !ready ? (runs.length === 0 && rows.length > 0 ? 'blocked' : 'starting') : failed ? 'failed' : running.length > 0 ? 'running' : cancelled ? 'cancelled' : summarising ? 'finishing' : 'done';
  const counts = { done: count(done), total: count(total) };
  const text =
    status === 'blocked' ? ''
    : status === 'starting' ? t('progress.starting')
    : status === 'failed' ? t('progress.failed', { error: failed!.error })
    : status === 'running' ? t('progress.running', { ...counts, eta: eta(left) })
    : status === 'cancelled' ? t('progress.cancelled', { ...counts, percent: formatPlain(pct / 100, { style: 'percent' }) })
    : status === 'finishing' ? t('progress.finishing', counts)
    : t('progress.done', counts);
  const announced = useAnnouncement(text, status);
  const control = running.length > 0 ? 'cancel' : cancelled || failed ? 'runAgain' : null;
  const box = useRef<HTMLDivElement>(null);
  const controlButton = useRef<HTMLButtonElement>(null);
  const runText = useRef<HTMLSpanElement>(null);
  // Cancel gone when the run ends: focus to the line that says it is done.
  useFocusHandoff(control, box, () => controlButton.current ?? runText.current);
  // One live region, in the page whatever the state, whose text alone changes: the "not ready" states had left it out,
  // so each lever edit removed it and put it back with "Starting…" already in it, which screen readers often skip.
  const live = (
    <p className="visually-hidden" aria-live="polite">
      {announced}
    </p>
  );
  if (status === 'blocked')
    return (
      <div className="run-progress">
        {live}
        <div className="scenario-progress-list">
          {rows.map((row) => (
            <ScenarioBar key={row.id} row={row} />
          ))}
        </div>
      </div>
    );
  if (!ready)
    return (
      <div className="run-progress">
        {live}
        {t('progress.starting')}
      </div>
    );
  return (
    <div className="run-progress" ref={box}>
      {live}
      <div
        role="progressbar"
        aria-label={t('progress.totalLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('progress.valueText', counts)}
        className="bar bar-total"
      >
        <div className="bar-fill" style={{ width: `${total > 0 ? (100 * done) / total : 0}%` }} />
      </div>
      <span className="run-text" ref={runText} tabIndex={-1}>
        {failed ? <span role="alert">{text}</span> : text}
      </span>
      {control && (
        // One button in one place, Cancel then Run again: focus stays on it (two buttons had left it on <body>).
        <button type="button" ref={controlButton} onClick={() => (control === 'cancel' ? actions.cancel() : actions.resume())}>
          {t(control === 'cancel' ? 'progress.cancel' : 'progress.runAgain')}
        </button>
      )}
      {replaced > 0 && <span className="run-note">{t('progress.workerReplaced', { count: replaced })}</span>}
      <div className="scenario-progress-list">
        {rows.map((row) => (
          <ScenarioBar key={row.id} row={row} />
        ))}
      </div>
    </div>
  );
}
