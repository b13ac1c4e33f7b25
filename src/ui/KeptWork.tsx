/**
 * A notice's offer of saved work kept apart (app/persistence): the work as a file (and an earlier copy, if one is
 * kept), and its removal from the browser's storage. Removing asks first, with the safe answer where focus lands,
 * so that neither a double click nor a repeated key removes the only copy; a refusal by storage is said here, and
 * the copies stay, in storage and as downloads.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeFile } from '../state/uiSlice';
import { storageReason } from '../i18n/errorReasons';
import { download } from './export/download';
import { useFocusHandoff } from './focusHandoff';

/** `error`: what storage threw, worded when shown (i18n/errorReasons), in the language on screen. */
type Step = { phase: 'offered' } | { phase: 'asking' } | { phase: 'failed'; error: unknown };

/**
 * `onRemoved`: the copies are gone from storage (the notice then says so, in place of this offer); `here` is false
 * when another tab had removed them first, and this one found none to remove.
 */
export function KeptWork({ file, onRemoved }: { file: NoticeFile; onRemoved: (here: boolean) => void }) {
  const { t } = useTranslation();
  // The step of the file it was taken for: another file in this place (a notice before it dismissed) starts afresh.
  const [taken, setTaken] = useState<{ file: NoticeFile; step: Step }>({ file, step: { phase: 'offered' } });
  const step = taken.file === file ? taken.step : { phase: 'offered' as const };
  const go = (next: Step) => setTaken({ file, step: next });
  const own = useRef<HTMLSpanElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // Asked: focus on the answer that keeps the copy. Answered No, or refused by storage: back on Remove.
  useFocusHandoff(step.phase, own, () => (step.phase === 'asking' ? keepButton.current : removeButton.current));
  const remove = () => {
    let removed: number;
    try {
      removed = file.removal!.remove();
    } catch (e) {
      go({ phase: 'failed', error: e });
      return;
    }
    onRemoved(removed > 0);
  };
  const questionId = useId();
  return (
    <span ref={own} className="kept-work">
      <button type="button" onClick={() => download(file.text, file.name, 'json')}>
        {t('notices.downloadKept')}
      </button>{' '}
      {file.earlier && (
        <>
          <button type="button" onClick={() => download(file.earlier!.text, file.earlier!.name, 'json')}>
            {t('notices.downloadEarlier')}
          </button>{' '}
        </>
      )}
      {file.removal &&
        (step.phase === 'asking' ? (
          // The question on a line of its own, its words first: a second click where Remove was lands on them or
          // beside them, never on Yes (ui/tables.css).
          <span role="group" aria-labelledby={questionId} className="kept-work-question">
            <span id={questionId}>{t('notices.removeQuestion', { count: file.removal.copies })}</span>{' '}
            <button ref={keepButton} type="button" onClick={() => go({ phase: 'offered' })}>
              {t('notices.removeNo')}
            </button>{' '}
            <button type="button" onClick={remove}>
              {t('notices.removeYes')}
            </button>{' '}
          </span>
        ) : (
          <>
            <button ref={removeButton} type="button" onClick={() => go({ phase: 'asking' })}>
              {t('notices.removeKept')}
            </button>{' '}
            {step.phase === 'failed' && <span className="kept-work-failed">{t('notices.removeFailed', { reason: storageReason(step.error) })} </span>}
          </>
        ))}
    </span>
  );
}
