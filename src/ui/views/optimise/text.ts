/**
 * What the Optimise view says about objectives, verdicts and constraints, in
 * the current language: an objective's name, one-line explanation, unit and
 * formatters; the verdict as a plain sentence with the improvement's paired
 * 90% interval; and each binding or broken constraint in words.
 */
import { FEW_REPLICATIONS, type ConstraintStatus, type Objective, type OptimiseResult, type ProgrammeId, type RegionId } from '../../../engine/index';
import { i18n } from '../../../i18n/index';
import { keyLabel } from '../../editor/labels';
import { countsInScaleOf, formatCount, formatNumber, formatPKR, formatPlain, formatShare, rupeesInScaleOf, type Formatter } from '../../format';
import { nameIn, nameList } from '../../charts/lang';

export const objectiveName = (o: Objective): string => i18n.t(`optimise:objectives.${o}.name`);
export const objectiveHelp = (o: Objective): string => i18n.t(`optimise:objectives.${o}.help`);
/** The objective's unit, for axes and subtitles. */
export const objectiveUnit = (o: Objective): string => i18n.t(`optimise:objectives.${o}.unit`);
/** The unit of an improvement in it (a gap's improvement is in percentage points). */
export const improvementUnit = (o: Objective): string => i18n.t(`optimise:objectives.${o}.improvementUnit`);

/** The objective's value: households, a share of the poverty line, rupees per exit. */
export const VALUE_FORMATS: Record<Objective, Formatter> = { maxSustainedExits: formatCount, minPovertyGapEnd: formatShare, minCostPerExit: formatPKR };

/** An improvement (positive is better): households, percentage points of the line, rupees per exit. */
export const IMPROVEMENT_FORMATS: Record<Objective, Formatter> = {
  maxSustainedExits: formatCount,
  minPovertyGapEnd: (x) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : i18n.t('optimise:amount.points', { value: formatNumber(x * 100) })),
  minCostPerExit: formatPKR,
};

/** "adds 51,700 sustained exits", "lowers the poverty gap at the end by 0.12 points", "costs Rs 3,000 more per additional exit". */
function gainText(o: Objective, x: number): string {
  const value = IMPROVEMENT_FORMATS[o](Math.abs(x));
  const better = x >= 0;
  switch (o) {
    case 'maxSustainedExits':
      return i18n.t(better ? 'optimise:gain.moreExits' : 'optimise:gain.fewerExits', { value });
    case 'minPovertyGapEnd':
      return i18n.t(better ? 'optimise:gain.lowerGap' : 'optimise:gain.higherGap', { value });
    case 'minCostPerExit':
      return i18n.t(better ? 'optimise:gain.cheaper' : 'optimise:gain.dearer', { value });
  }
}

/**
 * The formatter for an interval's two ends, `values` (the objective's value or its improvement): counts and rupees
 * both in the larger end's scale word, "8.43k to 16k" rather than "8,430 to 16k"; a gap's points as they are.
 */
export function intervalFormat(o: Objective, values: readonly (number | null)[], improvement: boolean): Formatter {
  if (o === 'maxSustainedExits') return countsInScaleOf(values);
  if (o === 'minCostPerExit') return rupeesInScaleOf(values);
  return improvement ? IMPROVEMENT_FORMATS[o] : VALUE_FORMATS[o];
}

/**
 * The interval in words. An infinite end (cost per exit: the reader's split, or the proposal, adds no exit in over
 * 5% of the resamples) is an open end, "from −Rs 9,000, with no upper end": said as "no interval", a within-noise
 * verdict had gone on "and the interval includes 0". An undefined end (NaN) has no interval.
 */
function intervalText(o: Objective, low: number, high: number): string {
  if (Number.isNaN(low) || Number.isNaN(high)) return i18n.t('optimise:verdict.noInterval');
  const f = intervalFormat(o, [low, high].filter(Number.isFinite), true);
  if (high === Infinity && Number.isFinite(low)) return i18n.t('optimise:verdict.noUpperEnd', { low: f(low) });
  if (low === -Infinity && Number.isFinite(high)) return i18n.t('optimise:verdict.noLowerEnd', { high: f(high) });
  if (!Number.isFinite(low) || !Number.isFinite(high)) return i18n.t('optimise:verdict.noInterval');
  return i18n.t('optimise:verdict.interval', { low: f(low), high: f(high) });
}

/**
 * After a verdict on the paired interval, when it rests on fewer than FEW_REPLICATIONS replications: a bootstrap
 * interval on so few is too narrow, and "adds 43.6k sustained exits (90% interval 6.83k to 80.4k)" on 4 of them
 * had read as firm.
 */
function caution(r: OptimiseResult): string {
  if (r.replications >= FEW_REPLICATIONS) return '';
  return ` ${i18n.t('optimise:verdict.fewReplications', { count: r.replications, replications: formatPlain(r.replications), min: formatPlain(FEW_REPLICATIONS) })}`;
}

/** The verdict in plain words: what the proposal does against the reader's split, how sure, and what to do about it. */
export function verdictText(r: OptimiseResult): string {
  const { estimate, low, high } = r.improvement;
  const args = { gain: gainText(r.objective, estimate), interval: intervalText(r.objective, low, high), replications: formatPlain(r.replications) };
  switch (r.verdict) {
    case 'better':
      return i18n.t('optimise:verdict.better', args) + caution(r);
    case 'withinNoise':
      return i18n.t('optimise:verdict.withinNoise', args) + caution(r);
    case 'worse':
      return i18n.t('optimise:verdict.worse', args) + caution(r);
    case 'undetermined': {
      // An end of the interval undefined: said so, with the estimate, where it had fallen through to "within noise …
      // the interval includes 0" after "no interval". Cost per exit is no mean but a ratio of totals over the
      // replications, and had been said "on average".
      const cost = r.objective === 'minCostPerExit';
      const key = Number.isFinite(estimate)
        ? cost ? 'optimise:verdict.undeterminedCost' : 'optimise:verdict.undetermined'
        : cost ? 'optimise:verdict.undeterminedNoMeanCost' : 'optimise:verdict.undeterminedNoMean';
      return i18n.t(key, args) + caution(r);
    }
    case 'unchanged':
      return i18n.t('optimise:verdict.unchanged');
    case 'infeasible':
      return i18n.t('optimise:verdict.infeasible');
  }
}

/** A share as the constraints are written in the view: "40%". */
const share = (x: number | null) => (x === null ? '–' : formatShare(x));

/** Who a constraint path is about: "Cash transfer", "Balochistan", the group "backward regions (KP, Balochistan, GB)". */
export interface GroupsOf {
  groups: readonly { name?: string; programmes?: readonly ProgrammeId[]; regions?: readonly RegionId[] }[];
}

/** A group as the sentences name it: “backward regions” (Khyber Pakhtunkhwa, Balochistan, Gilgit-Baltistan), or its members alone. */
function groupLabel(path: string, constraints: GroupsOf): string | null {
  const group = /^groups\[(\d+)\]/.exec(path);
  if (!group) return null;
  const g = constraints.groups[Number(group[1])];
  const members = nameList((g?.programmes ?? g?.regions ?? []).map(keyLabel));
  return g?.name ? i18n.t('optimise:binding.namedGroup', { name: nameIn(g.name), members }) : i18n.t('optimise:binding.group', { members });
}

/** Who a constraint is about: a programme, a region, or "the group …". */
function subject(path: string, constraints: GroupsOf): string {
  const group = groupLabel(path, constraints);
  return group !== null ? i18n.t('optimise:binding.theGroup', { group }) : keyLabel(path.split('.')[1] ?? path);
}

/** One constraint the reader set that binds, in words (not the implicit floor of 0: see givenNothingText). */
export function bindingText(c: ConstraintStatus, r: OptimiseResult, constraints: GroupsOf): string {
  if (c.path === 'par30Max') return i18n.t('optimise:binding.par30', { cap: share(c.bound), value: share(c.value) });
  if (c.path === 'existingRecipientsMonthlyPKR.min')
    return i18n.t('optimise:binding.floor', {
      floor: formatPKR(c.bound), topUp: formatPKR(r.split.existingTopUpPKR), benefit: formatPKR(c.bound - r.split.existingTopUpPKR),
    });
  const group = groupLabel(c.path, constraints);
  if (group !== null) return i18n.t(c.kind === 'min' ? 'optimise:binding.groupAtMin' : 'optimise:binding.groupAtMax', { group, bound: share(c.bound) });
  const who = subject(c.path, constraints);
  return i18n.t(c.kind === 'min' ? 'optimise:binding.atMin' : 'optimise:binding.atMax', { name: who, bound: share(c.bound) });
}

/**
 * The programmes (or regions) the proposal gives nothing though no minimum of the reader's said so, in a sentence,
 * or null: the engine reports them as binding constraints of their own (`implicit`, a share's natural floor of 0),
 * but they are no limit the reader chose, so they are said apart from those, with where a minimum can be set.
 */
export function givenNothingText(r: Pick<OptimiseResult, 'constraints'>): string | null {
  const names = r.constraints.filter((c) => c.implicit).map((c) => keyLabel(c.path.split('.')[1] ?? c.path));
  return names.length ? i18n.t('optimise:binding.nothingGiven', { count: names.length, list: nameList(names) }) : null;
}

/** A constraint the proposal breaks (an infeasible search), in words. */
export function brokenText(c: ConstraintStatus, constraints: GroupsOf): string {
  const money = c.path.startsWith('existingRecipients');
  const f = money ? formatPKR : share;
  const group = groupLabel(c.path, constraints);
  const who = c.path === 'par30Max' ? 'PAR30' : money ? i18n.t('optimise:binding.floorName') : group !== null ? i18n.t('optimise:binding.groupName', { group }) : subject(c.path, constraints);
  // The floor's amount held, but the cash budget paid only part of the top-up due ("Rs 2,500, below its minimum of Rs 2,500"
  // before); rounded down, so that a shortfall never reads as 100%.
  if (money && c.topUpPaid !== undefined && c.value !== null && c.value >= c.bound)
    return i18n.t('optimise:binding.floorShort', { name: who, bound: f(c.bound), paid: share(Math.floor(c.topUpPaid * 1000) / 1000) });
  return i18n.t(c.kind === 'min' ? 'optimise:binding.belowMin' : 'optimise:binding.aboveMax', { name: who, bound: f(c.bound), value: f(c.value) });
}

/** A constraint named by its path, for "your split breaks …". */
export function constraintName(path: string, constraints: GroupsOf): string {
  if (path === 'par30Max') return i18n.t('optimise:binding.par30Name');
  if (path.startsWith('existingRecipients')) return i18n.t('optimise:binding.floorName');
  const kind = path.endsWith('.max') ? 'max' : 'min';
  return i18n.t(kind === 'min' ? 'optimise:binding.minOf' : 'optimise:binding.maxOf', { name: subject(path, constraints) });
}
