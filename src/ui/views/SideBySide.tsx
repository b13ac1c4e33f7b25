/** Compared scenarios in columns: each one's warnings, headline cards and single-scenario charts next to the others', each chart on the same scale in every column. */
import { costNoteLines, warningLines } from './engineText';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/context';
import type { ChartKind } from '../charts/text';
import { ChartCell } from './ChartCell';
import { ColumnNameContext } from '../charts/ChartFrame';
import { ScenarioChanges } from './ScenarioChanges';
import { SettingsWarnings } from './SettingsWarnings';
import { UncertaintyNote } from './UncertaintyNote';
import { HouseholdsNote } from '../households/HouseholdsNote';
import { useChartInputs } from './useChartInputs';

const PER_SCENARIO: readonly ChartKind[] = ['headline', 'budget', 'region', 'incomeDistribution', 'winners'];
/** A column's rows: its name, warnings, changes (after the assumptions its bands include the uncertainty of), then one per chart. */
const ROWS = 3 + PER_SCENARIO.length;

/**
 * How many of the grid's columns stand in its first row, once the browser has laid it out (and again whenever its
 * size changes: a resize, the levers folded, a column added). Null until then, and where there is no ResizeObserver (jsdom).
 * `columns`: how many there are (0 while the first replications run and the grid is not on the page); a change
 * counts it again, since a column added beside the others need not change the grid's size.
 */
function useColumnsInFirstRow(ref: RefObject<HTMLDivElement | null>, columns: number): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const tops = [...el.children].filter((c) => c.classList.contains('side-column')).map((c) => c.getBoundingClientRect().top);
      setCount(tops.length === 0 ? null : tops.filter((top) => Math.abs(top - tops[0]!) < 1).length);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, columns]);
  return count;
}

/** Fold the levers from the note, whose button then goes: the keyboard's focus stays in the results, where it was. */
function foldLevers(setLeversShown: (shown: boolean) => void): void {
  setLeversShown(false);
  document.getElementById('results')?.focus({ preventScroll: true });
}

export function SideBySide() {
  const { inputs } = useChartInputs();
  const { t } = useTranslation('views');
  const grid = useRef<HTMLDivElement>(null);
  const inRow = useColumnsInFirstRow(grid, inputs?.runs.length ?? 0);
  const leversShown = useApp((s) => s.leversShown);
  const setLeversShown = useApp((s) => s.setLeversShown);
  if (!inputs) return <p className="empty-note">{t('dashboard.running')}</p>;
  const total = inputs.runs.length;
  return (
    <>
      {/* A column below the others is easily missed: say so, and offer the levers' width (not on a phone, where they fold above). */}
      {inRow !== null && inRow < total && leversShown && (
        <p className="side-fit-note" role="note">
          {t('sideBySide.notAllFit', { count: inRow, total })}{' '}
          <button type="button" onClick={() => foldLevers(setLeversShown)}>
            {t('sideBySide.hideLevers')}
          </button>
        </p>
      )}
      {/* As many columns as fit at 240 px or more (four at 1440 px, or at 1280 with the levers folded; a phone gets one); the
          others wrap below rather than off the edge. Each column lays its parts on the grid's rows (subgrid), so the same chart
          lines up across columns even when one scenario has warnings or changes to show and another has none (an empty slot). */}
      <div ref={grid} className="side-by-side" style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(240px, 100%), 1fr))` }}>
        {inputs.runs.map((run) => (
          <section key={run.id} aria-label={run.name} className="side-column" style={{ gridRow: `span ${ROWS}` }}>
            <h2 style={{ borderColor: run.color }}>
              <bdi>{run.name}</bdi>
            </h2>
            <div className="side-slot">
              <SettingsWarnings name={run.name} warnings={warningLines(run.result)} costNotes={costNoteLines(run.result)} named />
            </div>
            <div className="side-slot">
              <HouseholdsNote scenario={run.result.scenario} />
              <UncertaintyNote uncertainty={run.result.scenario.uncertainty} />
              <ScenarioChanges id={run.id} />
            </div>
            <ColumnNameContext.Provider value={run.name}>
              {PER_SCENARIO.map((kind) => (
                // One scale across the columns: the status quo's empty budget reads against the others', not on an axis of its own.
                <ChartCell key={kind} kind={kind} inputs={{ ...inputs, focus: run, peers: inputs.runs }} />
              ))}
            </ColumnNameContext.Provider>
          </section>
        ))}
      </div>
    </>
  );
}
