/**
 * Regions and strata (region × urban/rural). Fixed data with sources; the
 * tunable assumptions live in the scenario specs.
 */

export const REGIONS = ['punjab', 'sindh', 'kp', 'balochistan', 'gb', 'ajk', 'ict'] as const;
export type RegionId = (typeof REGIONS)[number];

export const REGION_LABELS: Record<RegionId, string> = {
  punjab: 'Punjab',
  sindh: 'Sindh',
  kp: 'Khyber Pakhtunkhwa',
  balochistan: 'Balochistan',
  gb: 'Gilgit-Baltistan',
  ajk: 'Azad Jammu & Kashmir',
  ict: 'Islamabad',
};

export interface RegionData {
  /** Population in millions. Census 2023 (CCI approval); GB and AJK: no census figure found, our assumption. */
  populationM: number;
  /** Rural share of population. Census 2023; GB, AJK and ICT: our assumption. */
  ruralShare: number;
  /** Multidimensional poverty headcount, %, 2014-15 (Planning Commission / UNDP / OPHI, 2016). ICT: not reported, our assumption. */
  mpi: number;
  /** Backward-region flag used by the "backward regions first" allocation rule (rural strata only). */
  backwardRural: boolean;
  backwardUrban: boolean;
}

export const REGION_DATA: Record<RegionId, RegionData> = {
  punjab: { populationM: 127.7, ruralShare: 0.593, mpi: 31, backwardRural: false, backwardUrban: false },
  sindh: { populationM: 55.7, ruralShare: 0.463, mpi: 43, backwardRural: true, backwardUrban: false },
  kp: { populationM: 40.9, ruralShare: 0.85, mpi: 49, backwardRural: true, backwardUrban: false },
  balochistan: { populationM: 14.9, ruralShare: 0.69, mpi: 71, backwardRural: true, backwardUrban: true },
  gb: { populationM: 1.8, ruralShare: 0.8, mpi: 43, backwardRural: true, backwardUrban: false },
  ajk: { populationM: 4.0, ruralShare: 0.82, mpi: 25, backwardRural: false, backwardUrban: false },
  ict: { populationM: 2.4, ruralShare: 0.5, mpi: 10, backwardRural: false, backwardUrban: false },
};

export interface Stratum {
  index: number;
  region: RegionId;
  regionIndex: number;
  rural: boolean;
  populationM: number;
  backward: boolean;
  /** Relative multidimensional poverty used to order monetary poverty across strata. */
  relativePoverty: number;
}

/** Strata in a fixed order: region-major, urban then rural. Index = 2·region + (rural ? 1 : 0). */
export function buildStrata(urbanRuralPovertyRatio: number): Stratum[] {
  const strata: Stratum[] = [];
  REGIONS.forEach((region, regionIndex) => {
    const d = REGION_DATA[region];
    for (const rural of [false, true]) {
      // Within a region, urban poverty is a fixed ratio of rural poverty; the
      // pair is scaled so that their population-weighted mean is the region's MPI.
      const r = d.ruralShare;
      const ruralRel = d.mpi / (r + (1 - r) * urbanRuralPovertyRatio);
      strata.push({
        index: strata.length,
        region,
        regionIndex,
        rural,
        populationM: d.populationM * (rural ? r : 1 - r),
        backward: rural ? d.backwardRural : d.backwardUrban,
        relativePoverty: rural ? ruralRel : ruralRel * urbanRuralPovertyRatio,
      });
    }
  });
  return strata;
}

export const STRATA_COUNT = REGIONS.length * 2;
