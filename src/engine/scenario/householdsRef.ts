/**
 * The household data a scenario runs on, named in the document (scenario
 * version 4): null for the synthetic population, else the imported file by
 * a short id, a name and the SHA-256 of its bytes. The data itself is not in
 * the document; whoever runs the scenario registers it by that hash
 * (population/households.ts), so a link or an export says which data it used.
 */
import type { ValidationIssue } from '../api';

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

/** Check `households` of a document; issues by path (`households.sha256`, …). */
export function checkHouseholdsRef(value: unknown, issues: ValidationIssue[]): void {
  if (value === null) return;
  if (value === undefined) {
    issues.push({ path: 'households', message: 'is missing (null for the synthetic population)' });
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    issues.push({ path: 'households', message: 'must be null or an object with id, name, sha256 and rows' });
    return;
  }
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!['id', 'name', 'sha256', 'rows'].includes(key)) issues.push({ path: `households.${key}`, message: 'is not a known key' });
  for (const key of ['id', 'name'] as const) {
    const s = v[key];
    if (typeof s !== 'string' || s.trim() === '') issues.push({ path: `households.${key}`, message: 'must be a non-empty string' });
    else if (s.length > MAX_TEXT) issues.push({ path: `households.${key}`, message: `must be at most ${MAX_TEXT} characters` });
  }
  if (typeof v.sha256 !== 'string' || !SHA256.test(v.sha256))
    issues.push({ path: 'households.sha256', message: 'must be the file\'s SHA-256: 64 lowercase hexadecimal digits' });
  if (typeof v.rows !== 'number' || !Number.isInteger(v.rows) || v.rows < 1)
    issues.push({ path: 'households.rows', message: `must be a whole number of at least 1, got ${JSON.stringify(v.rows)}` });
}

/** A short id from a file name: its base name, lower-cased, runs of other characters as "-", at most 60 characters. */
export function householdsSlug(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug || 'households';
}
