/**
 * What is optimised: the scenario's budget path (the same field as in the
 * levers, editing the scenario itself, so the reader's split and the
 * proposal are compared at the budget the scenario has), the objective, each
 * with a line saying what it rewards, and whether the regional split is
 * decided too.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OBJECTIVES, SCENARIO_SPEC, type ArraySpec, type Objective, type Scenario } from '../../../engine/index';
import { useApp } from '../../../state/context';
import type { OptimiseSetup } from '../../../state/optimiseSlice';
import { ArrayField } from '../../editor/ArrayField';
import { paramText } from '../../editor/paramText';
import { budgetText } from '../../present/slideHeadline';
import { objectiveHelp, objectiveName } from './text';

interface Props {
  id: string;
  scenario: Scenario;
  setup: OptimiseSetup;
  onChange(next: Partial<OptimiseSetup>): void;
}

export function OptimiseInputs({ id, scenario, setup, onChange }: Props) {
  const { t } = useTranslation('optimise');
  const setParam = useApp((s) => s.setParam);
  const name = useId();
  return (
    <div className="opt-inputs">
      <div className="opt-budget">
        <ArrayField
          path="policy.budget.annualBn"
          spec={SCENARIO_SPEC.budget.annualBn as ArraySpec}
          text={paramText('budget', 'annualBn')}
          value={scenario.policy.budget.annualBn}
          onCommit={(v) => setParam(id, 'budget', 'annualBn', v)}
        />
        <p className="opt-note">{t('inputs.budgetNote', { budget: budgetText(scenario.policy.budget.annualBn) })}</p>
      </div>
      <fieldset className="opt-objective">
        <legend>{t('inputs.objective')}</legend>
        {OBJECTIVES.map((o) => (
          <label key={o} className="opt-choice">
            <input type="radio" name={name} value={o} checked={setup.objective === o} onChange={() => onChange({ objective: o as Objective })} />
            <span>
              <strong>{objectiveName(o)}</strong>
              <span className="opt-choice-help">{objectiveHelp(o)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="opt-choice opt-regions">
        <input type="checkbox" checked={setup.regions} onChange={(e) => onChange({ regions: e.target.checked })} />
        <span>
          <strong>{t('inputs.regions')}</strong>
          <span className="opt-choice-help">{t('inputs.regionsHelp')}</span>
        </span>
      </label>
    </div>
  );
}
