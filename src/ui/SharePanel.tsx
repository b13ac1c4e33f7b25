/**
 * The Share button and its dialog: a link that reopens the comparison on
 * screen with the same numbers, in the same view and colours, a Copy button, and scenario files to
 * download or open. A non-modal dialog: focus moves into it when it opens,
 * Esc or Close shuts it and focus returns to the button.
 */
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useCloseOnLeave } from './closeOnLeave';
import { useTranslation } from 'react-i18next';
import { download, fileName } from './export/download';
import { useShallow } from 'zustand/react/shallow';
import { ENGINE_VERSION } from '../engine/index';
import { useApp, useAppStoreApi } from '../state/context';
import { comparisonFileText, comparisonOnScreen, encodeShareFragment, MAX_LINK_CHARS, scenarioFileText } from '../state/shareLink';
import { openScenarioFile } from '../app/openShared';
import { usePanelPlace } from './panelPlace';
import { interleave, nameList } from './sentence';
import { displayNameOf, inSentence } from '../state/displayName';
import { MAX_COMPARED } from '../state/scenariosSlice';
import './share.css';

export function SharePanel() {
  const { t } = useTranslation('exports');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  // Closed when the reader goes elsewhere, by pointer or by Tab.
  useCloseOnLeave(open, [box], () => setOpen(false));
  return (
    <div className="share" ref={box}>
      <button ref={button} type="button" aria-expanded={open} aria-haspopup="dialog" onClick={() => (open ? close() : setOpen(true))}>
        {t('share.button')}
      </button>
      {open && <ShareDialog button={button} onClose={close} />}
    </div>
  );
}

/** The notices added since there were `before`, taken out of the page's notices and handed over (as their wording). */
function takeNotices(store: ReturnType<typeof useAppStoreApi>, before: number, take: (sources: (() => string)[]) => void) {
  const st = store.getState();
  const sources = st.notices.slice(before).map((text, k) => st.noticeSources[before + k] ?? (() => text));
  for (let k = st.notices.length - 1; k >= before; k--) st.dismissNotice(k);
  take(sources);
}

function ShareDialog({ button, onClose }: { button: RefObject<HTMLButtonElement | null>; onClose: () => void }) {
  const { t } = useTranslation('exports');
  const { t: tc } = useTranslation();
  const titleId = useId();
  const fileId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  // Fixed under the button and kept on screen, wherever the top bar's wrapping has put the button.
  const place = usePanelPlace(true, button, dialog);
  const linkInput = useRef<HTMLInputElement>(null);
  const store = useAppStoreApi();
  // With the view and colour places, so that the recipient lands where the sender was and sees the same colours.
  const w = useApp(
    useShallow((s) => ({ scenarios: s.scenarios, baselineId: s.baselineId, compareIds: s.compareIds, activeId: s.activeId, order: s.order, colors: s.colors, view: s.view })),
  );
  const [copied, setCopied] = useState('');
  // What was wrong with the file last picked, shown beside the file button (not behind the dialog, in the page's
  // notices); worded when shown, so it follows a change of language.
  const [problems, setProblems] = useState<(() => string)[]>([]);
  const problemId = useId();
  const mounted = useRef(true);
  // Set on every mount: StrictMode mounts, cleans up and mounts again, and a flag only ever cleared stayed false.
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);
  const comparison = useMemo(() => comparisonOnScreen(w, ENGINE_VERSION), [w]);
  const link = useMemo(() => {
    const base = window.location.href.replace(/#.*$/, '');
    return `${base}#${encodeShareFragment(comparison)}`;
  }, [comparison]);
  const tooLong = link.length > MAX_LINK_CHARS;
  const active = w.scenarios[w.activeId];
  // The scenarios the link does not carry (neither compared nor being edited), by name as the tabs show them.
  // Ticking another under Compare is refused at the limit (ScenarioTabs), so the advice changes.
  const full = w.compareIds.length >= MAX_COMPARED;
  const leftOut = useApp(useShallow((s) => s.order.filter((id) => s.scenarios[id] && !comparison.scenarios.includes(s.scenarios[id])).map((id) => displayNameOf(s, id))));

  useEffect(() => {
    // Into the link; or, when the comparison is too large for a link, into the dialog itself (so Esc closes it).
    if (linkInput.current) {
      linkInput.current.focus();
      linkInput.current.select();
    } else dialog.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(t('share.copied'));
    } catch {
      // No clipboard (an insecure page, or permission refused): select the link for the user to copy.
      linkInput.current?.select();
      setCopied(t('share.copyUnavailable'));
    }
  };

  return (
    <div
      ref={dialog}
      className="share-dialog"
      style={place}
      tabIndex={-1}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id={titleId}>{t('share.title')}</h2>
      {tooLong ? (
        <p>{t('share.tooLong')}</p>
      ) : (
        <>
          <label htmlFor={`${fileId}-link`}>{t('share.linkLabel')}</label>
          <div className="share-link-row">
            <input id={`${fileId}-link`} ref={linkInput} type="text" dir="ltr" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={copy}>
              {t('share.copy')}
            </button>
          </div>
          <p className="share-status" role="status">
            {copied}
          </p>
        </>
      )}
      <p className="share-note">
        {t('share.note', { count: comparison.scenarios.length, version: ENGINE_VERSION })}
        {comparison.view && ` ${t('share.sameView', { view: tc(`viewSwitch.${comparison.view}`) })}`}
        {comparison.colors && ` ${t('share.sameColors')}`}
      </p>
      {leftOut.length > 0 && (
        <p className="share-note">
          {interleave((m) => (full ? t('share.leftOutFull', { names: m.names!, max: MAX_COMPARED }) : t('share.leftOut', { names: m.names! })), {
            names: nameList(leftOut.map((name) => t('open.quoted', { name: inSentence(name) })), t('open.listSeparator')),
          })}
        </p>
      )}
      <h3>{t('share.files')}</h3>
      <div className="share-files">
        {active && (
          <button type="button" onClick={() => download(scenarioFileText(active), fileName([active.name], 'json'), 'json')}>
            {t('share.downloadScenario')}
          </button>
        )}
        <button type="button" onClick={() => download(comparisonFileText(comparison), 'comparison.json', 'json')}>
          {t('share.downloadComparison')}
        </button>
        <label className="file-button" htmlFor={`${fileId}-open`}>
          {t('share.openFile')}
        </label>
        <input
          id={`${fileId}-open`}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-describedby={problems.length > 0 ? problemId : undefined}
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setProblems([]);
            const before = store.getState().notices.length;
            const ok = await openScenarioFile(store, file);
            input.value = '';
            // Opened: the dialog closes, and the page's notice says what was opened.
            if (ok) return onClose();
            // Not opened, with the dialog still open (closed meanwhile, the notice stays in the page's notices):
            // what is wrong is said here, beside the button to pick another file, and taken out of the notices
            // behind the dialog, where it could not be read.
            if (!mounted.current) return;
            takeNotices(store, before, setProblems);
          }}
        />
        {problems.length > 0 && (
          <div id={problemId} className="share-problem" role="alert">
            {problems.map((p, k) => (
              <p key={k}>{p()}</p>
            ))}
          </div>
        )}
      </div>
      <button type="button" className="share-close" onClick={onClose}>
        {t('share.close')}
      </button>
    </div>
  );
}
