/**
 * The saved workspace: the user's scenarios, which one is the baseline,
 * which is active and which are compared. Versioned, with a migration path
 * like scenario files. Loading never fails as a whole: a scenario that no
 * longer validates is left out and reported by name and path, and the others
 * are restored.
 */
import { validateScenario, type Scenario } from '../engine/index';
import { presetById } from './presets';
import { givenNameMeta, type ScenarioMeta } from './naming';
import { settleColors } from './colorPlaces';
import { i18n } from '../i18n/index';
import { savedTextReason } from '../i18n/errorReasons';
import { inSentence } from './displayName';
// The engine's problems in the current language (pure: messages and number formats, no DOM).
import { issueMessage } from '../ui/editor/issues';
import type { BasedOn, Removals } from './workspaceMerge';
// Names as links and files have them: the same cleaning, and the same quoting in a problem.
import { cleanName, quotableName } from './shareLink';

export const WORKSPACE_FORMAT = 'poverty-policy-simulator/workspace';
/** 2: each scenario also keeps how it was named and what it was created as (naming.ts); 1 had neither. */
export const WORKSPACE_VERSION = 2;

export interface Workspace {
  scenarios: Record<string, Scenario>;
  /** Tab order; the baseline is first. */
  order: string[];
  baselineId: string;
  activeId: string;
  /** Scenarios shown with the baseline (at most four). */
  compareIds: string[];
  nextId: number;
  /** By scenario id: how it got its name and what it was created as. */
  meta: Record<string, ScenarioMeta>;
  /** By scenario id: its place among the scenario colours, kept while it is open (ui/charts/palette settleColors). */
  colors: Record<string, number>;
}

export interface LoadedWorkspace {
  /** Null when nothing usable was found (the app then starts on the default comparison). */
  workspace: Workspace | null;
  problems: string[];
  /**
   * True when some of the saved work is not in `workspace`: the text could not be read, was written by a newer
   * version, or a scenario in it was left out. (A problem that loses nothing, such as a scenario's naming record
   * read as the user's own name, leaves it false.) Such text is worth keeping apart (app/persistence).
   */
  lost: boolean;
  /**
   * The scenarios the tabs that saved it removed (state/workspaceMerge Removals); null when it was saved by a
   * build from before removals were recorded: a scenario missing from it may be missing only because that
   * build's tab never had it.
   */
  removed: Removals | null;
  /**
   * The saves it was made on top of (state/workspaceMerge BasedOn); null when it was saved by a build from before
   * they were recorded: merged against the save last agreed on, as then.
   */
  basedOn: BasedOn | null;
}

/**
 * Removals are an optional field: a build that does not know it reads the workspace as before and drops it
 * when it saves (which is how a save from such a build is told apart). `removed`: see LoadedWorkspace. So is
 * `basedOn` (see LoadedWorkspace), added later in the same way, in the same version.
 */
export function serialiseWorkspace(w: Workspace, removed: Removals = {}, basedOn: BasedOn = []): string {
  return JSON.stringify({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    order: w.order,
    baselineId: w.baselineId,
    activeId: w.activeId,
    compareIds: w.compareIds,
    nextId: w.nextId,
    colors: w.colors,
    scenarios: w.order.map((id) => ({ id, scenario: w.scenarios[id], meta: w.meta[id] })),
    removed,
    basedOn,
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseWorkspace(text: string): LoadedWorkspace {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { workspace: null, problems: [i18n.t('common:workspace.unreadable', { reason: savedTextReason(text, e) })], lost: true, removed: null, basedOn: null };
  }
  if (!isObject(doc) || doc.format !== WORKSPACE_FORMAT) return { workspace: null, problems: [i18n.t('common:workspace.unknownFormat')], lost: true, removed: null, basedOn: null };
  // A version that is not a whole number from 1 was never written by any version of the app: the text is damaged.
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    const got = JSON.stringify(doc.version);
    const problem = got === undefined ? i18n.t('common:workspace.noVersion') : i18n.t('common:workspace.badVersion', { version: inSentence(got.length > 20 ? `${got.slice(0, 20)}…` : got) });
    return { workspace: null, problems: [problem], lost: true, removed: null, basedOn: null };
  }
  if (doc.version > WORKSPACE_VERSION)
    return { workspace: null, problems: [i18n.t('common:workspace.newerVersion', { version: String(doc.version) })], lost: true, removed: null, basedOn: null };
  const removed = readRemovals(doc.removed);
  const basedOn = readBasedOn(doc.basedOn);
  const problems: string[] = [];
  let lost = false;
  const scenarios: Record<string, Scenario> = {};
  const meta: Record<string, ScenarioMeta> = {};
  const list = Array.isArray(doc.scenarios) ? doc.scenarios : [];
  const entryId = (entry: unknown, k: number) => (isObject(entry) && typeof entry.id === 'string' ? entry.id : `#${k + 1}`);
  // A fresh id for a scenario saved under an id already taken: above every id the save uses or has used (as nextId below).
  const taken = [...list.map(entryId), ...(Array.isArray(doc.order) ? doc.order : []), ...Object.keys(removed ?? {})];
  // Numbers past the safe integers are left out: `s${fresh}` is then a short id none of those long ones can equal.
  const numbers = [typeof doc.nextId === 'number' ? doc.nextId : 0, ...taken.map((id) => Number(/^s(\d+)$/.exec(String(id))?.[1] ?? 0) + 1)];
  let fresh = Math.max(1, ...numbers.filter((x) => Number.isSafeInteger(x)));
  /** By fresh id: the id the scenario was saved under, whose scenario it follows in the tabs. */
  const movedFrom: Record<string, string> = {};
  /** By id: the name of the scenario restored under it, as problems quote it. */
  const quoted: Record<string, string> = {};
  const nameOf = (raw: unknown, k: number) =>
    isObject(raw) && typeof raw.name === 'string' ? i18n.t('common:workspace.quotedName', { name: inSentence(quotableName(raw.name)) }) : i18n.t('common:workspace.numbered', { number: String(k + 1) });
  list.forEach((entry: unknown, k: number) => {
    let id = entryId(entry, k);
    const raw = isObject(entry) ? entry.scenario : undefined;
    const name = nameOf(raw, k);
    const v = validateScenario(raw);
    if (v.ok) {
      if (id in scenarios) {
        // Two scenarios saved under one id (a hand-edited or damaged save): the second is kept beside the first, not over it.
        movedFrom[`s${fresh}`] = id;
        problems.push(i18n.t('common:workspace.sameId', { name, first: quoted[id], id: inSentence(quotableName(id)) }));
        id = `s${fresh++}`;
      }
      quoted[id] = name;
      const clean = cleanName(v.scenario.name);
      scenarios[id] = clean === v.scenario.name ? v.scenario : { ...v.scenario, name: clean };
      const m = isObject(entry) ? readMeta(entry.meta) : null;
      // Version 1 kept no naming record: the name is the user's.
      if (m === null && (doc.version as number) >= 2) problems.push(i18n.t('common:workspace.namingRecord', { name }));
      meta[id] = m ?? givenNameMeta(scenarios[id]!);
    } else {
      // By the path in the saved text (the copy kept of it is offered as a file), its numbers as the text has them.
      const issues = v.issues.map((i) => i18n.t('common:workspace.issue', { path: i.path || i18n.t('common:workspace.wholeScenario'), message: issueMessage(i, 'file') }));
      problems.push(i18n.t('common:workspace.notRestored', { name, issues: issues.join(i18n.t('common:workspace.issueSeparator')) }));
      lost = true;
    }
  });
  const ids = (xs: unknown) => (Array.isArray(xs) ? xs.filter((x): x is string => typeof x === 'string' && x in scenarios) : []);
  const order = ids(doc.order).filter((id, k, all) => all.indexOf(id) === k);
  for (const id of Object.keys(scenarios)) if (!order.includes(id)) order.push(id);
  // A scenario kept under a fresh id goes right after the one whose id it was saved under.
  const placedAfter: Record<string, string> = {};
  for (const [id, from] of Object.entries(movedFrom)) {
    if (!order.includes(from)) continue;
    order.splice(order.indexOf(id), 1);
    order.splice(order.indexOf(placedAfter[from] ?? from) + 1, 0, id);
    placedAfter[from] = id;
  }
  let baselineId = typeof doc.baselineId === 'string' && doc.baselineId in scenarios ? doc.baselineId : null;
  if (!baselineId) {
    if (order.length === 0) return { workspace: null, problems: [...problems, i18n.t('common:workspace.noneRestored')], lost: true, removed, basedOn };
    // Keep the user's other scenarios; only the baseline is put back to its defaults.
    baselineId = typeof doc.baselineId === 'string' && !(doc.baselineId in scenarios) ? doc.baselineId : 'baseline';
    scenarios[baselineId] = presetById('baseline')!.make();
    meta[baselineId] = { named: 'auto', origin: scenarios[baselineId], namedFor: scenarios[baselineId] };
    order.unshift(baselineId);
    problems.push(i18n.t('common:workspace.freshBaseline'));
  }
  const activeId = typeof doc.activeId === 'string' && doc.activeId in scenarios ? doc.activeId : baselineId;
  // Past removed ids too (state/workspaceMerge): an id given again could be taken for the removed scenario.
  const maxId = Math.max(0, ...[...order, ...Object.keys(removed ?? {})].map((id) => Number(/^s(\d+)$/.exec(id)?.[1] ?? 0)));
  const nextId = Math.max(typeof doc.nextId === 'number' ? doc.nextId : 0, maxId + 1);
  // Colours as saved where they still fit (a copy saved before they were kept gets them by tab order).
  const saved = isObject(doc.colors) ? Object.fromEntries(Object.entries(doc.colors).filter((e): e is [string, number] => typeof e[1] === 'number')) : {};
  const colors = settleColors(saved, order, baselineId);
  return { workspace: { scenarios, order, baselineId, activeId, compareIds: ids(doc.compareIds).slice(0, 4), nextId, meta, colors }, problems, lost, removed, basedOn };
}

/**
 * The saved removals: null when there are none recorded at all (an older build's save). Entries that are not an
 * id and a fingerprint are left out without a word: they only decide whether a scenario another tab still holds
 * comes back, and coming back loses nothing.
 */
function readRemovals(raw: unknown): Removals | null {
  if (raw === undefined) return null;
  if (!isObject(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * The saves it was made on top of: null when none are recorded at all (an older build's save). Entries that are not
 * a text are left out without a word: a save they named is taken as not named, and merged without it as base, which
 * keeps a scenario that differs twice rather than lose either.
 */
function readBasedOn(raw: unknown): BasedOn | null {
  if (raw === undefined) return null;
  return Array.isArray(raw) ? raw.filter((h): h is string => typeof h === 'string') : [];
}

/** A saved naming record, or null if it is missing or not valid. */
function readMeta(raw: unknown): ScenarioMeta | null {
  if (!isObject(raw) || (raw.named !== 'auto' && raw.named !== 'user')) return null;
  const origin = validateScenario(raw.origin);
  const namedFor = validateScenario(raw.namedFor);
  return origin.ok && namedFor.ok ? { named: raw.named, origin: origin.scenario, namedFor: namedFor.scenario } : null;
}
