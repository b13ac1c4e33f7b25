/** View state: which tab of the dashboard, which editor groups are open, language. */
import type { StateCreator } from 'zustand';
import type { GroupId } from '../engine/index';
import type { Store } from './store';
import type { Language } from '../i18n/languages';
import type { NumberScale } from '../i18n/numbers';

/**
 * The views the top bar's switch offers (TopBar), where a reader works and stays: a share link or comparison file
 * carries the one its sender was on, and opens on it (shareLink.ts's `view`).
 */
export const SHAREABLE_VIEWS = ['results', 'compare', 'assumptions', 'sensitivity', 'optimise'] as const;
export type ShareableView = (typeof SHAREABLE_VIEWS)[number];
/**
 * 'report' is the printable report (views/ReportView), opened from Export → Print report: a passing view, left by
 * its Back button, never shared (a recipient landing on a print preview of their own numbers would be lost). A view
 * added here is either one of SHAREABLE_VIEWS or passing like the report: say which.
 */
export type View = ShareableView | 'report';
export type { Language } from '../i18n/languages';

export type NoticeSource = () => string;

/** A file a notice offers to download (ui/Notices): saved work kept apart because it could not be restored. */
export interface NoticeFile {
  name: string;
  text: string;
  /** An earlier copy offered beside it, under a name of its own. */
  earlier?: { name: string; text: string };
  /**
   * Removing the copies the browser keeps (app/persistence discardUnrestored): how many there are, and the removal,
   * run once the user has confirmed it (it throws when storage refuses), which returns how many it removed (none when
   * another tab removed them first). Absent: none is kept, or none can be removed.
   */
  removal?: { copies: number; remove(): number };
}

export interface UiSlice {
  view: View;
  language: Language;
  /** Large amounts in million and billion, or lakh and crore. */
  numberScale: NumberScale;
  openGroups: GroupId[];
  /**
   * The levers' panel open (true) or folded: to its heading above the results on a phone, to a strip beside them
   * wider, where the results then take the width. It starts folded on a phone and folds when the window narrows to
   * one; widening opens it again if the narrowing folded it (editor/ScenarioEditor).
   */
  leversShown: boolean;
  /** Messages for the user that are not tied to a field (e.g. saved work that could not be restored). */
  notices: string[];
  /** How each notice is worded again after a change of language (null: it stays as it was made, e.g. an engine message). */
  noticeSources: (NoticeSource | null)[];
  /** By notice: the file it offers to download, or null. */
  noticeFiles: (NoticeFile | null)[];
  /** A message, or a function that words it in the current language (so it follows a language switch); `file`: one it offers to download. */
  addNotice(message: string | NoticeSource, file?: NoticeFile): void;
  /** Word every notice again in the current language (after a switch). */
  rewordNotices(): void;
  dismissNotice(index: number): void;
  /** Put another message (and file, or none) in the place of notice `index`: what became of what it offered. */
  replaceNotice(index: number, message: string | NoticeSource, file?: NoticeFile): void;
  setView(view: View): void;
  setLanguage(language: Language): void;
  setNumberScale(scale: NumberScale): void;
  toggleGroup(group: GroupId): void;
  setLeversShown(shown: boolean): void;
}

/** The query for a phone's width (styles.css's narrow layout), or null where there is no matchMedia (jsdom). */
export function phoneWidth(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(max-width: 760px)') : null;
}

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  view: 'results',
  language: 'en',
  numberScale: 'international',
  openGroups: ['budget'],
  leversShown: !phoneWidth()?.matches,
  notices: [],
  noticeSources: [],
  noticeFiles: [],
  addNotice: (message, file) =>
    set((st) => ({
      notices: [...st.notices, typeof message === 'string' ? message : message()],
      noticeSources: [...st.noticeSources, typeof message === 'string' ? null : message],
      noticeFiles: [...st.noticeFiles, file ?? null],
    })),
  rewordNotices: () => set((st) => ({ notices: st.notices.map((n, k) => st.noticeSources[k]?.() ?? n) })),
  dismissNotice: (index) =>
    set((st) => ({
      notices: st.notices.filter((_, k) => k !== index),
      noticeSources: st.noticeSources.filter((_, k) => k !== index),
      noticeFiles: st.noticeFiles.filter((_, k) => k !== index),
    })),
  replaceNotice: (index, message, file) =>
    set((st) => ({
      notices: st.notices.map((n, k) => (k !== index ? n : typeof message === 'string' ? message : message())),
      noticeSources: st.noticeSources.map((s, k) => (k !== index ? s : typeof message === 'string' ? null : message)),
      noticeFiles: st.noticeFiles.map((f, k) => (k !== index ? f : (file ?? null))),
    })),
  setView: (view) => set({ view }),
  setLanguage: (language) => set({ language }),
  setNumberScale: (numberScale) => set({ numberScale }),
  toggleGroup: (group) =>
    set((st) => ({ openGroups: st.openGroups.includes(group) ? st.openGroups.filter((g) => g !== group) : [...st.openGroups, group] })),
  setLeversShown: (leversShown) => set({ leversShown }),
});
