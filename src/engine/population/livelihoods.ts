/**
 * Livelihoods and their income offsets. The offsets are our assumption (no
 * source found); they order livelihoods the way HIES tabulations usually do
 * and are absorbed by the calibration, so they shape who is poor, not how many.
 */
export const LIVELIHOODS = ['smallFarmer', 'farmLabourer', 'nonFarmWage', 'ownEnterprise', 'salaried'] as const;
export type Livelihood = (typeof LIVELIHOODS)[number];
export const SMALL_FARMER = 0;
export const FARM_LABOURER = 1;
export const SALARIED = 4;

/** Log-income offset of each livelihood relative to a small farmer. Our assumption. */
export const LIVELIHOOD_OFFSET: readonly number[] = [0, -0.2, -0.05, 0.05, 0.3];

/** Urban share of households living from farming. Our assumption. */
const URBAN_FARM_SHARE = 0.05;
/** Split of non-farm households: wage, own enterprise, salaried. Our assumption. */
const NON_FARM_SPLIT = [0.45, 0.3, 0.25] as const;

export function livelihoodShares(rural: boolean, ruralFarmShare: number, smallFarmerShare: number): number[] {
  const farm = rural ? ruralFarmShare : URBAN_FARM_SHARE;
  return [
    farm * smallFarmerShare,
    farm * (1 - smallFarmerShare),
    (1 - farm) * NON_FARM_SPLIT[0],
    (1 - farm) * NON_FARM_SPLIT[1],
    (1 - farm) * NON_FARM_SPLIT[2],
  ];
}

export function isFarm(l: number): boolean {
  return l === SMALL_FARMER || l === FARM_LABOURER;
}
