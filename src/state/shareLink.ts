/**
 * Share links and scenario files: a comparison (scenarios, which is the
 * baseline, which are compared, which is active) written as a versioned
 * document, and read back with the engine's migration and validation.
 *
 * A link carries the document in its fragment, `#s=2.<payload>`, where the
 * payload is the document's JSON in the zlib format (fflate: deflate with
 * zlib's Adler-32 checksum of the JSON at its end), base64url-encoded. The
 * checksum is checked here (fflate does not check it), so a character
 * changed or lost on the way is refused instead of opening as a different
 * scenario. Format 1 links (raw deflate, no checksum), already sent, still
 * open. The fragment never reaches a server. Everything read here comes from
 * someone else, so reading is defensive: sizes are capped before and during
 * decompression (a small link can inflate to megabytes), prototype keys are
 * refused, and every problem is reported with where it is.
 *
 * Two optional fields say how the sender saw the comparison: `view`, the view
 * they were on (one of uiSlice's SHAREABLE_VIEWS, never the passing report),
 * and `colors`, each scenario's colour place (colorPlaces.ts), in the
 * scenarios' order, so that "the blue line" on the sender's slides is blue on
 * the recipient's screen. They were added without a new document version (it
 * stays COMPARISON_VERSION 1) or link format (it stays 2), because readers
 * have always ignored top-level keys they do not know: a copy of the app from
 * before them opens a new link or file exactly as before, with its own view and
 * colours, where a version 2 would have refused it as "newer"; and a document
 * without them (every one written before) opens as it always did. Neither
 * changes a number, so a bad one is not worth the scenarios: it is ignored,
 * with a warning saying where and why, and the comparison opens.
 *
 * Pure: no DOM, no store. The app wiring lives in src/app/openShared.ts.
 * Problems are reported in the current language (exports:link and
 * exports:document), since they are shown to the user as they are.
 */
import { Inflate, zlibSync } from 'fflate';
import { jsonErrorPlace, jsonErrorReason, validateScenario, type Scenario, type ValidationIssue } from '../engine/index';
import { i18n, intlLocale, isLanguage, languageDir } from '../i18n/index';
import { isolate } from '../i18n/bidi';
import { jsonFault, withBrowserWords, type JsonFault } from '../i18n/errorReasons';
import { issueMessage } from '../ui/editor/issues';
import { MAX_NAME_LENGTH } from './naming';
import type { Workspace } from './workspace';
import { COLOR_PLACES, settleColors } from './colorPlaces';
import { SHAREABLE_VIEWS, type ShareableView, type View } from './uiSlice';

/** The version of the link format (the part before the dot) that links are written in: 2, zlib with its checksum. */
export const LINK_VERSION = 2;
/** Format 1: raw deflate, no checksum; links sent before format 2 still open. */
export const LINK_VERSION_UNCHECKED = 1;
export const LINK_PREFIX = `s=${LINK_VERSION}.`;
export const COMPARISON_KIND = 'comparison';
/** The version of the comparison document (a file or a link's payload). */
export const COMPARISON_VERSION = 1;
/** A link's payload longer than this is refused before it is decoded. */
export const MAX_LINK_CHARS = 100_000;
/** Decompressed or read JSON larger than this is refused (a default scenario is about 3 kB). */
export const MAX_DOCUMENT_BYTES = 200_000;
/** At most as many scenarios as the app shows at once: a baseline, four compared and the active one. */
export const MAX_SCENARIOS = 6;
export const MAX_COMPARED_SHARED = 4;

export interface SharedComparison {
  /** The engine that produced the numbers the sender saw. */
  engineVersion: string;
  scenarios: Scenario[];
  /** Indices into `scenarios`; a baseline of -1 keeps the current one (a single-scenario file). */
  baseline: number;
  compare: number[];
  active: number;
  /** The view the sender was on; absent in a single-scenario file and in documents written before it was carried. */
  view?: ShareableView;
  /**
   * Each scenario's colour place (colorPlaces.ts) on the sender's screen, in `scenarios`' order: 0 for the baseline,
   * a different one of 1…COLOR_PLACES for each other. Absent as `view` is.
   */
  colors?: number[];
}

/**
 * What a link's failure says of its journey: `damaged` on its way (it could not be decompressed, or its checksum
 * does not match); `intact`, its checksum matches, so its problems were in it when it was made (another version of
 * the app); `unchecked`, a format 1 link with no checksum, so either. Absent when the problem's own message says
 * what to do (a link cut off, a character not allowed), and for files.
 */
export type Journey = 'damaged' | 'intact' | 'unchecked';

export type Opened = { ok: true; comparison: SharedComparison; warnings: string[] } | { ok: false; problems: string[]; journey?: Journey };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (...problems: string[]): Opened => ({ ok: false, problems });
/** A name or other text from the document, isolated where it sits in a right-to-left sentence. */
const embedded = (text: string): string => (isLanguage(i18n.language) && languageDir(i18n.language) === 'rtl' ? isolate(text) : text);
const plain = (x: number): string => x.toLocaleString(intlLocale());

/** The document a comparison file holds, and a link carries. */
export function comparisonDocument(c: SharedComparison): Record<string, unknown> {
  return {
    kind: COMPARISON_KIND, version: COMPARISON_VERSION, engineVersion: c.engineVersion, baseline: c.baseline, compare: c.compare, active: c.active,
    // Optional, and only when known: a document without them reads as every document before them did.
    ...(c.view !== undefined ? { view: c.view } : {}),
    ...(c.colors !== undefined ? { colors: c.colors } : {}),
    scenarios: c.scenarios,
  };
}

/** The fragment (without '#') that carries the comparison: `s=2.<base64url(zlib(JSON))>`. */
export function encodeShareFragment(c: SharedComparison): string {
  const bytes = zlibSync(new TextEncoder().encode(JSON.stringify(comparisonDocument(c))), { level: 9 });
  return LINK_PREFIX + toBase64Url(bytes);
}

/** Whether a location's fragment is meant to be a share link (so a damaged one is reported, not ignored). */
export function isShareFragment(hash: string): boolean {
  return /^#?s=/.test(hash);
}

/** Read a share link's fragment ('#s=2.…', or a format 1 link '#s=1.…'). */
export function decodeShareFragment(hash: string, engineVersion: string): Opened {
  const fragment = hash.replace(/^#/, '');
  const m = /^s=([^.]*)\.(.*)$/s.exec(fragment);
  if (!m) return fail(i18n.t('exports:link.noVersion'));
  const checked = m[1] === String(LINK_VERSION);
  if (!checked && m[1] !== String(LINK_VERSION_UNCHECKED)) {
    // A later format number is a newer app's link: say so, and what to do (the message had named the formats only).
    const key = /^\d{1,9}$/.test(m[1]!) && Number(m[1]) > LINK_VERSION ? 'exports:link.newerFormat' : 'exports:link.otherFormat';
    return fail(i18n.t(key, { format: embedded(JSON.stringify(m[1]!.slice(0, 10))), version: LINK_VERSION, older: LINK_VERSION_UNCHECKED }));
  }
  const payload = m[2]!;
  if (payload.length === 0) return fail(i18n.t('exports:link.empty', { prefix: `s=${m[1]}.` }));
  if (payload.length > MAX_LINK_CHARS) return fail(i18n.t('exports:link.tooLong', { length: plain(payload.length), max: plain(MAX_LINK_CHARS) }));
  const bad = /[^A-Za-z0-9_-]/.exec(payload);
  if (bad) return fail(i18n.t('exports:link.badCharacter', { position: bad.index + 1, character: embedded(bad[0]) }));
  const bytes = fromBase64Url(payload);
  if (!bytes) return fail(i18n.t('exports:link.notBase64'));
  const damaged = (problem: string): Opened => ({ ok: false, problems: [i18n.t('exports:link.damaged', { problem })], journey: 'damaged' });
  let inflated: ReturnType<typeof inflateCapped>;
  if (checked) {
    if (!isZlibHeader(bytes)) return damaged(i18n.t('exports:link.badHeader'));
    inflated = inflateCapped(bytes.subarray(2, bytes.length - 4), MAX_DOCUMENT_BYTES);
    if (inflated.ok && adler32(inflated.bytes) !== readUint32(bytes, bytes.length - 4)) return damaged(i18n.t('exports:link.checksum'));
  } else inflated = inflateCapped(bytes, MAX_DOCUMENT_BYTES);
  if (!inflated.ok) return inflated.bomb ? fail(i18n.t('exports:link.damaged', { problem: inflated.problem })) : damaged(inflated.problem);
  const journey: Journey = checked ? 'intact' : 'unchecked';
  const text = utf8(inflated.bytes);
  // Not text though its checksum matches: not made by this app, and not damaged on its way; no advice fits.
  if (text === null) return { ok: false, problems: [i18n.t('exports:link.notText')], journey: checked ? undefined : journey };
  const opened = readDocument(text, i18n.t('exports:document.whereLink'), engineVersion, false);
  return opened.ok ? opened : { ...opened, journey };
}

/** Read a scenario file: a single scenario document, or a comparison. */
export function readScenarioFile(text: string, fileName: string, engineVersion: string): Opened {
  const where = i18n.t('exports:document.whereFile', { name: embedded(fileName.slice(0, 80)) });
  if (text.length > MAX_DOCUMENT_BYTES) return fail(i18n.t('exports:document.tooLarge', { where, size: Math.round(text.length / 1000), max: MAX_DOCUMENT_BYTES / 1000 }));
  return readDocument(text, where, engineVersion, true);
}

/** The text of a scenario file for one scenario (its own versioned document). */
export function scenarioFileText(s: Scenario): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

/** The text of a comparison file. */
export function comparisonFileText(c: SharedComparison): string {
  return `${JSON.stringify(comparisonDocument(c), null, 2)}\n`;
}

/** `allowSingle`: a file, which may hold a single scenario (a link holds a comparison), and whose lines its reader can see. */
function readDocument(text: string, where: string, engineVersion: string, allowSingle: boolean): Opened {
  const parsed = parseJsonSafely(text, allowSingle);
  if (!parsed.ok) return fail(i18n.t('exports:document.unreadable', { where, problem: parsed.problem }));
  const doc = parsed.value;
  if (allowSingle && isObject(doc) && doc.kind === undefined) {
    // A single scenario document: it opens as the active scenario, compared with the current baseline.
    const v = readScenario(doc, where, 0);
    return v.ok ? { ok: true, comparison: { engineVersion, scenarios: [v.scenario], baseline: -1, compare: [0], active: 0 }, warnings: [] } : fail(...v.problems);
  }
  if (!isObject(doc) || doc.kind !== COMPARISON_KIND) return fail(i18n.t('exports:document.notComparison', { where, kind: COMPARISON_KIND }));
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1)
    return fail(i18n.t('exports:document.badVersion', { where, got: embedded(String(JSON.stringify(doc.version))) }));
  if (doc.version > COMPARISON_VERSION) return fail(i18n.t('exports:document.newer', { where, version: doc.version, supported: COMPARISON_VERSION }));
  // An empty one is refused as a missing one is: "made with engine ;" would tell the reader nothing.
  if (typeof doc.engineVersion !== 'string' || doc.engineVersion.trim() === '' || doc.engineVersion.length > 40) return fail(i18n.t('exports:document.badEngine', { where, got: describe(doc.engineVersion) }));
  if (!Array.isArray(doc.scenarios) || doc.scenarios.length === 0) return fail(i18n.t('exports:document.badScenarios', { where, got: describe(doc.scenarios) }));
  if (doc.scenarios.length > MAX_SCENARIOS) return fail(i18n.t('exports:document.tooMany', { where, count: doc.scenarios.length, max: MAX_SCENARIOS }));
  const n = doc.scenarios.length;
  const index = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < n;
  if (!index(doc.baseline)) return fail(i18n.t('exports:document.badBaseline', { where, last: n - 1, got: describe(doc.baseline) }));
  if (!index(doc.active)) return fail(i18n.t('exports:document.badActive', { where, last: n - 1, got: describe(doc.active) }));
  if (!Array.isArray(doc.compare) || doc.compare.length > MAX_COMPARED_SHARED || !doc.compare.every(index))
    return fail(i18n.t('exports:document.badCompare', { where, max: MAX_COMPARED_SHARED, last: n - 1, got: describe(doc.compare) }));
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  doc.scenarios.forEach((raw: unknown, k: number) => {
    const v = readScenario(raw, where, k);
    if (v.ok) scenarios.push(v.scenario);
    else problems.push(...v.problems);
  });
  if (problems.length > 0) return fail(...problems);
  const warnings = doc.engineVersion === engineVersion ? [] : [
    i18n.t('exports:document.otherEngine', { where, theirs: embedded(doc.engineVersion), ours: engineVersion }),
  ];
  const compare = (doc.compare as number[]).filter((k, i, all) => k !== doc.baseline && all.indexOf(k) === i);
  const comparison: SharedComparison = { engineVersion: doc.engineVersion, scenarios, baseline: doc.baseline as number, compare, active: doc.active as number };
  // The optional fields change no number: a bad one is left out with a warning, never the reason the scenarios are lost.
  if (doc.view !== undefined) {
    if (isShareableView(doc.view)) comparison.view = doc.view;
    else {
      const views = SHAREABLE_VIEWS.map((v) => embedded(JSON.stringify(v))).join(i18n.t('exports:open.listSeparator'));
      warnings.push(i18n.t('exports:document.viewIgnored', { where, views, got: describe(doc.view) }));
    }
  }
  if (doc.colors !== undefined) {
    if (validPlaces(doc.colors, n, doc.baseline as number)) comparison.colors = doc.colors;
    else warnings.push(i18n.t('exports:document.colorsIgnored', { where, count: n, max: COLOR_PLACES, got: Array.isArray(doc.colors) ? shortJson(doc.colors) : describe(doc.colors) }));
  }
  return { ok: true, comparison, warnings };
}

const isShareableView = (v: unknown): v is ShareableView => typeof v === 'string' && (SHAREABLE_VIEWS as readonly string[]).includes(v);

/**
 * Colour places as the app writes them: one per scenario, the baseline's 0 (grey) and each other's a different
 * place from 1 to COLOR_PLACES. Anything else (another app's idea of colours, a hand-edited file) is not guessed at.
 */
function validPlaces(v: unknown, n: number, baseline: number): v is number[] {
  if (!Array.isArray(v) || v.length !== n) return false;
  const others = v.filter((_, k) => k !== baseline);
  return v[baseline] === 0 && others.every((p) => Number.isInteger(p) && p >= 1 && p <= COLOR_PLACES) && new Set(others).size === others.length;
}

/** A list as written in the document, cut short: "[0,1,1,9]". */
const shortJson = (v: unknown[]): string => {
  const text = JSON.stringify(v);
  return embedded(text.length > 40 ? `${text.slice(0, 40)}…` : text);
};

/**
 * Characters that steer the direction of the text around them (embeddings, overrides and isolates, U+202A–202E and
 * U+2066–2069, and the marks U+200E, U+200F and U+061C): a name that starts with U+202E (right-to-left override)
 * showed reversed in its tab and in every notice that quoted it. The app puts its own isolates around a name where
 * it shows one; a name stored with them has none of its own to keep.
 */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * A scenario's name from a link, a file or the saved workspace, as the app keeps it: without control characters
 * (they have no place in a name, and would make an exported SVG invalid XML) nor direction controls, trimmed, and
 * at most MAX_NAME_LENGTH characters (the numbers do not depend on it).
 */
export function cleanName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(BIDI_CONTROLS, '').trim().slice(0, MAX_NAME_LENGTH).trim();
}

/**
 * A name as a problem quotes it (one that may not be restored, so not cleaned before): cleaned as above, and cut at
 * MAX_NAME_LENGTH with an ellipsis, so that a name of megabytes neither fills the notice nor makes it scroll sideways.
 */
export function quotableName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(BIDI_CONTROLS, '').trim();
  return clean.length > MAX_NAME_LENGTH ? `${clean.slice(0, MAX_NAME_LENGTH).trimEnd()}…` : clean;
}

/** Migrate and validate one scenario; its name is cleaned (cleanName). */
function readScenario(raw: unknown, where: string, k: number): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
  const label =
    isObject(raw) && typeof raw.name === 'string'
      ? i18n.t('exports:document.scenarioNamed', { number: k + 1, name: embedded(quotableName(raw.name)) })
      : i18n.t('exports:document.scenarioNumber', { number: k + 1 });
  const v = validateScenario(raw);
  // The path is the file's, quoted as it is; the problem is said in the current language from its code, its numbers
  // as the file has them (a month of the run from 0; ui/editor/issues IssueReader); a problem without a code is the
  // engine's English, quoted as it is.
  const problem = (i: ValidationIssue) =>
    i18n.t('exports:document.invalidScenario', {
      where, scenario: label, path: i.path ? embedded(i.path) : i18n.t('exports:document.theScenario'), message: i.code ? issueMessage(i, 'file') : embedded(i.message),
    });
  if (!v.ok) return { ok: false, problems: v.issues.slice(0, 5).map(problem) };
  const name = cleanName(v.scenario.name);
  return { ok: true, scenario: name === v.scenario.name ? v.scenario : { ...v.scenario, name } };
}

/**
 * JSON.parse that refuses prototype keys anywhere (reported with their path) and nesting deeper than any scenario needs.
 * `located`: text a reader can open (a file), whose syntax error is given by line and column.
 */
export function parseJsonSafely(text: string, located = false): { ok: true; value: unknown } | { ok: false; problem: string } {
  let forbidden = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return v;
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const place = located ? jsonErrorPlace(text, message) : null;
    // What is wrong, in the reader's language; the browser's words after it, without the place they give (a file's
    // is given as a line and column, and a link's text cannot be opened to find one).
    const reason = withBrowserWords(jsonFaultText(jsonFault(text)), jsonErrorReason(message));
    return { ok: false, problem: place ? i18n.t('exports:document.notJsonAt', { reason, line: place.line, column: place.column }) : i18n.t('exports:document.notJson', { reason }) };
  }
  const found = findForbidden(value, '', 0);
  if (found !== null) return { ok: false, problem: found };
  // The reviver saw a key the walk did not (cannot happen with JSON.parse's own objects); refuse anyway.
  if (forbidden) return { ok: false, problem: i18n.t('exports:document.forbiddenKey') };
  return { ok: true, value };
}

/** A fault of a document's JSON in the current language; null when none can be told (the browser's words then say it). */
function jsonFaultText(fault: JsonFault): string | null {
  switch (fault.kind) {
    case 'empty':
      return i18n.t('exports:document.jsonEmpty');
    case 'cutShort':
      return i18n.t('exports:document.jsonCutShort');
    case 'unexpected':
      return i18n.t('exports:document.jsonUnexpected', { character: fault.character });
    case 'other':
      return null;
  }
}

const MAX_DEPTH = 12;

function findForbidden(v: unknown, path: string, depth: number): string | null {
  if (typeof v !== 'object' || v === null) return null;
  if (depth > MAX_DEPTH) return i18n.t('exports:document.tooDeep', { path: path ? embedded(path) : i18n.t('exports:document.theTop'), max: MAX_DEPTH });
  const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, k) => [String(k), x]) : Object.keys(v).map((k) => [k, (v as Record<string, unknown>)[k]]);
  for (const [key, child] of entries) {
    const at = Array.isArray(v) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (!Array.isArray(v) && FORBIDDEN_KEYS.has(key)) return i18n.t('exports:document.keyNotAllowed', { key: embedded(key), path: embedded(at) });
    const inner = findForbidden(child, at, depth + 1);
    if (inner !== null) return inner;
  }
  return null;
}

/** A wrong value as a problem names it: "nothing", "a list", "\"0\"", 5. */
function describe(v: unknown): string {
  if (v === undefined) return i18n.t('exports:document.nothing');
  if (v === null) return 'null';
  if (Array.isArray(v)) return i18n.t('exports:document.aList');
  if (typeof v === 'string') return embedded(JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v));
  return typeof v === 'object' ? i18n.t('exports:document.anObject') : embedded(String(v));
}

/**
 * Inflate in small input slices, so that a link built to expand to
 * gigabytes (a "deflate bomb": up to ~1000× per byte) stops at the cap
 * rather than filling memory first. `bomb`: it stopped at the cap.
 */
function inflateCapped(bytes: Uint8Array, cap: number): { ok: true; bytes: Uint8Array } | { ok: false; problem: string; bomb: boolean } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) over = true;
    else chunks.push(chunk);
  });
  const SLICE = 1024;
  try {
    for (let at = 0; at < bytes.length && !over; at += SLICE) inflate.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch (e) {
    return { ok: false, problem: inflateProblem(e), bomb: false };
  }
  if (over) return { ok: false, problem: i18n.t('exports:link.tooBig', { size: cap / 1000 }), bomb: true };
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out };
}

/**
 * Why a link's data could not be decompressed, in the reader's language, from the code fflate gives its error
 * (FlateErrorCode): its data stops short (0, unexpected EOF), or is damaged (1–3: a block type, length or distance
 * that cannot be). Its own words ("invalid distance") are left out: they are English, say no more than the code,
 * and the link itself, which a support person is sent, gives them again.
 */
function inflateProblem(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  if (code === 0) return i18n.t('exports:link.inflateCutShort');
  if (code === 1 || code === 2 || code === 3) return i18n.t('exports:link.inflateDamaged');
  return i18n.t('exports:link.notDecompressed');
}

/**
 * A zlib stream's two header bytes (RFC 1950): deflate, no preset dictionary, and a check that makes them a
 * multiple of 31. Room for the 4-byte checksum after them is part of the test.
 */
function isZlibHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 7) return false;
  const cmf = bytes[0]!;
  const flg = bytes[1]!;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (flg & 0x20) === 0 && (cmf * 256 + flg) % 31 === 0;
}

/**
 * zlib's Adler-32 of the inflated bytes (RFC 1950, section 8.2), which fflate writes but does not check on reading.
 * Any one byte changed changes it; a link is at most 200 kB, so reducing at every byte costs nothing that shows.
 */
export function adler32(bytes: Uint8Array): number {
  const MOD = 65521;
  let a = 1;
  let b = 0;
  for (let k = 0; k < bytes.length; k++) {
    a = (a + bytes[k]!) % MOD;
    b = (b + a) % MOD;
  }
  return b * 65536 + a;
}

/** A big-endian unsigned 32-bit number at `at`, as zlib writes its checksum. */
const readUint32 = (bytes: Uint8Array, at: number): number => bytes[at]! * 2 ** 24 + bytes[at + 1]! * 2 ** 16 + bytes[at + 2]! * 2 ** 8 + bytes[at + 3]!;

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  // A length of 1 more than a multiple of 4 cannot come from any bytes.
  if (text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(binary.length);
    for (let k = 0; k < binary.length; k++) out[k] = binary.charCodeAt(k);
    return out;
  } catch {
    return null;
  }
}

/**
 * The comparison on screen: the baseline first, then the compared scenarios, then the active one if it is neither;
 * with the view it is on (unless a passing one, the report) and, given the tab order and colour places, each
 * scenario's colour place as the charts draw it (settled as they settle it).
 */
export function comparisonOnScreen(
  w: Pick<Workspace, 'scenarios' | 'baselineId' | 'compareIds' | 'activeId'> & Partial<Pick<Workspace, 'order' | 'colors'>> & { view?: View },
  engineVersion: string,
): SharedComparison {
  const ids = [w.baselineId, ...w.compareIds, w.activeId].filter((id, k, all) => w.scenarios[id] && all.indexOf(id) === k);
  const places = w.order && w.colors ? settleColors(w.colors, w.order, w.baselineId) : null;
  const colors = places ? ids.map((id) => places[id]) : [];
  return {
    engineVersion,
    scenarios: ids.map((id) => w.scenarios[id]!),
    baseline: 0,
    compare: w.compareIds.map((id) => ids.indexOf(id)).filter((k) => k > 0),
    active: Math.max(0, ids.indexOf(w.activeId)),
    ...(isShareableView(w.view) ? { view: w.view } : {}),
    // Past eight tabs the places cycle, and two scenarios on screen can share one: no colours then, rather than
    // colours the recipient would refuse.
    ...(places && validPlaces(colors, ids.length, 0) ? { colors } : {}),
  };
}
