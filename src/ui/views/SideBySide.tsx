/** Compared scenarios in columns: each one's warnings, headline cards and single-scenario charts next to the others', each chart on the same scale in every column. */
import { costNoteLines, warningLines } from './engineText';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/context';
import type { ChartKind } from '../charts/text';
import { ChartCell } from './ChartCell';
import { MemoryScope } from '../memory';
import { ColumnNameContext } from '../charts/ChartFrame';
import { ScenarioChanges } from './ScenarioChanges';
import { SettingsWarnings } from './SettingsWarnings';
import { UncertaintyNote } from './UncertaintyNote';
import { HouseholdsNote } from '../households/HouseholdsNote';
import { useChartInputs } from './useChartInputs';

const PER_SCENARIO: readonly ChartKind[] = ['headline', 'budget', 'region', 'incomeDistribution', 'winners'];
/** A column's rows: its name, warnings, changes (after the assumptions its bands include the uncertainty of), then one per chart. */
const ROWS = 3 + PER_SCENARIO.length;

/** A column's least width, px: as many fit side by side as have this much room (the grid's template below). */
const COLUMN_MIN = 240;

/** The width of the levers folded to a strip (styles.css's --levers-strip, in rem), px; NaN if it cannot be read. */
function stripWidth(): number {
  const root = getComputedStyle(document.documentElement);
  const value = root.getPropertyValue('--levers-strip').trim();
  return value.endsWith('rem') ? parseFloat(value) * parseFloat(root.fontSize) : parseFloat(value);
}

interface FirstRow {
  /** How many of the grid's columns stand in its first row. */
  count: number;
  /** Whether folding the levers to their strip would free room for one more there. */
  foldMakesRoom: boolean;
}

/**
 * The grid's first row, once the browser has laid it out, and again whenever its size changes (a resize, the
 * levers folded, a column added). Null until then, and where there is no ResizeObserver (jsdom). `columns`: how
 * many there are (0 while the first replications run and the grid is not on the page); a change counts them
 * again, since a column added beside the others need not change the grid's size.
 */
function useFirstRow(ref: RefObject<HTMLDivElement | null>, columns: number): FirstRow | null {
  const [row, setRow] = useState<FirstRow | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const tops = [...el.children].filter((c) => c.classList.contains('side-column')).map((c) => c.getBoundingClientRect().top);
      if (tops.length === 0) return setRow(null);
      const count = tops.filter((top) => Math.abs(top - tops[0]!) < 1).length;
      const gap = parseFloat(getComputedStyle(el).columnGap) || 0;
      const editor = document.querySelector('.editor');
      const freed = editor ? editor.getBoundingClientRect().width - stripWidth() : 0;
      // Unknown (NaN) is offered: folding is harmless, and the note says how to undo it.
      setRow({ count, foldMakesRoom: !(el.clientWidth + freed < (count + 1) * COLUMN_MIN + count * gap) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, columns]);
  return row;
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
  const firstRow = useFirstRow(grid, inputs?.runs.length ?? 0);
  const leversShown = useApp((s) => s.leversShown);
  const datasetRows = useApp((s) => s.datasetRows);
  const setLeversShown = useApp((s) => s.setLeversShown);
  if (!inputs) return <p className="empty-note">{t('dashboard.running')}</p>;
  const total = inputs.runs.length;
  return (
    <>
      {/* A column below the others is easily missed: say so, and offer the levers' width (not on a phone, where they fold above). */}
      {firstRow !== null && firstRow.count < total && leversShown && (
        <p className="side-fit-note" role="note">
          {t('sideBySide.notAllFit', { count: firstRow.count, total })} {t('sideBySide.below', { count: total - firstRow.count })}
          {firstRow.foldMakesRoom && (
            <>
              {' '}
              <button type="button" onClick={() => foldLevers(setLeversShown)}>
                {t('sideBySide.hideLevers')}
              </button>
            </>
          )}
        </p>
      )}
      {/* As many columns as fit at 240 px or more (four at 1440 px, or at 1280 with the levers folded; a phone gets one); the
          others wrap below rather than off the edge. Each column lays its parts on the grid's rows (subgrid), so the same chart
          lines up across columns even when one scenario has warnings or changes to show and another has none (an empty slot). */}
      <div ref={grid} className="side-by-side" style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(${COLUMN_MIN}px, 100%), 1fr))` }}>
        {inputs.runs.map((run) => (
          <section key={run.id} aria-label={run.name} className="side-column" style={{ gridRow: `span ${ROWS}` }}>
            {/* The reader's choices in this column (a chart shown as a table, a list of changes opened) are this scenario's. */}
            <MemoryScope name={run.id}>
              <h2 style={{ borderColor: run.color }}>
                <bdi>{run.name}</bdi>
              </h2>
              <div className="side-slot">
                <SettingsWarnings name={run.name} warnings={warningLines(run.result, datasetRows)} costNotes={costNoteLines(run.result)} named />
              </div>
              <div className="side-slot">
                <HouseholdsNote scenario={run.result.scenario} />
                <UncertaintyNote scenario={run.result.scenario} />
                <ScenarioChanges id={run.id} />
              </div>
              <ColumnNameContext.Provider value={run.name}>
                {PER_SCENARIO.map((kind) => (
                  // One scale across the columns: the status quo's empty budget reads against the others', not on an axis of its own.
                  <ChartCell key={kind} kind={kind} inputs={{ ...inputs, focus: run, peers: inputs.runs }} />
                ))}
              </ColumnNameContext.Provider>
            </MemoryScope>
          </section>
        ))}
      </div>
    </>
  );
}
