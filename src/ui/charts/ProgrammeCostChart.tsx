/**
 * Cost per additional household out of poverty for 12+ months, programme by
 * programme: each programme of the scenario in focus run alone, with the
 * money it gets there, against the status quo on the same draws. The runs go
 * on in the background after the comparison on screen (app/connectProgrammeRuns),
 * so the chart has its own progress bar and says what is not run yet.
 */
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { DataTable } from './DataTable';
import { HEIGHT, tickMillions } from './axis';
import { HBarPlot, type HBarSeries } from './plot/HBarPlot';
import { intervalValues, niceScale } from './data/scale';
import { interaction, programmeCostRows, programmeProgress, type ProgrammeCostRow, type ProgrammeRunsInput } from './data/programmeCost';
import { COST_RANKING } from './data/costPerExit';
import { OPEN_INTERVAL_NOTE, OPEN_INTERVAL_SUB, valueWithInterval } from './intervalText';
import { openAbove } from './data/interval';
import { PROGRAMME_COLORS } from './palette';
import { formatCount, formatPKR } from '../format';
import { CHART_TEXT } from './text';

export interface ProgrammeCostChartProps {
  /** Null when the scenario in focus funds no new programme or has no status quo to measure exits against. */
  input: ProgrammeRunsInput | null;
  focusName: string;
}

const SERIES: HBarSeries<ProgrammeCostRow>[] = [
  { key: 'cost', name: 'Cost per exit', color: (r) => PROGRAMME_COLORS[r.programme], value: (r) => r },
];
const category = (r: ProgrammeCostRow) => ({ key: r.programme, label: r.label, sub: openAbove(r) ? OPEN_INTERVAL_SUB : undefined, note: r.note ?? undefined });
const cost = (r: ProgrammeCostRow) => r.note ?? valueWithInterval(r.value, r.low, r.high, formatPKR);

export function ProgrammeCostChart({ input, focusName }: ProgrammeCostChartProps) {
  const text = CHART_TEXT.programmeCost;
  const rows = useMemo(() => (input ? programmeCostRows(input) : []), [input]);
  const x = useMemo(() => niceScale(intervalValues(rows), { zero: true, flat: 1e6, count: 4 }), [rows]);
  if (!input) {
    return (
      <ChartFrame
        title={text.title}
        subtitle={text.subtitle}
        chart={<p className="empty-note">“{focusName}” funds no new programme with a status quo to compare against, so there is nothing to split by programme.</p>}
        table={() => <p className="empty-note">No programmes to show.</p>}
      />
    );
  }
  const progress = programmeProgress(input);
  const mix = interaction(input);
  const title = `${text.title}: ${input.scenarioName}`;
  return (
    <ChartFrame
      title={title}
      subtitle={text.subtitle}
      controls={
        progress.done < progress.total && (
          <label className="programme-progress">
            Programmes run alone: {formatCount(progress.done)} of {formatCount(progress.total)} replications{' '}
            <progress
              value={progress.done}
              max={progress.total}
              aria-label={`Programmes of “${input.scenarioName}” run alone: replications done`}
              aria-valuetext={`${progress.done} of ${progress.total} replications`}
            />
          </label>
        )
      }
      chart={
        <HBarPlot
          rows={rows}
          category={category}
          series={SERIES}
          scale={x}
          tick={tickMillions}
          axisTitle="Rs m per household"
          label={title}
          height={Math.max(HEIGHT.standard * 0.6, 70 + rows.length * HEIGHT.perRow)}
          nameWidth={150}
          maxBarSize={24}
        />
      }
      note={
        <>
          {text.note} {rows.some(openAbove) && `${OPEN_INTERVAL_NOTE} `}
          {mix &&
            `Alone, the programmes add ${formatCount(mix.alone)} sustained exits between them; together in “${input.scenarioName}”, ${formatCount(mix.together)}: ${
              mix.together >= mix.alone ? 'together they do more than the sum of their parts' : 'part of what each does alone overlaps with the others'
            }.`}
        </>
      }
      table={() => (
        <DataTable
          caption={`${title}: Rs per household, mean (90% interval), ${COST_RANKING.caption}; each programme alone with the money it gets in “${input.scenarioName}”.`}
          rows={rows}
          rowKey={(r) => r.programme}
          columns={[
            { header: 'Programme', cell: (r) => r.label },
            { header: 'Cost per additional sustained exit, mean (90% interval)', numeric: true, cell: cost },
            { header: 'Additional sustained exits, mean (90% interval)', numeric: true, cell: (r) => (r.replications ? valueWithInterval(r.exits.value, r.exits.low, r.exits.high, formatCount) : '–') },
            { header: 'Spent, mean', numeric: true, cell: (r) => formatPKR(r.spentPKR) },
            { header: 'Replications', numeric: true, cell: (r) => formatCount(r.replications) },
          ]}
        />
      )}
    />
  );
}
