/**
 * How imported household data is named on screen and in exports: "Households:
 * <name> (sha256 abc123…, N rows)", the data set's id made from a file
 * name, and whether an id or name the user typed can be used.
 */
import type { RunResult, Scenario } from '../../engine/index';
import { i18n } from '../../i18n/index';
import { isolate } from '../../i18n/bidi';
import { shortHash, type HouseholdsRef } from '../../state/householdsSlice';

export { shortHash };
import { formatPlain } from '../format';


export const MAX_ID_LENGTH = 60;
export const MAX_NAME_LENGTH = 200;

/** A name from data inside a plain-string sentence: isolated in Urdu, as typed in English. */
const embedded = (text: string): string => (i18n.language === 'en' ? text : isolate(text));

/** "Households: survey-2019.csv (sha256 0123456789ab…, 1,200 rows)". */
export function householdsLine(ref: HouseholdsRef): string {
  return i18n.t('households:named', { name: embedded(ref.name), hash: shortHash(ref.sha256), rows: formatPlain(ref.rows) });
}

/** The id a data set gets from its file name: "HIES 2018-19 (Punjab).csv" → "hies-2018-19-punjab". */
export function datasetId(fileName: string): string {
  const slug = fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/[-._]+$/, '');
  return slug || 'households';
}

export const validId = (id: string): boolean => id.length >= 1 && id.length <= MAX_ID_LENGTH && /^[A-Za-z0-9._-]+$/.test(id);
export const validName = (name: string): boolean => name.trim().length >= 1 && name.length <= MAX_NAME_LENGTH;

/** For exports' source lines: the distinct data sets of these scenarios, "households hies-2019 (sha256 …)"; null if all are synthetic. */
export function householdsSource(scenarios: readonly Scenario[]): string | null {
  const refs = new Map<string, HouseholdsRef>();
  for (const s of scenarios) if (s.households) refs.set(s.households.sha256, s.households);
  if (refs.size === 0) return null;
  return [...refs.values()].map((r) => i18n.t('households:report.source', { id: r.id, hash: shortHash(r.sha256) })).join(i18n.t('households:listSeparator'));
}

/** The report's and summary CSV's line naming the data in full: id, name, the whole SHA-256 and the rows. */
export function householdsReportLine(ref: HouseholdsRef): string {
  return i18n.t('households:report.line', { name: embedded(ref.name), id: ref.id, sha256: ref.sha256, rows: formatPlain(ref.rows) });
}

/**
 * The households a run simulated in a replication, as its slides and report say it: the result's meta.households,
 * except for data with a replication column, whose rows together (meta.households) are not one replication's sample:
 * then the fewest and the most rows a replication has (`datasetRows`, kept while the data is loaded).
 */
export function householdsOfRun(result: RunResult, datasetRows: Readonly<Record<string, readonly [number, number]>>): readonly [number, number] {
  const sha256 = result.scenario.households?.sha256;
  return (sha256 !== undefined ? datasetRows[sha256] : undefined) ?? [result.meta.households, result.meta.households];
}

/** "600", or "590–610" when replications differ; each end by `format`. */
export function spanText([lo, hi]: readonly [number, number], format: (n: number) => string = formatPlain): string {
  return lo === hi ? format(lo) : `${format(lo)}\u2013${format(hi)}`;
}
