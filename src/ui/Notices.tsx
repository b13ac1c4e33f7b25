/**
 * Messages not tied to a field (saved work that could not be restored, storage unavailable), each dismissible; one
 * that keeps a file (the saved work that could not be restored) offers it as a download, since nobody can be asked
 * to dig it out of the browser's storage.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/context';
import { download } from './export/download';

export function Notices() {
  const notices = useApp((s) => s.notices);
  const files = useApp((s) => s.noticeFiles);
  const dismiss = useApp((s) => s.dismissNotice);
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n, k) => (
        <p key={k}>
          {n}{' '}
          {files[k] && (
            <>
              <button type="button" onClick={() => download(files[k]!.text, files[k]!.name, 'json')}>
                {t('notices.downloadKept')}
              </button>{' '}
            </>
          )}
          <button type="button" onClick={() => dismiss(k)} aria-label={t('notices.dismissLabel')}>
            {t('notices.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
