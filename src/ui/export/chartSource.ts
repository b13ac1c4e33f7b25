/**
 * Where a chart's numbers come from, for the source line of its exports:
 * the engine version, the seed and how many replications its intervals rest
 * on. Provided by the view that places the chart (views/ChartCell); a chart
 * drawn without it exports with the engine version alone.
 */
import { createContext } from 'react';
import { ENGINE_VERSION } from '../../engine/index';

export interface ChartSource {
  engineVersion: string;
  seed: number | null;
  replications: readonly number[];
  /** The imported household data the chart's scenarios ran on ("households hies-2019 (sha256 …)"); null or absent for synthetic. */
  households?: string | null;
}

export const ChartSourceContext = createContext<ChartSource>({ engineVersion: ENGINE_VERSION, seed: null, replications: [] });
