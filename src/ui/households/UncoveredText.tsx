/**
 * The import dialog's refusal of a file whose replication column lacks rows for a replication a scenario runs
 * (app/households UncoveredIssue), worded when shown, so that it follows a change of language: the scenario by its
 * name as the page shows it now, the numbers as the app writes them.
 */
import { useTranslation } from 'react-i18next';
import type { UncoveredIssue } from '../../app/households';
import { useApp } from '../../state/context';
import { displayNameOf } from '../../state/displayName';
import { formatPlain } from '../format';
import { interleave } from '../sentence';

export function UncoveredText({ issue }: { issue: UncoveredIssue }) {
  const { t } = useTranslation('households');
  const { scenario, replications, coverage } = issue.args;
  const name = useApp((s) => displayNameOf(s, scenario));
  const values = {
    replications: formatPlain(replications),
    coverage: formatPlain(coverage),
    last: formatPlain(coverage - 1, { useGrouping: false }),
  };
  const text = (marked: string) =>
    coverage === 0 ? t('dialog.uncoveredNone', { ...values, scenario: marked }) : t('dialog.uncovered', { ...values, count: coverage, scenario: marked });
  return <>{interleave((m) => text(m.scenario!), { scenario: <bdi>{name}</bdi> })}</>;
}
