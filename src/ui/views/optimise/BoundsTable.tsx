/**
 * Minimum and maximum shares for each programme or each region, beside the
 * scenario's own share, as a table: one row per programme or region, the
 * bounds typed as percentages of the whole budget. A problem with a bound
 * shows under its box, one with the row (min above max) under its name, one
 * with the whole block (the minimums add up to more than the budget) under
 * the table.
 */
import { useTranslation } from 'react-i18next';
import type { OptimiseConstraints, ShareBounds, ValidationIssue } from '../../../engine/index';
import { keyLabel } from '../../editor/labels';
import { FieldIssues } from '../../editor/ParamHelp';
import { formatShare } from '../../format';
import { BoundInput, type BoundUnit } from './BoundInput';
import { withBound, type BoundsBlock, type Side } from './constraintsDraft';
import { issuesAt } from './issues';

export const PERCENT: BoundUnit = { factor: 100, min: 0, max: 100, unit: '%' };

interface Props {
  block: BoundsBlock;
  keys: readonly string[];
  /** The scenario's own share of each (null where a rule divides the money). */
  current: (key: string) => number | null;
  constraints: OptimiseConstraints;
  onChange(next: OptimiseConstraints): void;
  issues: readonly ValidationIssue[];
  disabled?: boolean;
  /** Under a row's name (administration: held at the scenario's share unless bounded). */
  rowNote?: (key: string) => string | null;
}

export function BoundsTable({ block, keys, current, constraints, onChange, issues, disabled = false, rowNote }: Props) {
  const { t } = useTranslation('optimise');
  const bounds = constraints[block] as Record<string, ShareBounds | undefined>;
  const input = (key: string, side: Side) => (
    <BoundInput
      label={t(side === 'min' ? 'constraints.minOf' : 'constraints.maxOf', { name: keyLabel(key) })}
      value={bounds[key]?.[side]}
      unit={PERCENT}
      disabled={disabled}
      issues={issuesAt(issues, `${block}.${key}.${side}`)}
      onCommit={(v) => onChange(withBound(constraints, block, key, side, v))}
    />
  );
  return (
    <div className="opt-bounds">
      <table className="opt-bounds-table">
        <caption>{t(`constraints.${block}Caption`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(block === 'programmes' ? 'constraints.programme' : 'constraints.region')}</th>
            <th scope="col" className="num">
              {t('constraints.current')}
            </th>
            <th scope="col">{t('constraints.min')}</th>
            <th scope="col">{t('constraints.max')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const note = rowNote?.(key);
            return (
              <tr key={key}>
                <th scope="row">
                  {keyLabel(key)}
                  {note && <span className="opt-row-note">{note}</span>}
                  <FieldIssues messages={issuesAt(issues, `${block}.${key}`)} />
                </th>
                <td className="num">{formatShare(current(key))}</td>
                <td>{input(key, 'min')}</td>
                <td>{input(key, 'max')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FieldIssues messages={issuesAt(issues, block)} />
    </div>
  );
}
