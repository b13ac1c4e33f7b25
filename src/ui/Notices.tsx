/**
 * Messages not tied to a field (saved work that could not be restored, storage unavailable), each dismissible; one
 * that keeps a file (the saved work that could not be restored) offers it as a download, since nobody can be asked
 * to dig it out of the browser's storage, and its removal from there (KeptWork).
 */
import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/context';
import type { NoticeFile } from '../state/uiSlice';
import { i18n } from '../i18n/index';
import { useFocusHandoff } from './focusHandoff';
import { KeptWork } from './KeptWork';
import { newVersion } from '../pwa';

export function Notices() {
  const notices = useApp((s) => s.notices);
  const files = useApp((s) => s.noticeFiles);
  const dismiss = useApp((s) => s.dismissNotice);
  const replace = useApp((s) => s.replaceNotice);
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // The place of the notice whose button was just taken away (dismissed, or its work removed): focus goes to the
  // Dismiss of the notice now there (the one that says the work was removed, the next one, or the last), and with
  // none left to the results. Only then: a notice added or reworded moves nobody's focus.
  const landing = useRef<number | null>(null);
  useFocusHandoff(notices, box, () => {
    const at = landing.current;
    if (at === null) return null;
    const buttons = box.current?.querySelectorAll<HTMLElement>('.notice-dismiss') ?? [];
    return buttons.length > 0 ? buttons[Math.min(at, buttons.length - 1)] : document.getElementById('results');
  });
  // Forgotten once the notices have changed, whether or not focus was handed over (a click that took no focus, as in
  // Safari, hands none): kept, it had sent focus to a Dismiss at the next rewording or notice added.
  useLayoutEffect(() => {
    landing.current = null;
  }, [notices]);
  // In the notice's place, what became of the work: still offered as files until the page is closed (the removal
  // took them from the browser's storage, not from the reader). Removed by another tab first: said so, not claimed.
  const removedAt = (k: number, f: NoticeFile, here: boolean) => {
    landing.current = k;
    const said = here ? 'common:notices.unrestoredRemoved' : 'common:notices.unrestoredRemovedElsewhere';
    replace(k, () => i18n.t(said), { name: f.name, text: f.text, ...(f.earlier && { earlier: f.earlier }) });
  };
  // A new version of the app waiting (pwa.ts): offered until taken up or dismissed for this page.
  // A later version found after one was dismissed is offered again.
  const offers = useSyncExternalStore(newVersion.subscribe, newVersion.offers);
  const [dismissedAt, setDismissedAt] = useState(0);
  const offerUpdate = offers > dismissedAt;
  if (notices.length === 0 && !offerUpdate) return null;
  return (
    <div ref={box} className="notices" role="status">
      {offerUpdate && (
        <p className="update-ready">
          {t('notices.updateReady')}{' '}
          <button type="button" onClick={() => void newVersion.reload()}>
            {t('notices.updateReload')}
          </button>{' '}
          <button
            type="button"
            className="update-dismiss"
            onClick={() => {
              // Its buttons gone, focus goes to a Dismiss of the notices left, or to the results.
              (box.current?.querySelector<HTMLElement>('.notice-dismiss') ?? document.getElementById('results'))?.focus();
              setDismissedAt(offers);
            }}
            aria-label={t('notices.dismissLabel')}
          >
            {t('notices.dismiss')}
          </button>
        </p>
      )}
      {notices.map((n, k) => {
        const file = files[k];
        return (
          <p key={k}>
            {n} {file && <KeptWork file={file} onRemoved={(here) => removedAt(k, file, here)} />}
            <button
              type="button"
              className="notice-dismiss"
              onClick={() => {
                landing.current = k;
                dismiss(k);
              }}
              aria-label={t('notices.dismissLabel')}
            >
              {t('notices.dismiss')}
            </button>
          </p>
        );
      })}
    </div>
  );
}
