/**
 * Mutable state of one pass (scenario or counterfactual) over a population:
 * per-household typed arrays, per-stratum programme accounts and the ledger.
 * Allocated once per pass; the monthly loop allocates nothing.
 */
import { PROGRAMMES } from '../scenario/groups/budget';
import { REGIONS, STRATA_COUNT } from '../population/regions';
import { MAX_YEARS, YEAR_FIELDS } from './layout';
import { LOAN_ARREARS, LOAN_REPAID } from '../population/householdColumns';
import { SUM_COUNT, type MonthTotals } from './statusQuo';

export const PROG = { cash: 0, stipend: 1, microfinance: 2, training: 3, farm: 4, admin: 5 } as const;
export const PROGRAMME_COUNT = PROGRAMMES.length;
/** The bits of PassState.took: bit PROG[p] for programme p. */
export const TOOK = { cash: 1 << PROG.cash, stipend: 1 << PROG.stipend, microfinance: 1 << PROG.microfinance, training: 1 << PROG.training, farm: 1 << PROG.farm } as const;

export interface Loans {
  active: Uint8Array;
  outstanding: Float64Array;
  /** Scheduled principal per instalment. */
  instalment: Float64Array;
  /** Scheduled instalments not yet due. */
  left: Int32Array;
  /** Principal due but unpaid. */
  arrears: Float64Array;
  interestArrears: Float64Array;
  grace: Int32Array;
  extUsed: Int32Array;
  /** Month the current arrears began, -1 if current. */
  arrearsSince: Int32Array;
  rescheduled: Uint8Array;
  /** The schedule was postponed by an extension (展期) on the current loan. */
  extended: Uint8Array;
  diverted: Uint8Array;
  wilful: Uint8Array;
  /** Months overdue now: instalments behind, ageing monthly after maturity. */
  overdue: Int32Array;
  /** Worst months overdue on the current loan. */
  worstLate: Int32Array;
  lastSize: Float64Array;
  goodRepayer: Uint8Array;
  blacklisted: Uint8Array;
}

/** Money and loan totals of a pass, in PKR scaled to the nation (sample value × weight). */
export interface Ledger {
  disbursed: number;
  repaid: number;
  writtenOff: number;
  interestPaid: number;
  /** Paid by households out of their cash on hand: principal, interest and recoveries (national PKR). */
  householdPayments: number;
  disbursedCount: number;
  extensions: number;
  reschedulings: number;
  recalled: number;
  fundContributions: number;
  /** Paid by the existing transfer (the status quo, outside the new budget). */
  existingCash: number;
  fundPayouts: number;
  subsidy: number;
  leakage: number;
  spent: number;
  budget: number;
  unspent: number;
}

export interface PassState {
  programmes: boolean;
  persistent: Float64Array;
  disaster: Float64Array;
  flood: Float64Array;
  health: Float64Array;
  lastShock: Int32Array;
  /** This month's total income loss (log points: health + disaster + flood) and transitory income factor. */
  shockNow: Float64Array;
  transitoryNow: Float64Array;
  /** Liquid savings (the buffer stock), PKR per household, real. */
  savings: Float64Array;
  /** Consumption per adult-equivalent this month, PKR (poverty is judged on it). */
  cons: Float64Array;
  /** Consumption per adult-equivalent in the month before month 0. */
  cons0: Float64Array;
  poor0: Uint8Array;
  /** Top-up of the existing transfer paid this year (policy.cash.existingTopUpPKR). */
  topUp: Uint8Array;
  outRun: Int32Array;
  had12: Uint8Array;
  reentered: Uint8Array;
  cash: Uint8Array;
  stipend: Uint8Array;
  trainLeft: Int32Array;
  trainGain: Float64Array;
  farmGain: Float64Array;
  enterprise: Float64Array;
  /** Ever took part, bit per programme (TOOK: 1 cash, 2 stipend, 4 microfinance, 8 training, 16 farm). */
  took: Uint8Array;
  mfEligible: Uint8Array;
  loans: Loans;
  /** Remaining budget of the current year, programme-major: envelope[p · S + s]. */
  envelope: Float64Array;
  /**
   * The current year's money by programme for regions with no households in the data (custom regional rule,
   * programmes.ts unplacedShare): in no envelope, so nothing spends it; closeYear reports it unspent.
   */
  unplaced: Float64Array;
  /** Admin paid per month in each stratum in the current year. */
  adminMonthly: Float64Array;
  fund: Float64Array;
  stratumOutstanding: Float64Array;
  /** Spending per stratum over the whole pass. */
  stratumSpent: Float64Array;
  /** Per year: budget, spent by programme, unspent (layout YEAR_FIELDS). */
  years: Float64Array;
  ledger: Ledger;
  inclusionError: number;
  exclusionError: number;
  /** The same two errors within each region (REGIONS order), each over its own households; NaN where undefined. */
  regionInclusionError: Float64Array;
  regionExclusionError: Float64Array;
  /** Per-year unspent money by programme (programme-major, MAX_YEARS per programme). */
  unspentByProgramme: Float64Array;
  /**
   * This year's envelopes (programme-major, as envelope) whose enrolment passed over an eligible household
   * for lack of money: 1 when the money left could not pay for it, 0 when every eligible household was served.
   */
  moneyShort: Uint8Array;
  /**
   * The part of unspentByProgramme left in such envelopes (same layout): money that bought less than one
   * more eligible sample household, not money that found nobody to pay (warnings.ts tells the two apart).
   */
  unspentStep: Float64Array;
  /** The last month's totals over households (model/statusQuo.ts SUM; 0 in the burn-in). */
  totals: MonthTotals;
  /**
   * Set only on a status-quo pass that policy passes run in step with (model/together.ts): this month's
   * earnings of each household, as pairs [2i] its expected earnings before the season (ae · e^permanent), [2i+1]
   * what it earned (with the transitory factor, shocks and the season). A policy household whose permanent
   * income no programme has raised earns exactly this, so its pass reads it instead of working it out again.
   */
  earnings: Float64Array | null;
}

/**
 * A pass that starts where the world stood at the end of the burn-in: the
 * household states that exist without any new programme (incomes, shocks,
 * savings, consumption) are copied; everything the policy creates starts empty,
 * but for a loan history imported data gives (`loanStatus`, LOAN_STATUSES
 * codes): a household that repaid a loan is a good repayer, one in arrears
 * may not borrow from the programme.
 *
 * `incomeOf`: a pass that starts from the same world and steps the income process for both (the status quo
 * a policy runs in step with: model/together.ts). The new pass holds that pass's income arrays rather than
 * copies of the world's, which the policy's pass would never step.
 */
export function startFrom(
  world: PassState, programmes: boolean, povertyLine: number, loanStatus: Uint8Array | null = null, from: Arena | null = null, incomeOf: PassState | null = null,
): PassState {
  const st = createState(world.persistent.length, programmes, from, incomeOf);
  if (!incomeOf) {
    st.persistent.set(world.persistent);
    st.disaster.set(world.disaster);
    st.flood.set(world.flood);
    st.health.set(world.health);
    st.lastShock.set(world.lastShock);
  }
  st.savings.set(world.savings);
  st.cons.set(world.cons);
  st.cons0.set(world.cons);
  for (let i = 0; i < st.poor0.length; i++) st.poor0[i] = world.cons[i]! < povertyLine ? 1 : 0;
  // Zero: the world is the burn-in's, which has no loans (the monthly loop reads business capital only of a borrower).
  st.enterprise.set(world.enterprise);
  if (programmes && loanStatus) {
    for (let i = 0; i < loanStatus.length; i++) {
      st.loans.goodRepayer[i] = loanStatus[i] === LOAN_REPAID ? 1 : 0;
      st.loans.blacklisted[i] = loanStatus[i] === LOAN_ARREARS ? 1 : 0;
    }
  }
  return st;
}

/**
 * A fresh ledger, every field 0. Like other objects whose number fields will hold fractions (the people
 * counts in peopleIn), it is made with NaN in them, then zeroed.
 * V8 stores a field as a small integer if that is what it first holds, and the first fraction stored there
 * moves every object of that shape to a new one, discarding code compiled for the old (in Node's log,
 * "Maps became deprecated during optimization": compiles of the monthly loop and of startYear, 80–200 ms
 * each, thrown away).
 * A field made holding NaN is stored as a double from the start, and stays one when set to 0.
 */
function zeroLedger(): Ledger {
  const led: Ledger = {
    disbursed: NaN, repaid: NaN, writtenOff: NaN, interestPaid: NaN, householdPayments: NaN, disbursedCount: NaN, extensions: NaN, reschedulings: NaN,
    recalled: NaN, fundContributions: NaN, existingCash: NaN, fundPayouts: NaN, subsidy: NaN, leakage: NaN, spent: NaN, budget: NaN, unspent: NaN,
  };
  for (const k of Object.keys(led) as (keyof Ledger)[]) led[k] = 0;
  return led;
}

/**
 * Per-household arrays for the passes of one replication, handed out zeroed
 * and all taken back at once (reset) when the next replication starts: a
 * worker reuses them replication after replication instead of allocating
 * some 30 arrays a pass, which with the garbage collection it brought cost
 * about a tenth of a replication. Nothing a replication returns may hold one.
 */
export class Arena {
  private readonly f64s: Float64Array[] = [];
  private readonly u8s: Uint8Array[] = [];
  private readonly i32s: Int32Array[] = [];
  private readonly pairs: Float64Array[] = [];
  private f = 0;
  private u = 0;
  private i = 0;
  private p = 0;
  constructor(readonly n: number) {}
  reset(): void {
    this.f = this.u = this.i = this.p = 0;
  }
  f64(): Float64Array {
    return take(this.f64s, this.f++, () => new Float64Array(this.n));
  }
  /** Two numbers a household, [2i] and [2i + 1]: read together, they share a cache line. */
  f64Pairs(): Float64Array {
    return take(this.pairs, this.p++, () => new Float64Array(2 * this.n));
  }
  u8(): Uint8Array {
    return take(this.u8s, this.u++, () => new Uint8Array(this.n));
  }
  i32(): Int32Array {
    return take(this.i32s, this.i++, () => new Int32Array(this.n));
  }
}

function take<T extends Float64Array | Uint8Array | Int32Array>(kept: T[], k: number, make: () => T): T {
  const a = kept[k];
  if (a) {
    a.fill(0);
    return a;
  }
  const made = make();
  kept.push(made);
  return made;
}

let arena: Arena | null = null;
/** This thread's arena for n households, emptied for a new replication (one size is kept: a new size drops the old arrays). */
export function replicationArena(n: number): Arena {
  if (!arena || arena.n !== n) arena = new Arena(n);
  arena.reset();
  return arena;
}

/** A pass's state, its arrays zeroed; `income`: a pass whose income process it shares (startFrom). */
export function createState(n: number, programmes: boolean, from: Arena | null = null, income: PassState | null = null): PassState {
  const f = from ? () => from.f64() : () => new Float64Array(n);
  const u8 = from ? () => from.u8() : () => new Uint8Array(n);
  const i32 = from ? () => from.i32() : () => new Int32Array(n);
  return {
    programmes,
    ...(income
      ? { persistent: income.persistent, disaster: income.disaster, flood: income.flood, health: income.health, lastShock: income.lastShock, shockNow: income.shockNow, transitoryNow: income.transitoryNow }
      : { persistent: f(), disaster: f(), flood: f(), health: f(), lastShock: i32().fill(-1000), shockNow: f(), transitoryNow: f() }),
    savings: f(), cons: f(), cons0: f(),
    poor0: u8(), topUp: u8(), outRun: i32(), had12: u8(), reentered: u8(), cash: u8(), stipend: u8(), trainLeft: i32(),
    trainGain: f(), farmGain: f(), enterprise: f(), took: u8(), mfEligible: u8(),
    loans: {
      active: u8(), outstanding: f(), instalment: f(), left: i32(), arrears: f(), interestArrears: f(), grace: i32(),
      extUsed: i32(), arrearsSince: i32().fill(-1), rescheduled: u8(), extended: u8(), diverted: u8(), wilful: u8(), overdue: i32(), worstLate: i32(),
      lastSize: f(), goodRepayer: u8(), blacklisted: u8(),
    },
    envelope: new Float64Array(PROGRAMME_COUNT * STRATA_COUNT),
    unplaced: new Float64Array(PROGRAMME_COUNT),
    adminMonthly: new Float64Array(STRATA_COUNT),
    fund: new Float64Array(STRATA_COUNT),
    stratumOutstanding: new Float64Array(STRATA_COUNT),
    stratumSpent: new Float64Array(STRATA_COUNT),
    years: new Float64Array(MAX_YEARS * YEAR_FIELDS),
    ledger: zeroLedger(),
    inclusionError: NaN,
    exclusionError: NaN,
    regionInclusionError: new Float64Array(REGIONS.length).fill(NaN),
    regionExclusionError: new Float64Array(REGIONS.length).fill(NaN),
    unspentByProgramme: new Float64Array(PROGRAMME_COUNT * MAX_YEARS),
    moneyShort: new Uint8Array(PROGRAMME_COUNT * STRATA_COUNT),
    unspentStep: new Float64Array(PROGRAMME_COUNT * MAX_YEARS),
    totals: { sums: new Float64Array(SUM_COUNT), regionPoor: new Float64Array(REGIONS.length) },
    earnings: null,
  };
}

/** Record a payment from programme p in stratum s during year y. */
export function spend(st: PassState, p: number, s: number, y: number, amount: number): void {
  st.envelope[p * STRATA_COUNT + s] -= amount;
  st.stratumSpent[s] += amount;
  st.years[y * YEAR_FIELDS + 1 + p] += amount;
  st.ledger.spent += amount;
}
