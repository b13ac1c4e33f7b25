/**
 * What is in each option, for the slide after the title: an official shows
 * the results of "Option A" and "Option B" and is asked what they are. Each
 * option's budget, its split across programmes (share and rupees) and
 * across regions are written out whether or not they differ from the
 * baseline's (the default comparison's three budgets share one split, which
 * a list of differences would never name); every other setting it changes
 * from the baseline follows, in the dashboard's words and with its flags
 * (views/changes), the first few of them: the printed report lists them all.
 */
import { PROGRAMMES, SCENARIO_SPEC, type ParamSpec, type ProgrammeId, type Scenario } from '../../engine/index';
import { i18n } from '../../i18n/index';
import { keyLabel, OPTION_LABELS } from '../editor/labels';
import { specText } from '../editor/paramText';
import { formatPlain, formatShare } from '../format';
import { changeText, FLAG_TEXT, scenarioChanges } from '../views/changes';
import { budgetText } from './slideHeadline';

/** Other changes a column lists before "and N more": more would not read from the back of a room. */
export const OTHER_CHANGES_SHOWN = 3;

/** What the budget rows say and the changes list leaves to them. */
const BUDGET_PATHS = ['policy.budget.annualBn', 'policy.budget.programmeShares', 'policy.budget.regionRule'];

export interface OptionInput {
  id: string;
  name: string;
  scenario: Scenario;
}

export interface OptionColumn {
  id: string;
  name: string;
  /** "Rs 80 bn a year", "Rs 80 → 100 → 120 bn a year", or "No new budget". */
  budget: string;
  /** Each programme's share and its rupees a year ("50% · Rs 40 bn"); null where the option has no budget to split. */
  shares: Readonly<Record<ProgrammeId, string>> | null;
  /** How the money is divided between regions ("poor people (headcount)"). */
  regions: string;
  /** Why the option is not paired with the baseline (another seed, other data), as the dashboard says it. */
  pairing?: string;
  /**
   * What its changes mean for the comparison, each said once (the world differs, the pairing is broken, a value the
   * runs draw): after every flagged change, the long flag had filled the cell.
   */
  flags: string[];
  /** The first OTHER_CHANGES_SHOWN other settings it changes from the baseline, each "Label: from → to", flagged ones first. */
  others: string[];
  /** How many more there are. */
  more: number;
}

export interface OptionsTable {
  /** The programmes any option funds, in the editor's order (a programme no option funds has no row). */
  programmes: { id: ProgrammeId; label: string }[];
  columns: OptionColumn[];
  /** The rows' labels, in the editor's words. */
  labels: { budget: string; regions: string };
}

/** "50% · Rs 40 bn", or along a path "50% · Rs 40 → 50 → 60 bn": the share of every year's budget, and what it comes to. */
function shareText(share: number, annualBn: readonly number[]): string {
  const bn = (x: number) => formatPlain(x, { maximumSignificantDigits: 3 });
  const amounts = annualBn.map((x) => share * x);
  const amount = amounts.every((x) => x === amounts[0]) ? bn(amounts[0]!) : amounts.map(bn).join(i18n.t('present:headline.budgetStep'));
  return i18n.t('present:optionsSlide.share', { share: formatShare(share), amount: i18n.t('present:optionsSlide.amount', { amount }).replace(/ /g, '\u00a0') });
}

function column(option: OptionInput, baseline: Scenario): OptionColumn {
  const { budget } = option.scenario.policy;
  const funded = budget.annualBn.some((x) => x > 0);
  const { groups, pairing } = scenarioChanges(option.scenario, baseline);
  // A flagged change first: cut after three, a flood switched on had been the one left to the printed report.
  const all = groups.flatMap((g) => g.changes).filter((c) => !BUDGET_PATHS.includes(c.path));
  const others = [...all.filter((c) => c.flag), ...all.filter((c) => !c.flag)];
  return {
    id: option.id,
    name: option.name,
    budget: funded ? budgetText(budget.annualBn) : i18n.t('present:headline.noBudget'),
    shares: funded ? (Object.fromEntries(PROGRAMMES.map((p) => [p, shareText(budget.programmeShares[p], budget.annualBn)])) as Record<ProgrammeId, string>) : null,
    regions: OPTION_LABELS[budget.regionRule] ?? budget.regionRule,
    ...(pairing === undefined ? {} : { pairing }),
    flags: [...new Set(all.flatMap((c) => (c.flag ? [FLAG_TEXT[c.flag]] : [])))],
    others: others.slice(0, OTHER_CHANGES_SHOWN).map(changeText),
    more: Math.max(0, others.length - OTHER_CHANGES_SHOWN),
  };
}

export function optionsTable(options: readonly OptionInput[], baseline: Scenario): OptionsTable {
  const columns = options.map((o) => column(o, baseline));
  const funds = (p: ProgrammeId) => options.some((o) => o.scenario.policy.budget.annualBn.some((x) => x > 0) && o.scenario.policy.budget.programmeShares[p] > 0);
  const label = (key: 'annualBn' | 'regionRule') => specText(SCENARIO_SPEC.budget[key] as ParamSpec).label;
  return {
    programmes: PROGRAMMES.filter(funds).map((id) => ({ id, label: keyLabel(id) })),
    columns,
    labels: { budget: label('annualBn'), regions: label('regionRule') },
  };
}
