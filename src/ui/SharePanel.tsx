/**
 * The Share button and its dialog: a link that reopens the comparison on
 * screen with the same numbers, a Copy button, and scenario files to
 * download or open. A non-modal dialog: focus moves into it when it opens,
 * Esc or Close shuts it and focus returns to the button.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { download, fileName } from './export/download';
import { useShallow } from 'zustand/react/shallow';
import { ENGINE_VERSION } from '../engine/index';
import { useApp, useAppStoreApi } from '../state/context';
import { comparisonFileText, comparisonOnScreen, encodeShareFragment, MAX_LINK_CHARS, scenarioFileText } from '../state/shareLink';
import { openScenarioFile } from '../app/openShared';
import './share.css';

export function SharePanel() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="share">
      <button ref={button} type="button" aria-expanded={open} aria-haspopup="dialog" onClick={() => (open ? close() : setOpen(true))}>
        Share
      </button>
      {open && <ShareDialog onClose={close} />}
    </div>
  );
}

function ShareDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const fileId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const linkInput = useRef<HTMLInputElement>(null);
  const store = useAppStoreApi();
  const w = useApp(useShallow((s) => ({ scenarios: s.scenarios, baselineId: s.baselineId, compareIds: s.compareIds, activeId: s.activeId })));
  const [copied, setCopied] = useState('');
  const comparison = useMemo(() => comparisonOnScreen(w, ENGINE_VERSION), [w]);
  const link = useMemo(() => {
    const base = window.location.href.replace(/#.*$/, '');
    return `${base}#${encodeShareFragment(comparison)}`;
  }, [comparison]);
  const tooLong = link.length > MAX_LINK_CHARS;
  const active = w.scenarios[w.activeId];

  useEffect(() => {
    linkInput.current?.focus();
    linkInput.current?.select();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      // No clipboard (an insecure page, or permission refused): select the link for the user to copy.
      linkInput.current?.select();
      setCopied('Copying is not available here; the link is selected — press Ctrl+C (⌘C) to copy it.');
    }
  };

  return (
    <div
      ref={dialog}
      className="share-dialog"
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id={titleId}>Share this comparison</h2>
      {tooLong ? (
        <p>These scenarios are too large for a link; download the comparison file below and send it instead.</p>
      ) : (
        <>
          <label htmlFor={`${fileId}-link`}>Link to the comparison on screen</label>
          <div className="share-link-row">
            <input id={`${fileId}-link`} ref={linkInput} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={copy}>
              Copy
            </button>
          </div>
          <p className="share-status" role="status">
            {copied}
          </p>
        </>
      )}
      <p className="share-note">
        The link holds the {comparison.scenarios.length} scenarios on screen, with their seeds and run settings. Opened in this app with the same engine
        (version {ENGINE_VERSION}), it reproduces these numbers exactly. Nothing is sent anywhere: the scenarios travel in the link itself, and open beside the
        recipient's own.
      </p>
      <h3>Scenario files</h3>
      <div className="share-files">
        {active && (
          <button type="button" onClick={() => download(scenarioFileText(active), fileName([active.name], 'json'), 'json')}>
            Download scenario file
          </button>
        )}
        <button type="button" onClick={() => download(comparisonFileText(comparison), 'comparison.json', 'json')}>
          Download comparison file
        </button>
        <label className="share-open" htmlFor={`${fileId}-open`}>
          Open scenario file…
        </label>
        <input
          id={`${fileId}-open`}
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            const ok = await openScenarioFile(store, file);
            input.value = '';
            if (ok) onClose();
          }}
        />
      </div>
      <button type="button" className="share-close" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
