/** The top bar's Present button: opens the slides, and takes the focus back when they close. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Presentation } from './Presentation';

export function PresentButton() {
  const { t } = useTranslation('present');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => {
    // After the slides (and the inert mark they put on the app) are gone.
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button ref={button} type="button" className="present-button" onClick={() => setOpen(true)}>
        {t('button')}
      </button>
      {open && createPortal(<Presentation onClose={close} />, document.body)}
    </>
  );
}
