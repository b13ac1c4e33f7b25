/**
 * Household CSV files for tests, in the format of docs/households-csv.md:
 * `n` good rows, deterministic, every region, area and livelihood present,
 * and optionally bad rows at given positions. Plain Node/DOM code, so the
 * e2e tests can write the same files for Chromium.
 */
export const HOUSEHOLDS_HEADER =
  'household_id,weight,region,area,size,adult_equivalents,consumption_per_ae,livelihood,female_head,elderly_disabled,school_children,skilled';

const REGIONS = ['punjab', 'sindh', 'kp', 'balochistan', 'gb', 'ajk', 'ict'];
const LIVELIHOODS = ['small_farmer', 'farm_labourer', 'non_farm_wage', 'own_enterprise', 'salaried'];

/** Row k (0-based) of a good file: welfare from about Rs 1,500 to Rs 13,000 per adult-equivalent a month. */
export function householdRow(k: number): string {
  const size = 1 + (k % 8);
  const ae = 1 + 0.8 * (size - 1);
  // A spread of welfare with no pattern by region (7) or area (2).
  const welfare = 1500 + ((k * 7919) % 11_500);
  return [
    `h${k + 1}`, (800 + (k % 13) * 50).toFixed(1), REGIONS[k % 7], k % 3 === 0 ? 'urban' : 'rural', size, ae.toFixed(1), welfare,
    LIVELIHOODS[k % 5], k % 10 === 0 ? 1 : 0, k % 6 === 0 ? 1 : 0, size > 2 ? 1 : 0, k % 4 === 0 ? 1 : 0,
  ].join(',');
}

/**
 * A CSV of `n` rows; `bad` maps a row index to a replacement row (e.g. a
 * weight of 0). File line of row k is k + 2 (the header is line 1).
 */
export function householdsCsv(n: number, bad: Record<number, (good: string) => string> = {}): string {
  const lines = [HOUSEHOLDS_HEADER];
  for (let k = 0; k < n; k++) lines.push(bad[k] ? bad[k]!(householdRow(k)) : householdRow(k));
  return `${lines.join('\n')}\n`;
}

/** The good row with one column's value replaced. */
export function withCell(row: string, column: string, value: string): string {
  const cells = row.split(',');
  cells[HOUSEHOLDS_HEADER.split(',').indexOf(column)] = value;
  return cells.join(',');
}

/** A CSV of `n` good rows with a replication column: row k belongs to replication k mod `replications` (as export-population writes). */
export function replicatedCsv(n: number, replications: number): string {
  const lines = [`${HOUSEHOLDS_HEADER},replication`];
  for (let k = 0; k < n; k++) lines.push(`${householdRow(k)},${k % replications}`);
  return `${lines.join('\n')}\n`;
}
