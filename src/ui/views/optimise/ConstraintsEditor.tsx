/**
 * The constraints: bounds per programme and per region, groups, the floor
 * on the existing recipients' monthly benefit and the PAR30 cap, with
 * Import constraints… and Export constraints as the file `sim optimise
 * --constraints` reads. A file with problems is not taken: each problem is
 * listed with its path, and the constraints being edited stay as they were.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_PAR30_CAP, PROGRAMMES, REGIONS,
  type Objective, type OptimiseConstraints, type ProgrammeId, type RegionId, type Scenario, type ValidationIssue,
} from '../../../engine/index';
import { FieldIssues } from '../../editor/ParamHelp';
import { download } from '../../export/download';
import { formatPKR, formatShare } from '../../format';
import { interleave, withNames } from '../../sentence';
import { BoundInput, type BoundUnit } from './BoundInput';
import { BoundsTable, PERCENT } from './BoundsTable';
import { constraintsFileText, readConstraintsText, withFloor, withPar30Cap } from './constraintsDraft';
import { GroupsEditor } from './GroupsEditor';
import { issueLine, issuesAt, issuesUnder } from './issues';

const RUPEES_A_MONTH = (unit: string): BoundUnit => ({ factor: 1, min: 0, max: 100_000, unit });

/** Paths a field of this editor shows; any other problem is listed at the top. */
const FIELD_PATHS = /^(programmes|regions|groups\[\d+\]|existingRecipientsMonthlyPKR|par30Max)(\.|\[|$)/;

interface Props {
  scenario: Scenario;
  constraints: OptimiseConstraints;
  onChange(next: OptimiseConstraints): void;
  /** Everything the engine says about the constraints as edited, against the scenario, by path. */
  issues: readonly ValidationIssue[];
  regions: boolean;
  objective: Objective;
}

/** A file's problems: which file, each problem by its path, and that nothing changed. */
interface FileProblem {
  name: string;
  issues: ValidationIssue[];
}

function ConstraintsFile({ constraints, onChange }: Pick<Props, 'constraints' | 'onChange'>) {
  const { t } = useTranslation('optimise');
  const id = useId();
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const read = async (file: File) => {
    const name = file.name.slice(0, 80);
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setProblem({ name, issues: [{ path: '', message: e instanceof Error ? e.message : String(e) }] });
      return;
    }
    const read = readConstraintsText(text);
    if (!read.ok) {
      setProblem({ name, issues: read.issues });
      setLoaded(null);
      return;
    }
    setProblem(null);
    setLoaded(name);
    onChange(read.constraints);
  };
  return (
    <div className="opt-file">
      <label className="file-button" htmlFor={`${id}-import`}>
        {t('constraints.import')}
      </label>
      <input
        id={`${id}-import`}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) await read(file);
          input.value = '';
        }}
      />
      <button type="button" onClick={() => download(constraintsFileText(constraints), 'constraints.json', 'json')}>
        {t('constraints.export')}
      </button>
      <p className="opt-note">
        {interleave((m) => t('constraints.fileNote', { command: m.command!, doc: m.doc! }), {
          command: <code dir="ltr">npm run sim -- optimise --constraints FILE</code>,
          doc: <code>docs/optimise.md</code>,
        })}
      </p>
      {loaded && (
        <p role="status" className="opt-note">
          {withNames((name) => t('constraints.imported', { name }), loaded)}
        </p>
      )}
      {problem && (
        <div role="alert" className="opt-file-problem">
          <p>{withNames((name) => t('constraints.fileRefused', { name, count: problem.issues.length }), problem.name)}</p>
          <ul>
            {problem.issues.map((i, k) => (
              <li key={k} dir="auto">
                {issueLine(i)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function ConstraintsEditor({ scenario, constraints, onChange, issues, regions, objective }: Props) {
  const { t } = useTranslation('optimise');
  const budget = scenario.policy.budget;
  const adminBounded = constraints.programmes.admin !== undefined;
  const others = issues.filter((i) => !FIELD_PATHS.test(i.path));
  const par30Default = objective === 'minCostPerExit' ? t('constraints.par30Default', { cap: formatShare(DEFAULT_PAR30_CAP) }) : t('constraints.par30None');
  return (
    <fieldset className="opt-constraints">
      <legend>{t('constraints.heading')}</legend>
      <p className="opt-note">{t('constraints.help')}</p>
      <ConstraintsFile constraints={constraints} onChange={onChange} />
      <FieldIssues messages={others.map(issueLine)} />
      <BoundsTable
        block="programmes"
        keys={PROGRAMMES}
        current={(k) => budget.programmeShares[k as ProgrammeId]}
        constraints={constraints}
        onChange={onChange}
        issues={issues}
        rowNote={(k) => (k === 'admin' && !adminBounded ? t('constraints.adminFixed', { share: formatShare(budget.programmeShares.admin) }) : null)}
      />
      <BoundsTable
        block="regions"
        keys={REGIONS}
        current={(k) => (budget.regionRule === 'custom' ? budget.customRegionShares[k as RegionId] : null)}
        constraints={constraints}
        onChange={onChange}
        issues={issues}
        disabled={!regions}
      />
      {!regions && <p className="opt-note">{t('constraints.regionsOff', { rule: t(`regionRule.${budget.regionRule}`) })}</p>}
      <GroupsEditor constraints={constraints} onChange={onChange} issues={issues} regions={regions} />
      <div className="opt-measured">
        <div>
          <BoundInput
            visibleLabel
            label={t('constraints.floor')}
            value={constraints.existingRecipientsMonthlyPKR?.min}
            unit={RUPEES_A_MONTH(t('constraints.rupeesAMonth'))}
            issues={issuesUnder(issues, 'existingRecipientsMonthlyPKR')}
            onCommit={(v) => onChange(withFloor(constraints, v))}
          />
          <p className="opt-note">{t('constraints.floorHelp', { benefit: formatPKR(scenario.world.existingCash.benefitPKR), topUp: formatPKR(scenario.policy.cash.existingTopUpPKR) })}</p>
        </div>
        <div>
          <BoundInput
            visibleLabel
            label={t('constraints.par30')}
            value={constraints.par30Max}
            unit={PERCENT}
            issues={issuesAt(issues, 'par30Max')}
            onCommit={(v) => onChange(withPar30Cap(constraints, v))}
          />
          <p className="opt-note">{par30Default}</p>
        </div>
      </div>
    </fieldset>
  );
}
