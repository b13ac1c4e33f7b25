/**
 * The validation file (docs/validation.json, written by `npm run validate`),
 * its freshness, and the table it renders into docs/model.md. Number
 * formatting here is shared by the docs and the app so both say the same.
 */
import type { Dist } from '../api';
import { defaultScenario } from '../scenario/defaults';
import { ENGINE_VERSION } from '../simulate';
import { TARGETS, type MeasuredTarget, type Target, type TargetUnit } from './targets';
import { SPECIAL_RUNS } from './runs';

export type ModelDist = Pick<Dist, 'p50' | 'p5' | 'p95' | 'mean'>;

export interface ValidationRow {
  id: string;
  model: ModelDist | null;
  status: 'calibrated' | 'free';
  pass: boolean | null;
}

export interface ValidationFile {
  engineVersion: string;
  /** Digest of the default scenario's values: a change of defaults makes the file stale even without a version bump. */
  defaultsDigest: string;
  households: number;
  replications: number;
  months: number;
  seed: number;
  rows: ValidationRow[];
}

export const VALIDATION_START = '<!-- validation:start -->';
export const VALIDATION_END = '<!-- validation:end -->';

/** FNV-1a (32-bit) of the default scenario's JSON, its name left out. */
export function defaultsDigest(): string {
  const { name: _name, ...rest } = defaultScenario();
  const text = JSON.stringify(rest);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Why the file's numbers no longer describe this engine, or null when they do. */
export function staleReason(file: Pick<ValidationFile, 'engineVersion' | 'defaultsDigest' | 'rows'>): string | null {
  if (file.engineVersion !== ENGINE_VERSION) return `measured at engine version ${file.engineVersion}, the engine is now ${ENGINE_VERSION}`;
  if (file.defaultsDigest !== defaultsDigest()) return 'the default scenario has changed since it was measured';
  const missing = TARGETS.filter((t) => !file.rows.some((r) => r.id === t.id)).map((t) => t.id);
  if (missing.length > 0) return `targets not yet measured: ${missing.join(', ')}`;
  return null;
}

const round = (x: number | null): number | null => (x === null ? null : Number(x.toPrecision(6)));

export function validationRows(measured: readonly MeasuredTarget[], targets: readonly Target[] = TARGETS): ValidationRow[] {
  return measured.map((m) => {
    const t = targets.find((x) => x.id === m.id);
    if (!t) throw new Error(`unknown target ${m.id}`);
    return {
      id: m.id,
      model: m.model && { p50: round(m.model.p50), p5: round(m.model.p5), p95: round(m.model.p95), mean: round(m.model.mean) },
      status: t.status,
      pass: m.pass,
    };
  });
}

// ---------------------------------------------------------------- formatting

const MINUS = '\u2212';
const signOf = (x: number) => (x < 0 ? MINUS : x > 0 ? '+' : '');
const fixed = (x: number, digits: number) => Math.abs(x).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rupees = (x: number) =>
  Math.abs(x) >= 10000 ? Math.abs(x).toLocaleString('en-US', { maximumSignificantDigits: 3 }) : fixed(x, 0);
/** Two decimals below 1 (0.85, 1.27%... for shares under 10%), one above. */
const pct = (x: number, smallBelow: number) => fixed(x * 100, Math.abs(x) < smallBelow ? 2 : 1);

/** A value split into sign, unit prefix, number and unit suffix, so an interval can state the unit once. */
function parts(unit: TargetUnit, x: number): { sign: string; prefix: string; num: string; suffix: string } {
  switch (unit) {
    case 'share':
      return { sign: x < 0 ? MINUS : '', prefix: '', num: pct(x, 0.1), suffix: '%' };
    case 'points':
      return { sign: signOf(x), prefix: '', num: pct(x, 0.01), suffix: ' points' };
    case 'change':
      return { sign: signOf(x), prefix: '', num: pct(x, 0.01), suffix: '%' };
    case 'pkr':
    case 'pkrPerAe':
      return { sign: x < 0 ? MINUS : '', prefix: 'Rs ', num: rupees(x), suffix: '' };
    case 'pkrPerAeChange':
      return { sign: signOf(x), prefix: 'Rs ', num: rupees(x), suffix: '' };
    case 'gini':
      return { sign: x < 0 ? MINUS : '', prefix: '', num: fixed(x, 3), suffix: '' };
  }
}

/** One value in a target's unit: 22.2%, +3.8 points, −10.9%, Rs 6,341, +Rs 187, 0.303. */
export function formatTargetValue(unit: TargetUnit, x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '–';
  const p = parts(unit, x);
  return `${p.sign}${p.prefix}${p.num}${p.suffix}`;
}

/** A range stating the unit once: "21.1 to 22.7%", "+3.7 to +4.0 points", "Rs 6,636 to 6,740". */
export function formatRange(unit: TargetUnit, lo: number, hi: number): string {
  const a = parts(unit, lo);
  const b = parts(unit, hi);
  return `${a.sign}${a.prefix}${a.num} to ${b.sign}${b.prefix && !a.prefix ? b.prefix : ''}${b.num}${b.suffix}`;
}

/** Median and 90% interval: "22.2% (21.9 to 22.7%)"; the median alone when there is no interval. */
export function formatModel(unit: TargetUnit, model: ModelDist | null): string {
  if (!model || (model.p50 === null && model.mean === null)) return 'not measured';
  const mid = formatTargetValue(unit, model.p50 ?? model.mean);
  if (model.p5 === null || model.p95 === null || model.p5 === model.p95) return mid;
  return `${mid} (${formatRange(unit, model.p5, model.p95)})`;
}

export function checkText(target: Target, pass: boolean | null, model: ModelDist | null): string {
  if (target.notComparable) return 'not comparable';
  if (!model || pass === null) return 'not measured';
  return pass ? 'inside' : 'miss';
}

/** Plain-words unit of a target, for a column heading or a screen reader. */
export const UNIT_WORDS: Record<TargetUnit, string> = {
  share: 'share',
  points: 'percentage points',
  change: 'relative change',
  pkrPerAe: 'Rs per adult-equivalent a month',
  pkrPerAeChange: 'Rs per adult-equivalent a month',
  pkr: 'Rs',
  gini: 'Gini index',
};

// ---------------------------------------------------------------- docs/model.md

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Where a target's model value comes from, in a few words. */
export function measuredOn(target: Target): string {
  return target.measure.kind === 'result' ? 'default scenario' : `special run: ${SPECIAL_RUNS[target.measure.special].label.toLowerCase()}`;
}

/** The generated table (and its notes) that sits between the markers in docs/model.md. */
export function validationMarkdown(file: ValidationFile, targets: readonly Target[] = TARGETS): string {
  const lines: string[] = [];
  lines.push(
    `Generated by \`npm run validate\` (engine ${file.engineVersion}; ${file.households.toLocaleString('en-US')} households × ${file.replications} replications × ${file.months} months, seed ${file.seed}); do not edit by hand. ` +
      'Model: median across replications and 90% interval (5th–95th percentile), each replication measured on its own draws. ' +
      '**Inside**: the model interval overlaps the data; **miss**: it does not. The interval is the spread across replications, ' +
        'mostly sampling noise at this size, so "inside" is a lenient test (a smaller run, with a wider spread, passes more easily): ' +
        'read the median against the data too.',
    '',
    '| target | data (source) | model | status | check |',
    '|---|---|---|---|---|',
  );
  for (const t of targets) {
    const row = file.rows.find((r) => r.id === t.id);
    const model = row?.model ?? null;
    const pass = row ? row.pass : null;
    const status = t.status === 'calibrated' ? `calibrated (${/^[a-z]+\.[\w.]+$/.test(t.parameter) ? `\`${t.parameter}\`` : t.parameter})` : 'free';
    const check = checkText(t, pass, model);
    lines.push(
      `| ${cell(t.label)} | ${cell(t.data.text)} — ${cell(t.source)} | ${cell(formatModel(t.data.unit, model))}; ${cell(measuredOn(t))} | ${status} | ${check === 'miss' ? '**miss**' : check} |`,
    );
  }
  lines.push('', 'What each model value is, and caveats:', '');
  for (const t of targets) {
    const extra = [t.notComparable ? `Not comparable: ${t.notComparable}.` : '', t.note ?? ''].filter(Boolean).join(' ');
    lines.push(`- **${t.label}**: ${t.measured}.${extra ? ` ${extra}` : ''}`);
  }
  lines.push('', 'Special runs (each the default scenario with a few edits, same seed):', '');
  for (const s of Object.values(SPECIAL_RUNS)) lines.push(`- **${s.label}**: ${s.description}`);
  return lines.join('\n');
}

/** Replace what lies between the markers (which must both be present, in order). */
export function replaceBetweenMarkers(doc: string, content: string): string {
  const a = doc.indexOf(VALIDATION_START);
  const b = doc.indexOf(VALIDATION_END);
  if (a < 0 || b < 0 || b < a) throw new Error(`docs/model.md needs the markers ${VALIDATION_START} and ${VALIDATION_END}, in that order`);
  return `${doc.slice(0, a + VALIDATION_START.length)}\n${content}\n${doc.slice(b)}`;
}

/** The text between the markers (trimmed), or null without them. */
export function betweenMarkers(doc: string): string | null {
  const a = doc.indexOf(VALIDATION_START);
  const b = doc.indexOf(VALIDATION_END);
  if (a < 0 || b < 0 || b < a) return null;
  return doc.slice(a + VALIDATION_START.length, b).trim();
}
