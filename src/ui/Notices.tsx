/** Messages not tied to a field (saved work that could not be restored, storage unavailable), each dismissible. */
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/context';

export function Notices() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotice);
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n, k) => (
        <p key={k}>
          {n}{' '}
          <button type="button" onClick={() => dismiss(k)} aria-label={t('notices.dismissLabel')}>
            {t('notices.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
