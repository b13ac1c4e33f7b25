/**
 * Warnings for settings that stop a programme from spending or lending, so a
 * result never hides unusable money behind a cost per exit. Judged on means
 * across replications; each says what happened and why. Money a programme
 * left unspent is told apart by what its enrolment saw (programmes.ts,
 * unspentStepByProgrammePKR): left where every eligible household was served,
 * or where eligible households remained but the money left bought less than
 * one more sample household, a step that shrinks as the sample grows. Money
 * the custom regional split gives to regions with no households in the data
 * (programmes.ts unplacedShare) is a warning of its own, not part of those.
 */
import type { RunResult } from './result';
import { PAYING_PROGRAMMES } from '../scenario/groups/budget';
import { REGIONS, REGION_LABELS, type RegionId } from '../population/regions';
import { registeredHouseholds } from '../population/households';
import { rowsPerReplication } from '../population/householdLayout';

const LABEL: Record<(typeof PAYING_PROGRAMMES)[number], string> = {
  cash: 'The new cash transfer',
  stipend: 'The education stipend',
  microfinance: 'Microfinance',
  training: 'Skills training',
  farm: 'Small-farmer support',
};

type EnrolledProgramme = Exclude<(typeof PAYING_PROGRAMMES)[number], 'microfinance'>;

/** Microfinance's envelope is not spent by enrolment but by lending. */
const LENDING_REASON = 'lending is capped by the risk fund and by the subsidy budget';

/** Money left where every eligible household was served; cash under budget targeting has no cut-off (cashBudget). */
const NONE_LEFT: Record<EnrolledProgramme | 'cashBudget', string> = {
  cash: 'every household below the cut-off who is not already on the existing transfer and takes it up was enrolled',
  cashBudget: 'every household not already on the existing transfer who takes it up was enrolled',
  stipend: 'every household with school-age children below the stipend cut-off who takes it up was enrolled',
  training: 'every unskilled working household below the training cut-off who takes it up was trained (each only once)',
  farm: 'every small farmer below the farm-support cut-off was supported (each only once)',
};

// Grouped by hand, not by toLocaleString: the engine's text must not depend on the runtime's locale data (ICU).
const grouped = (x: number) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Money left where eligible households remained: each sample household costs benefit × months × its weight, and an
 * envelope buys whole ones. The sample is a replication's: a file with a replication column gives each its own rows.
 */
function stepReason(w: Extract<SettingWarning, { kind: 'unspent' }>): string {
  const [fewest, most] = w.sampleHouseholds;
  const n = fewest === most ? grouped(fewest) : `${grouped(fewest)}\u2013${grouped(most)}`;
  const sample = !w.imported ? `as the sample grows: ${n} households` : w.perReplication ? `with more rows: ${n} rows a replication` : `with more rows: ${n} rows`;
  return `eligible households remained, but the money left in a stratum bought less than one more sample household (a whole-household step; it shrinks ${sample})`;
}

/** A cause of unspent money is named only when it accounts for at least this share of it. */
const NAMED_PART = 0.1;

/** Share of a programme's budget left unspent above which a warning is given. */
const UNSPENT_WARNING = 0.1;

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** A share the user set (a custom regional share such as 1.5%), to a tenth of a percent. */
const setPct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const bn = (x: number) => `Rs ${(x / 1e9).toFixed(1)} bn`;

/**
 * Why a programme left money unspent: lending limits (microfinance); every eligible household served
 * (noneLeft); eligible households left that the money left could not pay for (step); or both, each part
 * with its share.
 */
export type UnspentCause = 'lending' | 'noneLeft' | 'step' | 'both';

/** Why microfinance lent nothing, most basic reason first. */
export type NoLoansReason = 'allToFund' | 'noFundCapital' | 'zeroLeverage' | 'noTakers';

/** A warning as data, so that the app can word it in the reader's language (warningText words it in English). */
export type SettingWarning =
  | {
      kind: 'unspent'; programme: (typeof PAYING_PROGRAMMES)[number]; share: number; unspentPKR: number;
      /** stepPKR: the part left where eligible households remained (the rest: where none did). */
      cause: UnspentCause; stepPKR: number;
      /**
       * The sample a replication runs on, as the fewest and the most households a replication has (equal but for a
       * file with a replication column whose replications differ); imported: they are rows of imported data;
       * perReplication: the file has a replication column (its rows together are not one replication's sample).
       * cutoff: the programme selects below a PMT cut-off.
       */
      sampleHouseholds: readonly [number, number]; imported: boolean; perReplication: boolean; cutoff: boolean;
      /** The custom regional split left regions out (regionsLeftOut): share and unspentPKR are of the money for the regions with households. */
      inRegionsWithData: boolean;
    }
  | {
      /**
       * The custom regional split gives money to regions with no households in the data: their shares of the budget
       * (normalised as the engine does) are left unspent (programmes.ts unplacedShare); share is their total, unspentPKR its money.
       * fundPKR: the same share of the risk fund's opening capital, which is split as the budget is and so is in no
       * region's fund (0 without opening capital).
       */
      kind: 'regionsLeftOut'; regions: { region: RegionId; share: number }[]; share: number; unspentPKR: number; fundPKR: number;
    }
  | { kind: 'noLoans'; reason: NoLoansReason }
  | { kind: 'idleFund'; fundPKR: number }
  | { kind: 'noStatusQuo' };

/**
 * The households a replication runs on, fewest and most, and whether a file with a replication column gives each its
 * own (perReplication). Imported data is looked up where this thread holds it (registerHouseholds); a caller that
 * knows it otherwise passes it to settingWarnings. Without either, the run's meta.households (for such a file, its
 * rows together).
 */
export interface RunSample {
  households: readonly [number, number];
  perReplication: boolean;
}

function sampleOf(result: RunResult): RunSample {
  const ref = result.scenario.households;
  const data = ref ? registeredHouseholds(ref.sha256) : undefined;
  const per = data ? rowsPerReplication(data) : null;
  if (per) return { households: [per.fewest, per.most], perReplication: true };
  return { households: [result.meta.households, result.meta.households], perReplication: false };
}

/**
 * Regions the custom regional split gives a share to that have no households in any replication (their
 * households in byRegion are 0), each with its share of the budget normalised as programmes.ts unplacedShare does.
 */
function regionsLeftOut(result: RunResult): { region: RegionId; share: number }[] {
  const budget = result.scenario.policy.budget;
  if (budget.regionRule !== 'custom' || !result.byRegion) return [];
  const total = REGIONS.reduce((a, r) => a + budget.customRegionShares[r], 0);
  return REGIONS.filter((r) => budget.customRegionShares[r] > 0 && (result.byRegion[r].households.mean ?? 0) === 0).map((region) => ({
    region, share: budget.customRegionShares[region] / total,
  }));
}

export function settingWarnings(result: RunResult, sample: RunSample = sampleOf(result)): SettingWarning[] {
  const out: SettingWarning[] = [];
  const { summary, scenario } = result;
  const budget = summary.budgetPKR.mean ?? 0;
  const shares = scenario.policy.budget.programmeShares;
  const mf = scenario.policy.microfinance;
  // Money for regions the data has no households in is reported first, and left out of each programme's below:
  // it was never in an envelope, so no reason of enrolment's applies to it.
  const leftOut = regionsLeftOut(result);
  const leftOutShare = leftOut.reduce((a, x) => a + x.share, 0);
  // With no budget, the opening fund (money of its own, split as the budget would be) can still be left out.
  if (leftOut.length > 0 && (budget > 0 || mf.initialFundPKR > 0))
    out.push({ kind: 'regionsLeftOut', regions: leftOut, share: leftOutShare, unspentPKR: budget * leftOutShare, fundPKR: mf.initialFundPKR * leftOutShare });
  const placed = 1 - leftOutShare;
  for (const p of PAYING_PROGRAMMES) {
    const envelope = budget * shares[p] * placed;
    const unspent = (summary.unspentByProgrammePKR[p].mean ?? 0) - budget * shares[p] * leftOutShare;
    if (!(envelope > 0 && unspent / envelope > UNSPENT_WARNING)) continue;
    const step = Math.min(unspent, Math.max(0, summary.unspentStepByProgrammePKR[p].mean ?? 0));
    const stepNamed = step >= NAMED_PART * unspent;
    const noneLeftNamed = unspent - step >= NAMED_PART * unspent;
    const cause: UnspentCause = p === 'microfinance' ? 'lending' : stepNamed && noneLeftNamed ? 'both' : stepNamed ? 'step' : 'noneLeft';
    out.push({
      kind: 'unspent', programme: p, share: unspent / envelope, unspentPKR: unspent, cause, stepPKR: step,
      sampleHouseholds: sample.households, imported: scenario.households != null, perReplication: sample.perReplication,
      cutoff: p !== 'cash' || scenario.policy.cash.targeting === 'cutoff', inRegionsWithData: leftOutShare > 0,
    });
  }
  if (budget * shares.microfinance * placed > 0 && (summary.loansDisbursedPKR.mean ?? 0) === 0) {
    const reason: NoLoansReason =
      mf.riskFundShare >= 1 ? 'allToFund' : mf.riskFundShare === 0 && mf.initialFundPKR === 0 ? 'noFundCapital' : mf.leverage === 0 ? 'zeroLeverage' : 'noTakers';
    out.push({ kind: 'noLoans', reason });
  }
  const fundEnd = Math.min(summary.riskFundEndPKR.mean ?? 0, summary.riskFundContributionsPKR.mean ?? 0);
  const spentMf = summary.spentByProgrammePKR.microfinance.mean ?? 0;
  if (fundEnd > 0 && spentMf > 0 && fundEnd / spentMf > 0.25) out.push({ kind: 'idleFund', fundPKR: fundEnd });
  // The status quo itself (no new budget) has nothing to compare: no warning for it.
  if (!scenario.run.counterfactual && budget > 0) out.push({ kind: 'noStatusQuo' });
  return out;
}

const NO_LOANS: Record<NoLoansReason, string> = {
  allToFund: 'the whole microfinance budget went into the risk fund, leaving nothing to subsidise interest',
  noFundCapital: 'the risk fund gets no capital, and lending is capped at a multiple of the fund',
  zeroLeverage: 'the lending multiple is 0',
  noTakers: 'no eligible household took a loan',
};

/** Why an unspent-money warning's money was left, in English. */
function unspentReason(w: Extract<SettingWarning, { kind: 'unspent' }>): string {
  if (w.cause === 'lending' || w.programme === 'microfinance') return LENDING_REASON;
  const noneLeft = NONE_LEFT[w.programme === 'cash' && !w.cutoff ? 'cashBudget' : w.programme];
  const step = stepReason(w);
  if (w.cause === 'noneLeft') return noneLeft;
  if (w.cause === 'step') return step;
  // Each part as a share of the unspent money: rounded amounts could read as not adding up.
  const stepShare = w.stepPKR / w.unspentPKR;
  return `${pct(1 - stepShare)} of it where ${noneLeft}; ${pct(stepShare)} where ${step}`;
}

/** The regions a custom split left out, each with its share ("Sindh 25%, Balochistan 5%"), as both of their sentences list them. */
const regionShareList = (regions: readonly { region: RegionId; share: number }[]): string =>
  regions.map((x) => `${REGION_LABELS[x.region]} ${setPct(x.share)}`).join(', ');

/** A warning in English, as the result's meta.warnings gives it. */
export function warningText(w: SettingWarning): string {
  switch (w.kind) {
    case 'unspent':
      return `${LABEL[w.programme]} left ${pct(w.share)} of its budget${w.inRegionsWithData ? ' in the regions with households' : ''} (${bn(w.unspentPKR)}) unspent: ${unspentReason(w)}.`;
    case 'regionsLeftOut': {
      const [one] = w.regions;
      const capital = w.fundPKR >= 1e8 ? bn(w.fundPKR) : `Rs ${(w.fundPKR / 1e6).toFixed(1)} m`;
      if (w.unspentPKR === 0) {
        // No budget: only the opening capital is left out.
        const where =
          w.regions.length === 1
            ? `${setPct(one!.share)} of it to ${REGION_LABELS[one!.region]}, which has no households in the data`
            : `part of it to regions with no households in the data (${regionShareList(w.regions)})`;
        return `The custom regional split places the risk fund’s opening capital as it would the budget, and gives ${where}: that capital (${capital}) is in no region’s fund and backs no loans.`;
      }
      const fund = w.fundPKR > 0 ? ` The same share of the risk fund’s opening capital (${capital}) is in no region’s fund and backs no loans.` : '';
      if (w.regions.length === 1)
        return `The custom regional split gives ${setPct(one!.share)} of the budget to ${REGION_LABELS[one!.region]}, which has no households in the data: that share (${bn(w.unspentPKR)}) is left unspent.${fund}`;
      return `The custom regional split gives part of the budget to regions with no households in the data (${regionShareList(w.regions)}): those shares (${setPct(w.share)} of the budget, ${bn(w.unspentPKR)}) are left unspent.${fund}`;
    }
    case 'noLoans':
      return `Microfinance made no loans: ${NO_LOANS[w.reason]}. Its spending buys no exits.`;
    case 'idleFund':
      return `${bn(w.fundPKR)} of risk-fund capital is still in the fund at the end: it is counted as spent; the net cost per exit leaves it out.`;
    case 'noStatusQuo':
      return 'The comparison with the status quo is off, so additional exits, cost per exit and effects on participants are not available.';
  }
}

export function warningsFor(result: RunResult, sample?: RunSample): string[] {
  return settingWarnings(result, sample).map(warningText);
}
