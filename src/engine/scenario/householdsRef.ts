/**
 * The household data a scenario runs on, named in the document (scenario
 * version 4): null for the synthetic population, else the imported file by
 * a short id, a name and the SHA-256 of its bytes. The data itself is not in
 * the document; whoever runs the scenario registers it by that hash
 * (population/households.ts), so a link or an export says which data it used.
 */
import type { ValidationIssue } from '../api';
import { coded, found } from './issueCodes';

export interface HouseholdsRef {
  /** A short slug a reader can cite (from the file name). */
  id: string;
  /** The file name or the user's label. */
  name: string;
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string;
  /** Household rows the run uses (all replications together, for a file with a replication column). */
  rows: number;
}

const MAX_TEXT = 200;
const SHA256 = /^[0-9a-f]{64}$/;
const KEYS: readonly string[] = ['id', 'name', 'sha256', 'rows'];

/** Check `households` of a document; issues by path (`households.sha256`, …). */
export function checkHouseholdsRef(value: unknown, issues: ValidationIssue[]): void {
  if (value === null) return;
  if (value === undefined) {
    issues.push(coded('households', 'householdsMissing', {}, 'is missing (null for the synthetic population)'));
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    issues.push(coded('households', 'householdsNotObject', { keys: [...KEYS] }, 'must be null or an object with id, name, sha256 and rows'));
    return;
  }
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!KEYS.includes(key)) issues.push(coded(`households.${key}`, 'unknownKey', {}, 'is not a known key'));
  for (const key of ['id', 'name'] as const) {
    const s = v[key];
    if (typeof s !== 'string' || s.trim() === '') issues.push(coded(`households.${key}`, 'emptyText', {}, 'must be a non-empty string'));
    else if (s.length > MAX_TEXT) issues.push(coded(`households.${key}`, 'tooLong', { max: MAX_TEXT }, `must be at most ${MAX_TEXT} characters`));
  }
  if (typeof v.sha256 !== 'string' || !SHA256.test(v.sha256))
    issues.push(coded('households.sha256', 'sha256', { digits: 64 }, 'must be the file\'s SHA-256: 64 lowercase hexadecimal digits'));
  if (typeof v.rows !== 'number' || !Number.isInteger(v.rows) || v.rows < 1)
    issues.push(coded('households.rows', 'rowsCount', { min: 1, got: found(v.rows) }, `must be a whole number of at least 1, got ${JSON.stringify(v.rows)}`));
}

/** A short id from a file name: its base name, lower-cased, runs of other characters as "-", at most 60 characters. */
export function householdsSlug(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug || 'households';
}
