/**
 * What went wrong when the browser refused something, told from the error's
 * type in the reader's language. The browser's own sentence had stood in for
 * the reason, and in Urdu left an English sentence inside the notice ("… (Unexpected
 * non-whitespace character after JSON at position 12) …"). Its words still
 * follow, for whoever helps the reader, labelled as the browser's and
 * isolated (common:errors.browserSaid), so that a right-to-left sentence keeps
 * its order around them.
 *
 * Callers word their notices when they are shown (uiSlice NoticeSource), so a
 * reason made here follows a change of language with the rest of its notice.
 */
import { jsonSyntaxOffset } from '../engine/index';
import { i18n } from './index';

export const nameOf = (e: unknown): string => (typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string' ? (e as { name: string }).name : '');

/**
 * The browser's own words for an error, as a support person would look them up: its name where it says more than
 * "Error" ("SecurityError: The operation is insecure."), then its message.
 */
export function browserWords(e: unknown): string {
  if (typeof e !== 'object' || e === null || !('message' in e)) return String(e);
  const message = String((e as { message: unknown }).message);
  const name = nameOf(e);
  if (name === '' || name === 'Error' || message.startsWith(name)) return message;
  // A name without a message is said alone, not as "TypeError: " with nothing after its colon.
  return message.trim() === '' ? name : `${name}: ${message}`;
}

/** A reason, then the browser's words labelled as its; the words alone, labelled, without a reason; the reason alone if the browser said nothing. */
export function withBrowserWords(reason: string | null, words: string): string {
  if (words.trim() === '') return reason ?? '';
  return reason === null ? i18n.t('common:errors.browserOnly', { words }) : i18n.t('common:errors.browserSaid', { reason, words });
}

/**
 * Why the browser's storage refused: it is full, the page may not use it (settings, a private window), another tab
 * of this app holds it open (the app's own datasetStore BlockedError), or another reason.
 */
export type StorageRefusal = 'full' | 'forbidden' | 'blocked' | 'refused';

export function storageRefusal(e: unknown): StorageRefusal {
  const name = nameOf(e);
  // Firefox named a full storage NS_ERROR_DOM_QUOTA_REACHED before it used the standard name.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  // Firefox (before 115) refused IndexedDB in a private window by failing its open with InvalidStateError.
  if (name === 'SecurityError' || name === 'InvalidStateError') return 'forbidden';
  if (name === 'BlockedError') return 'blocked';
  return 'refused';
}

/**
 * Why the browser's storage refused a read, a write or a removal, in the current language, with the browser's words;
 * a tab that holds the storage open is the app's own finding, and its English message is not the browser's.
 */
const STORAGE_REASONS = {
  full: 'common:errors.storage.full',
  forbidden: 'common:errors.storage.forbidden',
  blocked: 'common:errors.storage.blocked',
  refused: 'common:errors.storage.refused',
} as const;

export function storageReason(e: unknown): string {
  const refusal = storageRefusal(e);
  const reason = i18n.t(STORAGE_REASONS[refusal]);
  return refusal === 'blocked' ? reason : withBrowserWords(reason, browserWords(e));
}

/**
 * What is wrong with a text that JSON.parse refused: nothing in it, an end before its data's (cut short), or a
 * character where none can stand (shown as itself, or as U+XXXX when it cannot be seen); `other` when the text is
 * JSON after all (the parser gave up for another reason). Told from the text (engine jsonSyntaxOffset), so that it
 * reads alike in every browser.
 */
export type JsonFault = { kind: 'empty' } | { kind: 'cutShort' } | { kind: 'unexpected'; character: string } | { kind: 'other' };

export function jsonFault(text: string): JsonFault {
  if (text.trim() === '') return { kind: 'empty' };
  const at = jsonSyntaxOffset(text);
  if (at === null) return { kind: 'other' };
  if (at >= text.trimEnd().length) return { kind: 'cutShort' };
  const c = String.fromCodePoint(text.codePointAt(at)!);
  const seen = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]+$/u.test(c);
  return { kind: 'unexpected', character: seen ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
}

/**
 * Why a file the reader picked could not be read (File.text()): it is no longer where it was picked (moved, renamed
 * or deleted since), the system would not let the browser read it, or the browser may not; null when its error
 * tells no more (its words then say it).
 */
export type FileRefusal = 'gone' | 'unreadable' | 'forbidden';

export function fileRefusal(e: unknown): FileRefusal | null {
  switch (nameOf(e)) {
    case 'NotFoundError':
      return 'gone';
    case 'NotReadableError':
      return 'unreadable';
    case 'SecurityError':
      return 'forbidden';
    default:
      return null;
  }
}

const FILE_REASONS = { gone: 'common:errors.file.gone', unreadable: 'common:errors.file.unreadable', forbidden: 'common:errors.file.forbidden' } as const;

/** Why a picked file could not be read, in the current language, with the browser's words. */
export function fileReason(e: unknown): string {
  const refusal = fileRefusal(e);
  return withBrowserWords(refusal === null ? null : i18n.t(FILE_REASONS[refusal]), browserWords(e));
}

/**
 * Why a text the app saved itself is not JSON (the workspace or a setting in the browser's storage), in the current
 * language: it is empty, it breaks off, or it is damaged; the browser's words after it.
 */
export function savedTextReason(text: string, e: unknown): string {
  const fault = jsonFault(text);
  const key = fault.kind === 'empty' ? 'common:workspace.savedEmpty' : fault.kind === 'cutShort' ? 'common:workspace.savedCutShort' : 'common:workspace.savedDamaged';
  return withBrowserWords(i18n.t(key), browserWords(e));
}
