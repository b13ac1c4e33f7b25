/**
 * How parameters are shown to people: shares as percentages, group titles in
 * a planner's words, and a one-line summary of default, range and source.
 */
import type { Confidence, GroupId, ParamSpec } from '../../engine/index';
import { keyLabel } from './labels';

export const GROUP_TITLES: Record<GroupId, string> = {
  budget: 'Budget and its split',
  cash: 'New cash transfer and targeting',
  stipend: 'Education stipend',
  microfinance: 'Microfinance',
  training: 'Skills training',
  farm: 'Small-farmer support',
  existingCash: 'Existing cash transfer (status quo)',
  shocks: 'Shocks and disasters',
  prices: 'Cost of living',
  population: 'Population and poverty line',
  income: 'Income dynamics',
  consumption: 'Savings and consumption',
  run: 'Simulation settings',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  H: 'official or peer-reviewed source',
  M: 'reputable secondary source',
  L: 'weak source',
  A: 'our assumption (no source found)',
};

export interface Scale {
  /** Multiply stored values by this to display them. */
  factor: number;
  unit: string;
}

/** Shares (fractions) are edited as percentages; everything else as stored. */
export function scaleOf(spec: ParamSpec): Scale {
  if (spec.unit.startsWith('share')) return { factor: 100, unit: spec.unit.replace(/^share/, '%') };
  return { factor: 1, unit: spec.unit };
}

/** Round away float noise from scaling (0.07 × 100 = 7.000000000000001). */
export function toDisplay(value: number, scale: Scale): number {
  return Number((value * scale.factor).toPrecision(12));
}

export function fromDisplay(value: number, scale: Scale): number {
  return Number((value / scale.factor).toPrecision(12));
}

export function rangeText(spec: ParamSpec): string {
  if (spec.kind !== 'number' && spec.kind !== 'array' && spec.kind !== 'record') return '';
  const s = scaleOf(spec);
  const unit = s.unit ? ` ${s.unit}` : '';
  return `${toDisplay(spec.min, s).toLocaleString('en-US')} to ${toDisplay(spec.max, s).toLocaleString('en-US')}${unit}`;
}

export function defaultText(spec: ParamSpec): string {
  const s = scaleOf(spec);
  const unit = s.unit ? ` ${s.unit}` : '';
  switch (spec.kind) {
    case 'number':
      return `${toDisplay(spec.default, s).toLocaleString('en-US')}${unit}`;
    case 'boolean':
      return spec.default ? 'on' : 'off';
    case 'enum':
      return spec.default;
    case 'array':
      return `${spec.default.map((v) => toDisplay(v, s).toLocaleString('en-US')).join(', ')}${unit}`;
    case 'record':
      return Object.entries(spec.default as Record<string, number>).map(([k, v]) => `${keyLabel(k)} ${toDisplay(v, s)}`).join('; ') + unit;
  }
}
