/**
 * Keeps the user's workspace in the browser's local storage: restored at
 * start (with any problems reported, never silently dropped) and saved a
 * moment after each change to the scenarios, merged with what the app's
 * other tabs saved (state/workspaceMerge).
 */
import type { AppStore } from '../state/store';
import type { NoticeFile } from '../state/uiSlice';
import { parseWorkspace, serialiseWorkspace, type Workspace } from '../state/workspace';
import { fingerprint, mergeWorkspaces, textHash, type BasedOn, type Removals } from '../state/workspaceMerge';
import { displayName, inSentence } from '../state/displayName';
import { canonicalJson } from '../engine/index';
import { i18n, perLanguage } from '../i18n/index';
import { storageReason } from '../i18n/errorReasons';

export const STORAGE_KEY = 'poverty-policy-simulator.workspace';
/**
 * Where saved work that could not be restored as saved is kept. The first save after the restore writes this tab's
 * workspace over it: a workspace from a newer version, one damaged by a character, or the scenarios left out of it
 * were gone after the user's next edit, although the notice only said they were not restored. The latest copy is
 * kept here and the one before it under PREVIOUS_UNRESTORED_KEY (a second failed restore, in another session,
 * moved it there rather than writing over it); the notice also offers the copy as a file to download. The copies
 * stay until the user removes them (the notice's Remove, discardUnrestored): each later visit offers them again.
 * Removing the copy of a save that is still the stored workspace saves this tab's work over that save (keptFile).
 */
export const UNRESTORED_KEY = `${STORAGE_KEY}.unrestored`;
export const PREVIOUS_UNRESTORED_KEY = `${UNRESTORED_KEY}.previous`;
/** The name the kept copy downloads as (ui/Notices). */
export const UNRESTORED_FILE = 'poverty-policy-simulator-unrestored-work.json';
/** The name a second, earlier copy downloads as beside it. */
export const EARLIER_UNRESTORED_FILE = 'poverty-policy-simulator-unrestored-work-earlier.json';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  /** Used only to remove the kept copies when the user asks (discardUnrestored): storage without it offers no removal. */
  removeItem?(key: string): void;
}

/**
 * Restore the saved workspace; true when it was read as saved, or none was saved; false when storage or the workspace
 * could not be read. `saveNow` saves this tab's workspace at once (saveWorkspaceOnChange's, made after the restore,
 * which must not save): removing the kept copy of a save that is still the stored workspace saves over it (keptFile).
 */
export function restoreWorkspace(store: AppStore, storage: KeyValueStorage, saveNow?: () => void): boolean {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    store.getState().addNotice(() => i18n.t('common:notices.storageUnavailable', { reason: storageReason(e) }));
    return false;
  }
  if (text === null) {
    offerStillKept(store, storage, saveNow);
    return true;
  }
  const { workspace, problems, lost } = parseWorkspace(text);
  if (workspace) store.setState(workspace);
  // Each problem worded again after a change of language, from the same text read again in the new one: added as
  // words alone, a problem (and the reason in it) had stayed in the language the page opened in.
  const worded = perLanguage(() => parseWorkspace(text).problems, problems);
  problems.forEach((p, k) => store.getState().addNotice(() => worded()[k] ?? p));
  // Only work that is not all in the restored workspace: a problem that loses nothing (a naming record read as the
  // user's own name) keeps no copy.
  if (lost) keepUnrestored(store, storage, text, saveNow);
  else offerStillKept(store, storage, saveNow);
  return workspace !== null;
}

/** The copies of unrestored work kept in `storage`, the latest first, each once; none where storage cannot be read. */
export function keptUnrestored(storage: KeyValueStorage): string[] {
  try {
    const kept = [storage.getItem(UNRESTORED_KEY), storage.getItem(PREVIOUS_UNRESTORED_KEY)];
    return [...new Set(kept.filter((t): t is string => t !== null))];
  } catch {
    return [];
  }
}

/**
 * Remove from `storage` each kept copy that holds one of `texts` (the copies a notice offered), and no other: a copy
 * another tab kept since then was offered to nobody yet. Returns how many it removed: none when another tab removed
 * them first. Throws when storage refuses; what it did not remove is still kept. The earlier copy goes first, so that
 * one refusal leaves the latest.
 */
export function discardUnrestored(storage: Required<KeyValueStorage>, texts: readonly string[]): number {
  let removed = 0;
  for (const key of [PREVIOUS_UNRESTORED_KEY, UNRESTORED_KEY]) {
    const kept = storage.getItem(key);
    if (kept !== null && texts.includes(kept)) {
      storage.removeItem(key);
      removed++;
    }
  }
  return removed;
}

/**
 * What a notice offers of unrestored work: `texts` as files (the latest, and an earlier copy if there is one), and,
 * where `storage` keeps any of them (`kept`) and can remove them, their removal.
 */
function keptFile(storage: KeyValueStorage, texts: readonly string[], kept: readonly string[], saveNow?: () => void): NoticeFile {
  const file: NoticeFile = { name: UNRESTORED_FILE, text: texts[0]! };
  if (texts[1] !== undefined) file.earlier = { name: EARLIER_UNRESTORED_FILE, text: texts[1] };
  const offered = kept.filter((t) => texts.includes(t));
  if (storage.removeItem && offered.length > 0) {
    const removable = storage as Required<KeyValueStorage>;
    const remove = () => {
      const removed = discardUnrestored(removable, texts);
      // A removed copy still the stored workspace (nothing edited since it was kept): left there, the next visit
      // kept it again and offered it again, as if Remove had not worked. This tab's work is saved over it, as the
      // first edit would have: it holds all of that save but what the user has just agreed to lose. Only a save
      // whose copy was removed: one that storage refused to keep is offered only as a file, and stays until an
      // edit, as its notice says.
      const saved = readSaved(storage);
      if (saveNow && saved !== null && offered.includes(saved)) saveNow();
      return removed;
    };
    file.removal = { copies: offered.length, remove };
  }
  return file;
}

/**
 * On a visit that keeps nothing new: copies kept by an earlier one are offered again (download or remove), or they
 * would sit in the browser's storage unseen for good. Dismissing the notice hides them until the next visit.
 */
function offerStillKept(store: AppStore, storage: KeyValueStorage, saveNow?: () => void): void {
  const kept = keptUnrestored(storage);
  if (kept.length > 0) store.getState().addNotice(() => i18n.t('common:notices.unrestoredStillKept'), keptFile(storage, kept, kept, saveNow));
}

/**
 * Keep the saved text that was not restored as saved (UNRESTORED_KEY) before this tab saves over it, say where, and
 * offer it as a file. A different copy kept by an earlier failed restore is moved to PREVIOUS_UNRESTORED_KEY first.
 */
function keepUnrestored(store: AppStore, storage: KeyValueStorage, text: string, saveNow?: () => void): void {
  let keptNow = true;
  try {
    const earlier = storage.getItem(UNRESTORED_KEY);
    if (earlier !== null && earlier !== text) storage.setItem(PREVIOUS_UNRESTORED_KEY, earlier);
    storage.setItem(UNRESTORED_KEY, text);
  } catch {
    keptNow = false;
  }
  // This visit's text, and a copy an earlier visit kept (offered too, and removed with it: storage refused this one,
  // perhaps for want of the room that copy takes).
  const kept = keptUnrestored(storage);
  const file = keptFile(storage, [text, ...kept.filter((t) => t !== text)].slice(0, 2), kept, saveNow);
  // Not kept in the browser (storage full or refused): no claim that it is.
  if (!keptNow) store.getState().addNotice(() => i18n.t('common:notices.unrestoredNotKept'), file);
  else store.getState().addNotice(() => i18n.t('common:notices.unrestoredKept', { key: inSentence(UNRESTORED_KEY) }), file);
}

/** Where another tab's saves are heard: the window's `storage` events (fired in every other tab of the origin). */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (e: { key: string | null; newValue: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (e: { key: string | null; newValue: string | null }) => void): void;
}

/**
 * Removals kept with the workspace, the latest last: enough for any tab still open to learn of them, and a
 * removal forgotten only lets an older build's tab bring back a scenario it still holds.
 */
const MAX_REMOVALS = 200;

/**
 * How many saves a save names as made on top of (workspaceMerge BasedOn), and how many of its agreed saves a tab keeps
 * to merge against: a save made more saves past a tab's last than this is merged as if made without its work (a
 * scenario that differs is kept twice: nothing lost).
 */
const MAX_BASED_ON = 16;
const MAX_AGREED = 8;

/** The workspace part of the store's state, read back as a saved one would be (so that it compares with one). */
const savedForm = (st: Workspace): Workspace | null => parseWorkspace(serialiseWorkspace(st)).workspace;

/**
 * Save the workspace a moment after each change to it. Other tabs of the app save it too: before saving, a
 * workspace another tab saved since this one last read or wrote it is merged with this tab's (state/workspaceMerge),
 * and when another tab saves, its scenarios are brought in here at once (with `events`). Nothing either tab did is
 * lost; a scenario changed in both is kept twice, and a notice says so.
 * Returns `stop`; `stop.flush()` saves a pending change at once (call it when the page is hidden or closed), and
 * `stop.saveNow()` saves, a change pending or not (restoreWorkspace's, when a kept copy of the stored save is removed).
 */
export function saveWorkspaceOnChange(
  store: AppStore, storage: KeyValueStorage, delayMs = 400, events?: StorageEvents,
): (() => void) & { flush(): void; saveNow(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;
  // The saved workspace this tab last read or wrote: what it and the others agreed on.
  let synced: string | null = readSaved(storage);
  // The last few of them by textHash, the latest last: each is in this tab's store, so any the other tab's save was
  // made on top of is a base both share.
  const agreedOn = new Map<string, string>();
  const agree = (text: string | null) => {
    synced = text;
    if (text === null) return;
    const hash = textHash(text);
    agreedOn.delete(hash);
    agreedOn.set(hash, text);
    if (agreedOn.size > MAX_AGREED) agreedOn.delete(agreedOn.keys().next().value!);
  };
  agree(synced);
  // Set while this tab puts another tab's work into the store: that is not a change of its own to save.
  let bringingIn = false;
  // Saved workspaces read back (the one agreed on and the other tabs'), the last few, not parsed again at every save.
  const readBack = new Map<string, ReturnType<typeof parseWorkspace>>();
  const loaded = (text: string) => {
    let w = readBack.get(text);
    if (!w) {
      if (readBack.size >= 4) readBack.delete(readBack.keys().next().value!);
      readBack.set(text, (w = parseWorkspace(text)));
    }
    return w;
  };
  // The scenarios removed, as this tab saves them (workspaceMerge Removals): its own removals and the others'.
  const removals: Record<string, string> = { ...(synced === null ? {} : loaded(synced).removed) };
  /** Record the removals `text` holds, and, as removed here, each of its scenarios this tab no longer holds. */
  const noteRemovals = (text: string | null) => {
    if (text === null) return;
    const { workspace, removed } = loaded(text);
    for (const [id, print] of Object.entries(removed ?? {})) removals[id] ??= print;
    const held = store.getState().scenarios;
    if (workspace) for (const id of workspace.order) if (!(id in held)) removals[id] ??= fingerprint(workspace, id)!;
  };
  /** What this tab saves as removed: not what it holds (a scenario brought back), and only the latest. */
  const removalsToSave = (): Removals => {
    noteRemovals(synced);
    const held = store.getState().scenarios;
    for (const id of Object.keys(removals)) if (id in held) delete removals[id];
    const ids = Object.keys(removals);
    for (const id of ids.slice(0, Math.max(0, ids.length - MAX_REMOVALS))) delete removals[id];
    return { ...removals };
  };
  let toldOlderBuild = false;
  // The copy kept of each scenario an older build's tab saved in another version: it follows that tab's later saves.
  const olderCopies = new Map<string, string>();
  /**
   * The saves `text` was made on top of; null when it does not say (an older build's: with no removals record either,
   * it is merged as before, against the save last agreed on).
   */
  const basedOn = (text: string): BasedOn | null => {
    const { removed, basedOn: named } = loaded(text);
    return removed === null ? null : named;
  };
  /** Whether the other tab's save `text` was made on top of this tab's last agreed one (or does not say). */
  const onTopOfSynced = (text: string): boolean => {
    const named = basedOn(text);
    return named === null || synced === null || named.includes(textHash(synced));
  };
  /**
   * What to merge `text` against: the save last agreed on, if `text` was made on top of it; else the latest of this
   * tab's agreed saves that it was made on top of (both hold it), or none (a scenario that differs is kept twice).
   */
  const baseOf = (text: string): string | null => {
    if (onTopOfSynced(text)) return synced;
    const named = new Set(basedOn(text));
    return [...agreedOn].reverse().find(([hash]) => named.has(hash))?.[1] ?? null;
  };
  /** Merge what another tab saved (`text`) into the store; false when it cannot be read (then it is saved over). */
  const bringIn = (text: string): boolean => {
    const { workspace: theirs, removed: removedThere } = loaded(text);
    const mine = savedForm(store.getState());
    if (!theirs || !mine) return false;
    const baseText = baseOf(text);
    const base = baseText === null ? null : loaded(baseText).workspace;
    // What this tab removed since it last agreed with the others, before its store takes in theirs.
    noteRemovals(synced);
    const { workspace, copied, copiedWithoutBase } = mergeWorkspaces(base, theirs, mine, { theirs: removedThere, mine: removals }, olderCopies);
    if (removedThere === null) for (const [id, copy] of copied) olderCopies.set(id, copy);
    // Scenarios this tab already holds keep their objects (what is computed for them is found by them).
    const held = store.getState().scenarios;
    const scenarios = Object.fromEntries(Object.entries(workspace.scenarios).map(([id, sc]) =>
      [id, held[id] !== undefined && canonicalJson(held[id]) === canonicalJson(sc) ? held[id]! : sc]));
    bringingIn = true;
    try {
      store.setState({ ...workspace, scenarios });
    } finally {
      bringingIn = false;
    }
    // Theirs left out of the merge were removed here; their own removals are this tab's to keep saving.
    noteRemovals(text);
    const named = (at: string) => inSentence(displayName(workspace.scenarios[at]!, workspace.meta[at]));
    for (const [id, copy] of copied) {
      store.getState().addNotice(() => i18n.t('common:notices.changedInTwoTabs', { name: named(id), copy: named(copy) }));
    }
    // No save both tabs made theirs on (both opened on no save, say): not "changed in both", but kept twice all the same.
    for (const [id, copy] of copiedWithoutBase) {
      store.getState().addNotice(() => i18n.t('common:notices.differsInTwoTabs', { name: named(id), copy: named(copy) }));
    }
    if (removedThere === null && !toldOlderBuild) {
      toldOlderBuild = true;
      store.getState().addNotice(() => i18n.t('common:notices.olderBuildTab'));
    }
    return true;
  };
  const save = () => {
    timer = null;
    // What the store agrees with if the write fails: the stored workspace once it has been brought in (else a failed
    // write merged the same save again at every edit, copying the same scenario each time).
    let agreed = synced;
    const before = synced;
    try {
      const stored = storage.getItem(STORAGE_KEY);
      // Once brought in, the stored save is in this store: a base to merge the other tab's next saves against.
      if (stored !== null && stored !== synced && bringIn(stored)) agree((agreed = stored));
      // Made on top of the stored save merged and the one agreed on before it (and what they were made on top of).
      const made = [...new Set([agreed, before])].filter((t): t is string => t !== null);
      const named = [...made.map(textHash), ...made.flatMap((t) => basedOn(t) ?? [])];
      const text = serialiseWorkspace(store.getState(), removalsToSave(), [...new Set(named)].slice(0, MAX_BASED_ON));
      // Agreed on before it is written, in case another tab's answer to it is heard during the write.
      agree(text);
      storage.setItem(STORAGE_KEY, text);
    } catch (e) {
      agree(agreed);
      if (!warned) store.getState().addNotice(() => i18n.t('common:notices.saveFailed', { reason: storageReason(e) }));
      warned = true;
    }
  };
  const unsubscribe = store.subscribe((st, prev) => {
    if (bringingIn) return;
    if (st.scenarios === prev.scenarios && st.meta === prev.meta && st.order === prev.order && st.activeId === prev.activeId && st.compareIds === prev.compareIds && st.colors === prev.colors) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  // Another tab saved: with a change of this tab's waiting, save now (merging); else bring theirs in and agree on it.
  // What is stored now, not the event's value: an event heard after this tab has saved over it is stale, and merging
  // it against this tab's newer save took this tab's own scenarios out of its store. A save not made on top of this
  // tab's last (written by a tab that had not yet seen it) lacks this tab's work: merged, and saved to give it back.
  const heard = (e: { key: string | null }) => {
    if (e.key !== STORAGE_KEY) return;
    let stored: string | null;
    try {
      stored = storage.getItem(STORAGE_KEY);
    } catch {
      return;
    }
    if (stored === null || stored === synced) return;
    if (timer || !onTopOfSynced(stored)) {
      if (timer) clearTimeout(timer);
      save();
    } else if (bringIn(stored)) agree(stored);
  };
  events?.addEventListener('storage', heard);
  const stop = () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
    events?.removeEventListener('storage', heard);
  };
  return Object.assign(stop, {
    flush: () => {
      if (!timer) return;
      clearTimeout(timer);
      save();
    },
    saveNow: () => {
      if (timer) clearTimeout(timer);
      save();
    },
  });
}

function readSaved(storage: KeyValueStorage): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
