/**
 * "New scenario…": a button that opens the presets, one button each, under it
 * (placed as the Export panel is, inside the window). It was a <select> that
 * created a scenario on each change, and in Chromium a closed select changes
 * with every arrow key: a keyboard user walking down the list to "Cash heavy"
 * made a new scenario, and started its run, at each step. A preset is made
 * only when its own button is pressed. Focus moves into the list as it opens,
 * and back to the button as it closes (a choice, Escape, or going elsewhere).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS, presetLabel } from '../state/presets';
import { usePanelPlace } from './panelPlace';
import { useCloseOnLeave } from './closeOnLeave';

export function NewScenarioMenu({ onChoose }: { onChoose: (presetId: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const place = usePanelPlace(open, button, panel);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);
  useCloseOnLeave(open, [panel, button], () => setOpen(false));
  return (
    <div
      className="new-scenario"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button ref={button} type="button" className="new-scenario-button" aria-expanded={open} aria-controls={listId} onClick={() => (open ? close() : setOpen(true))}>
        {t('tabs.newPlaceholder')}
      </button>
      {open && (
        <div ref={panel} id={listId} className="new-scenario-list" style={place} role="group" aria-label={t('tabs.newFromPreset')}>
          {PRESETS.map((p) => (
            <button
              key={p.id}
              type="button"
              onClick={() => {
                close();
                onChoose(p.id);
              }}
            >
              {presetLabel(p)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
