/**
 * Livelihoods. Their shares and income offsets are scenario parameters
 * (world.population, world.income); the offsets are absorbed by the
 * calibration, so they shape who is poor, not how many.
 */
import type { Scenario } from '../scenario/types';

export const LIVELIHOODS = ['smallFarmer', 'farmLabourer', 'nonFarmWage', 'ownEnterprise', 'salaried'] as const;
export type Livelihood = (typeof LIVELIHOODS)[number];
export const SMALL_FARMER = 0;
export const FARM_LABOURER = 1;
export const SALARIED = 4;

/** Log-income offset of each livelihood, in LIVELIHOODS order. */
export function livelihoodOffsets(sc: Scenario): number[] {
  return LIVELIHOODS.map((l) => sc.world.income.livelihoodOffset[l]);
}

export function livelihoodShares(sc: Scenario, rural: boolean): number[] {
  const p = sc.world.population;
  const farm = rural ? p.ruralFarmShare : p.urbanFarmShare;
  const nf = p.nonFarmShares;
  return [
    farm * p.smallFarmerShare,
    farm * (1 - p.smallFarmerShare),
    (1 - farm) * nf.nonFarmWage,
    (1 - farm) * nf.ownEnterprise,
    (1 - farm) * nf.salaried,
  ];
}

export function isFarm(l: number): boolean {
  return l === SMALL_FARMER || l === FARM_LABOURER;
}
