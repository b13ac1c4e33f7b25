/** View state: which tab of the dashboard, which editor groups are open, language. */
import type { StateCreator } from 'zustand';
import type { GroupId } from '../engine/index';
import type { Store } from './store';

/** 'report' is the printable report (views/ReportView), opened from Export → Print report. */
export type View = 'results' | 'compare' | 'assumptions' | 'report';
export type Language = 'en' | 'ur';

export interface UiSlice {
  view: View;
  language: Language;
  openGroups: GroupId[];
  /** Messages for the user that are not tied to a field (e.g. saved work that could not be restored). */
  notices: string[];
  addNotice(message: string): void;
  dismissNotice(index: number): void;
  setView(view: View): void;
  setLanguage(language: Language): void;
  toggleGroup(group: GroupId): void;
}

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  view: 'results',
  language: 'en',
  openGroups: ['budget'],
  notices: [],
  addNotice: (message) => set((st) => ({ notices: [...st.notices, message] })),
  dismissNotice: (index) => set((st) => ({ notices: st.notices.filter((_, k) => k !== index) })),
  setView: (view) => set({ view }),
  setLanguage: (language) => set({ language }),
  toggleGroup: (group) =>
    set((st) => ({ openGroups: st.openGroups.includes(group) ? st.openGroups.filter((g) => g !== group) : [...st.openGroups, group] })),
});
