/**
 * Opens what others share: a link's fragment when the app starts and
 * whenever the fragment changes, and a scenario file the user picks. What
 * opens is added beside the user's work; what cannot be read is reported in
 * the notices and changes nothing. The one place that reads the share
 * fragment from the URL, and clears it once read.
 */
import { ENGINE_VERSION } from '../engine/index';
import { i18n, isLanguage, languageDir, perLanguage } from '../i18n/index';
import { isolate } from '../i18n/bidi';
import { fileReason } from '../i18n/errorReasons';
import type { AppStore } from '../state/store';
import { displayName } from '../state/displayName';
import { decodeShareFragment, isShareFragment, readScenarioFile, MAX_DOCUMENT_BYTES, type Opened } from '../state/shareLink';

/** A name from someone else's link or file, isolated where it sits in a right-to-left sentence. */
const embedded = (text: string): string => (isLanguage(i18n.language) && languageDir(i18n.language) === 'rtl' ? isolate(text) : text);

/** How many of a link's or file's problems its notice spells out. */
const SHOWN_PROBLEMS = 3;

/** What a link's notice adds, by what its failure says of its journey (state/shareLink's Journey). */
const JOURNEY_ADVICE = { damaged: 'exports:open.askAgainDamaged', unchecked: 'exports:open.askAgain', intact: 'exports:open.linkIntact' } as const;

/** What was opened: the link, or a file by its name. */
type What = { link: true } | { file: string };

/**
 * `read`: the link or file read, its problems and warnings said in the current language. It is read again (pure, and
 * quick) to word them again after a change of language: worded once, they had stayed in the language they were read
 * in, and the reasons in them with them.
 */
function open(store: AppStore, read: () => Opened, what: What): boolean {
  const st = store.getState();
  const opened = read();
  const reading = perLanguage(read, opened);
  if (!opened.ok) {
    // One notice, however many problems: a damaged link had buried the page under a dozen, each with its own
    // "Nothing was opened". The first few say what is wrong; the rest are counted.
    st.addNotice(() => {
      const again = reading();
      const problems = again.ok ? opened.problems : again.problems;
      const shown = problems.slice(0, SHOWN_PROBLEMS);
      const more = problems.length - shown.length;
      const problem = [...shown, ...(more > 0 ? [i18n.t('exports:open.moreProblems', { count: more })] : [])].join(' ');
      const text = i18n.t('exports:open.notOpened', { problem });
      return 'link' in what && opened.journey ? `${text} ${i18n.t(JOURNEY_ADVICE[opened.journey])}` : text;
    });
    return false;
  }
  const before = new Set(st.order);
  const ids = st.openComparison(opened.comparison);
  const allMine = ids.every((id) => before.has(id));
  // Each as its tab names it (displayName): in Urdu, a preset's or generated name in Urdu, not the English the file
  // stores (the notice had "Rs 80 bn a year 2" beside a tab reading "سالانہ 80 ارب روپے 2"). The scenario and its
  // naming record as opened, so that a later rename or removal does not change what the notice said was opened.
  const added = ids.map((id) => ({ scenario: store.getState().scenarios[id]!, meta: store.getState().meta[id] }));
  // Worded when shown, so that the notice follows a change of language.
  const names = () =>
    added.map(({ scenario, meta }) => i18n.t('exports:open.quoted', { name: embedded(displayName(scenario, meta)) })).join(i18n.t('exports:open.listSeparator'));
  if (allMine) st.addNotice(() => i18n.t('exports:open.alreadyOpen', { names: names() }));
  else st.addNotice(() => ('file' in what ? i18n.t('exports:open.openedFile', { file: embedded(what.file), names: names() }) : i18n.t('exports:open.openedLink', { names: names() })));
  opened.warnings.forEach((w, k) => st.addNotice(() => {
    const again = reading();
    return (again.ok && again.warnings[k]) || w;
  }));
  return true;
}

export interface LocationLike {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
}

/** Open a share link in the page's fragment, if there is one, then clear the fragment so a reload does not open it twice. */
export function openSharedFromLocation(store: AppStore, win: LocationLike): void {
  const hash = win.location.hash;
  if (!isShareFragment(hash)) return;
  open(store, () => decodeShareFragment(hash, ENGINE_VERSION), { link: true });
  win.history.replaceState(null, '', win.location.pathname + win.location.search);
}

/** Open a link now and whenever the fragment changes (a link pasted into the address bar of an open app). Returns `stop`. */
export function watchShareLinks(
  store: AppStore,
  win: LocationLike & { addEventListener(type: 'hashchange', f: () => void): void; removeEventListener(type: 'hashchange', f: () => void): void },
): () => void {
  openSharedFromLocation(store, win);
  const onChange = () => openSharedFromLocation(store, win);
  win.addEventListener('hashchange', onChange);
  return () => win.removeEventListener('hashchange', onChange);
}

/** Open a scenario or comparison file the user picked. */
export async function openScenarioFile(store: AppStore, file: Pick<File, 'name' | 'size' | 'text'>): Promise<boolean> {
  const name = file.name.slice(0, 80);
  if (file.size > MAX_DOCUMENT_BYTES) {
    store.getState().addNotice(() => i18n.t('exports:open.fileTooLarge', { name: embedded(name), size: Math.round(file.size / 1000), max: MAX_DOCUMENT_BYTES / 1000 }));
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    // Why, in the reader's language (i18n/errorReasons), worded when shown: the browser's sentence had stood in for
    // it, in English inside an Urdu notice. Its words follow, labelled and isolated.
    store.getState().addNotice(() => i18n.t('exports:open.fileUnreadable', { name: embedded(name), reason: fileReason(e) }));
    return false;
  }
  return open(store, () => readScenarioFile(text, name, ENGINE_VERSION), { file: name });
}
