/**
 * The constraints being edited, as the constraints file `sim optimise
 * --constraints` reads (docs/optimise.md): edits that return a new value,
 * the file's text for Export, and reading a file for Import, checked by the
 * engine's own parseConstraints so that the view and the CLI accept exactly
 * the same files. Pure: no React.
 */
import {
  CONSTRAINTS_VERSION, parseConstraints,
  type OptimiseConstraints, type ShareBounds, type ShareGroup, type ValidationIssue,
} from '../../../engine/index';

export type Side = 'min' | 'max';
export type BoundsBlock = 'programmes' | 'regions';

/** The constraints file's content: version first, then only what is set. */
export function constraintsDocument(c: OptimiseConstraints): Record<string, unknown> {
  return {
    version: CONSTRAINTS_VERSION,
    ...(Object.keys(c.programmes).length ? { programmes: c.programmes } : {}),
    ...(Object.keys(c.regions).length ? { regions: c.regions } : {}),
    ...(c.groups.length ? { groups: c.groups } : {}),
    ...(c.existingRecipientsMonthlyPKR ? { existingRecipientsMonthlyPKR: c.existingRecipientsMonthlyPKR } : {}),
    ...(c.par30Max !== undefined ? { par30Max: c.par30Max } : {}),
  };
}

export const constraintsFileText = (c: OptimiseConstraints): string => `${JSON.stringify(constraintsDocument(c), null, 2)}\n`;

/** Every problem with the constraints as edited, by the file's paths (the engine's check). */
export function constraintsIssues(c: OptimiseConstraints): ValidationIssue[] {
  const parsed = parseConstraints(constraintsDocument(c));
  return parsed.ok ? [] : parsed.issues;
}

/** A constraints file is a few hundred bytes; anything far larger is not one. */
export const MAX_CONSTRAINTS_BYTES = 100_000;

/** A file's text as constraints, or its problems by path (the whole file's at path ""). */
export function readConstraintsText(text: string): { ok: true; constraints: OptimiseConstraints } | { ok: false; issues: ValidationIssue[] } {
  if (text.length > MAX_CONSTRAINTS_BYTES)
    return { ok: false, issues: [{ path: '', message: `is ${Math.round(text.length / 1000)} kB, more than the ${MAX_CONSTRAINTS_BYTES / 1000} kB a constraints file may be` }] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return parseConstraints(doc);
}

/** One bound of a programme or region set (a fraction) or, with undefined, removed; a key left with neither goes. */
export function withBound(c: OptimiseConstraints, block: BoundsBlock, key: string, side: Side, value: number | undefined): OptimiseConstraints {
  const all = c[block] as Record<string, ShareBounds>;
  const { [key]: old, ...rest } = all;
  const next: ShareBounds = { ...old };
  if (value === undefined) delete next[side];
  else next[side] = value;
  return { ...c, [block]: next.min === undefined && next.max === undefined ? rest : { ...rest, [key]: next } };
}

export function withGroup(c: OptimiseConstraints, index: number, group: ShareGroup): OptimiseConstraints {
  return { ...c, groups: c.groups.map((g, k) => (k === index ? group : g)) };
}

/** A group's bound set or removed. */
export function groupWithBound(g: ShareGroup, side: Side, value: number | undefined): ShareGroup {
  const next = { ...g };
  if (value === undefined) delete next[side];
  else next[side] = value;
  return next;
}

/** A member ticked in or out of a group, kept in the engine's order of programmes or regions. */
export function groupWithMember(g: ShareGroup, member: string, on: boolean, order: readonly string[]): ShareGroup {
  const kind = g.regions ? 'regions' : 'programmes';
  const now = new Set<string>(g[kind] ?? []);
  if (on) now.add(member);
  else now.delete(member);
  return { ...g, [kind]: order.filter((m) => now.has(m)) };
}

export const withoutGroup = (c: OptimiseConstraints, index: number): OptimiseConstraints => ({ ...c, groups: c.groups.filter((_, k) => k !== index) });

export const addGroup = (c: OptimiseConstraints, group: ShareGroup): OptimiseConstraints => ({ ...c, groups: [...c.groups, group] });

/** The regions the brief's example names: "at least 40% to backward regions" (Khyber Pakhtunkhwa, Balochistan, Gilgit-Baltistan). */
export const BACKWARD_REGIONS = ['kp', 'balochistan', 'gb'] as const;
export const BACKWARD_MIN = 0.4;

export function withFloor(c: OptimiseConstraints, rupees: number | undefined): OptimiseConstraints {
  const { existingRecipientsMonthlyPKR: _, ...rest } = c;
  return rupees === undefined ? rest : { ...rest, existingRecipientsMonthlyPKR: { min: rupees } };
}

export function withPar30Cap(c: OptimiseConstraints, cap: number | undefined): OptimiseConstraints {
  const { par30Max: _, ...rest } = c;
  return cap === undefined ? rest : { ...rest, par30Max: cap };
}
