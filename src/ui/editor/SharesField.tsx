/**
 * Shares that must sum to 100% (programme split, custom regional split):
 * a slider and a box per share, with the rupee amount it means in year 1.
 * Moving one share rescales the others, so the split is always complete.
 */
import { useId } from 'react';
import type { RecordSpec, ValidationIssue } from '../../engine/index';
import { formatPKR } from '../format';
import { keyLabel } from './labels';
import { NumberField } from './NumberField';
import { ParamHelp } from './ParamHelp';
import { rebalance } from './rebalance';

interface Props {
  path: string;
  spec: RecordSpec;
  value: Record<string, number>;
  /** Year-1 budget in PKR, to show each share in rupees; omitted where shares are not of the budget. */
  yearOneBudgetPKR?: number;
  onCommit(v: unknown): ValidationIssue[];
}

export function SharesField({ path, spec, value, yearOneBudgetPKR, onCommit }: Props) {
  const id = useId();
  const set = (key: string, share: number) => onCommit(rebalance(value, key, share));
  return (
    <fieldset className="field field-shares" aria-describedby={`${id}-help`}>
      <legend>
        {spec.label} <span className="unit">(% of budget, sums to 100%)</span>
      </legend>
      {spec.keys.map((key) => {
        const share = value[key] ?? 0;
        return (
          <div key={key} className="share-row">
            <NumberField
              path={`${path}.${key}`}
              spec={{ ...spec, kind: 'number', default: spec.default[key] ?? 0, label: keyLabel(key) }}
              value={share}
              onCommit={(v) => (typeof v === 'number' ? set(key, v) : [])}
            />
            <input
              type="range"
              min={0}
              max={100}
              step={0.5}
              value={Math.round(share * 1000) / 10}
              aria-label={`${keyLabel(key)} share (%)`}
              onChange={(e) => set(key, Number(e.target.value) / 100)}
            />
            {yearOneBudgetPKR !== undefined && <span className="share-amount">{formatPKR(share * yearOneBudgetPKR)} in year 1</span>}
          </div>
        );
      })}
      <ParamHelp id={`${id}-help`} spec={spec} />
    </fieldset>
  );
}

/** A record whose values are independent (e.g. flood footprint by region). */
export function RecordField({ path, spec, value, onCommit }: Omit<Props, 'yearOneBudgetPKR'>) {
  return (
    <fieldset className="field field-record">
      <legend>
        {spec.label} <span className="unit">({spec.unit.startsWith('share') ? '%' : spec.unit})</span>
      </legend>
      {spec.keys.map((key) => (
        <NumberField
          key={key}
          path={`${path}.${key}`}
          spec={{ ...spec, kind: 'number', default: spec.default[key] ?? 0, label: keyLabel(key) }}
          value={value[key] ?? 0}
          onCommit={(v) => onCommit({ ...value, [key]: v })}
        />
      ))}
    </fieldset>
  );
}
