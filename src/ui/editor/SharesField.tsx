/**
 * Shares that must sum to 100% (programme split, custom regional split):
 * a slider and a box per share, with the rupee amount it means in year 1
 * (left out while the box holds a value that was refused).
 * Moving one share rescales the others (but a held one, administration), so the split is always complete,
 * and taking one to 100% and back restores the others' proportions.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uncertainSpec, type RecordSpec, type ValidationIssue } from '../../engine/index';
import { formatPKR } from '../format';
import { keyLabel } from './labels';
import { NumberField } from './NumberField';
import { ParamHelp } from './ParamHelp';
import { entryOf, type ParamText } from './paramText';
import type { Uncertain } from './ParamField';
import { UncertainNumberField } from './UncertaintyField';
import { rebalance } from './rebalance';

interface Props {
  path: string;
  spec: RecordSpec;
  text: ParamText;
  value: Record<string, number>;
  /** Year-1 budget in PKR, to show each share in rupees; omitted where shares are not of the budget. */
  yearOneBudgetPKR?: number;
  onCommit(v: unknown): ValidationIssue[];
}

export function SharesField({ path, spec, text, value, yearOneBudgetPKR, onCommit }: Props) {
  const { t } = useTranslation('editor');
  const id = useId();
  // The last split with two or more shares above 0, held ones (administration) apart: what the others go back to
  // after one share was set to 100%, and a held one that gave way on the way there (rebalance).
  const split = useRef<Record<string, number> | undefined>(undefined);
  useEffect(() => {
    if (Object.entries(value).filter(([k, x]) => x > 0 && !spec.held?.includes(k)).length >= 2) split.current = value;
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const set = (key: string, share: number) => onCommit(rebalance(value, key, share, split.current, spec.held));
  // Shares whose box holds a refused value: their rupees are not shown, as they are not what was typed.
  const [refused, setRefused] = useState<ReadonlySet<string>>(() => new Set());
  const validity = useCallback((key: string, valid: boolean) => {
    setRefused((was) => {
      if (was.has(key) === !valid) return was;
      const next = new Set(was);
      if (valid) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  return (
    <fieldset className="field field-shares" aria-describedby={`${id}-help`}>
      <legend>
        {text.label} <span className="unit">{t('shares.unit')}</span>
      </legend>
      {spec.keys.map((key) => {
        const share = value[key] ?? 0;
        return (
          <div key={key} className="share-row">
            <NumberField
              path={`${path}.${key}`}
              spec={{ ...spec, kind: 'number', default: spec.default[key] ?? 0 }}
              text={{ ...text, label: keyLabel(key) }}
              value={share}
              onCommit={(v) => (typeof v === 'number' ? set(key, v) : [])}
              onValidity={(valid) => validity(key, valid)}
            />
            <input
              type="range"
              min={0}
              max={100}
              // The box's precision (and the optimiser's proposals'): on a coarser step a browser snaps the slider
              // (and what a screen reader says of it) away from the box's value, 9.5 beside 9.7.
              step={0.1}
              value={Math.round(share * 1000) / 10}
              aria-label={t('shares.slider', { name: keyLabel(key) })}
              onChange={(e) => set(key, Number(e.target.value) / 100)}
            />
            {yearOneBudgetPKR !== undefined && !refused.has(key) && <span className="share-amount">{t('shares.inYearOne', { amount: formatPKR(share * yearOneBudgetPKR) })}</span>}
            {spec.held?.includes(key) && <span className="share-amount">{t('shares.held', { name: keyLabel(key) })}</span>}
          </div>
        );
      })}
      <ParamHelp id={`${id}-help`} spec={spec} text={text} />
    </fieldset>
  );
}

/**
 * A record whose values are independent (e.g. flood footprint by region). Each entry the engine lets be uncertain
 * has its own Uncertain toggle beside its box, as a number parameter has: the entry is drawn alone, the others keep
 * their values.
 */
export function RecordField({ path, spec, text, value, onCommit, uncertainty }: Omit<Props, 'yearOneBudgetPKR'> & { uncertainty?: (key: string) => Uncertain | undefined }) {
  return (
    <fieldset className="field field-record">
      <legend>
        {text.label} <span className="unit">({spec.unit.startsWith('share') ? '%' : text.unit})</span>
      </legend>
      {spec.keys.map((key) => {
        const entryPath = `${path}.${key}`;
        const entrySpec = uncertainSpec(entryPath);
        return (
          <UncertainNumberField
            key={key}
            path={entryPath}
            spec={{ ...spec, kind: 'number', default: spec.default[key] ?? 0 }}
            text={{ ...text, label: keyLabel(key) }}
            value={value[key] ?? 0}
            onCommit={(v) => onCommit({ ...value, [key]: v })}
            uncertain={entrySpec ? uncertainty?.(key) : undefined}
            // Named in full ("Disaster rate (rural): Sindh"): the toggle and the distribution stand apart from the legend.
            drawn={entrySpec ? { spec: entrySpec, text: entryOf(text, key) } : undefined}
          />
        );
      })}
    </fieldset>
  );
}
