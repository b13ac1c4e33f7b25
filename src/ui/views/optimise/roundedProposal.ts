/**
 * The optimiser's proposal as a scenario a person reads and edits: its shares of the budget (by programme, and by
 * region under custom shares) to a tenth of a percentage point, still summing to 100% (largest remainders). Opened
 * unrounded, the levers and the changes list said "46.542221356% of budget", a precision a noisy search on a few
 * hundred replications cannot claim; the opened scenario is run afresh on the dashboard anyway. Rounding never
 * breaks a constraint the proposal keeps: a share near a lower bound (or the cash share, under a floor for the
 * existing recipients' benefit, which it pays) is rounded up, one near an upper bound down, and where the rounded
 * shares would still break one (a group's sum) the proposal opens as it was found.
 */
import type { OptimiseResult, Scenario } from '../../../engine/index';

/** A tenth of a percentage point, as a share. */
const STEP = 1e-3;
/** The most members a group of shares can have: the seven regions. */
const MAX_MEMBERS = 7;

interface Direction {
  /** Rounded up, never down (a lower bound within a step). */
  up?: ReadonlySet<string>;
  /** Rounded down, never up (an upper bound within a step). */
  down?: ReadonlySet<string>;
}

/**
 * Shares summing to one, each a whole number of STEPs, the units left over going to the largest remainders (ties to
 * the earlier key); null when the directions asked for cannot all be kept.
 */
export function roundShares<K extends string>(shares: Readonly<Record<K, number>>, { up = new Set(), down = new Set() }: Direction = {}): Record<K, number> | null {
  const keys = Object.keys(shares) as K[];
  const units = Math.round(1 / STEP);
  const exact = keys.map((k) => shares[k] / STEP);
  const out = exact.map((x) => Math.floor(x + 1e-9));
  const fraction = (i: number) => exact[i]! - out[i]!;
  // Up first: a share with any fraction that must not go down takes its unit.
  keys.forEach((k, i) => {
    if (up.has(k) && fraction(i) > 1e-9) out[i]!++;
  });
  let left = units - out.reduce((a, b) => a + b, 0);
  const order = keys.map((_, i) => i).filter((i) => !down.has(keys[i]!) && !up.has(keys[i]!)).sort((a, b) => fraction(b) - fraction(a) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    if (fraction(i) <= 1e-9) continue;
    out[i]!++;
    left--;
  }
  if (left !== 0) return null;
  return Object.fromEntries(keys.map((k, i) => [k, out[i]! / units])) as Record<K, number>;
}

/** Whether a share is already a whole number of STEPs (typed by a person, or a default): left as it is. */
const whole = (x: number) => Math.abs(x / STEP - Math.round(x / STEP)) < 1e-6;

/** Which shares may only go up or down: those within a step of a bound of `block` ("programmes" or "regions"). */
function directions(result: OptimiseResult, block: 'programmes' | 'regions'): { up: Set<string>; down: Set<string> } {
  const up = new Set<string>();
  const down = new Set<string>();
  for (const c of result.constraints) {
    const m = new RegExp(`^${block}\\.([^.]+)\\.(min|max)$`).exec(c.path);
    if (!m || c.value === null) continue;
    if (m[2] === 'min' && c.value - c.bound < STEP) up.add(m[1]!);
    if (m[2] === 'max' && c.bound - c.value < STEP) down.add(m[1]!);
  }
  // A floor for the existing recipients' benefit is paid from the cash share: rounded down, some strata could not pay it.
  if (block === 'programmes' && result.constraints.some((c) => c.path === 'existingRecipientsMonthlyPKR.min')) up.add('cash');
  return { up, down };
}

/** Whether the constraints the proposal keeps on its shares (by programme, region or group) still hold for `sc`. */
function keepsConstraints(result: OptimiseResult, sc: Scenario): boolean {
  const b = sc.policy.budget;
  const share = (block: string, key: string) => (block === 'programmes' ? b.programmeShares[key as 'cash'] : b.customRegionShares[key as 'sindh']);
  for (const c of result.constraints) {
    if (c.met !== true) continue;
    const one = /^(programmes|regions)\.([^.]+)\.(min|max)$/.exec(c.path);
    const group = /^groups\[(\d+)\]\.(min|max)$/.exec(c.path);
    let value: number | null = null;
    if (one) value = share(one[1]!, one[2]!);
    else if (group && c.value !== null) {
      // The result does not name a group's members; rounding moves its sum by less than a step a member (seven
      // regions at most), so a group with less slack than that is not risked.
      const slack = c.kind === 'min' ? c.value - c.bound : c.bound - c.value;
      if (slack < STEP * MAX_MEMBERS) return false;
      continue;
    } else continue;
    if (c.kind === 'min' ? value < c.bound - 1e-9 : value > c.bound + 1e-9) return false;
  }
  return true;
}

export function roundedProposal(result: OptimiseResult): Scenario {
  const sc = result.scenario;
  const { programmeShares, customRegionShares } = sc.policy.budget;
  const round = <K extends string>(r: Record<K, number>, block: 'programmes' | 'regions') =>
    Object.values<number>(r).every(whole) ? r : (roundShares(r, directions(result, block)) ?? r);
  const rounded: Scenario = {
    ...sc,
    policy: { ...sc.policy, budget: { ...sc.policy.budget, programmeShares: round(programmeShares, 'programmes'), customRegionShares: round(customRegionShares, 'regions') } },
  };
  return keepsConstraints(result, rounded) ? rounded : sc;
}
