/**
 * The top bar's Export menu: for the scenario being edited and each one on
 * screen, its full result as JSON (the file `npm run sim` writes), its
 * summary as CSV, and the scenario file; and Print report, which opens the
 * printable report view.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { resultJson } from '../../cli/resultFile';
import { useApp } from '../../state/context';
import { displayNameOf } from '../../state/displayName';
import { selectRun } from '../../state/selectors';
import { download, fileName } from './download';
import { summaryCsv } from './resultCsv';
import { scenarioJson } from './scenarioFile';
import { interleave } from '../sentence';
import { usePanelPlace } from '../panelPlace';
import { useCloseOnLeave } from '../closeOnLeave';
import './export.css';

/** The scenarios on screen, the one being edited first, then the baseline and the compared ones. */
function useExportable() {
  const s = useApp(
    useShallow((st) => ({ scenarios: st.scenarios, meta: st.meta, runs: st.runs, runKeys: st.runKeys, activeId: st.activeId, baselineId: st.baselineId, compareIds: st.compareIds })),
  );
  const ids = [s.activeId, s.baselineId, ...s.compareIds].filter((id, k, all) => s.scenarios[id] && all.indexOf(id) === k);
  return ids.map((id) => ({ id, scenario: s.scenarios[id]!, name: displayNameOf(s, id), result: selectRun(s, id)?.result ?? null }));
}

export function ExportMenu() {
  const { t } = useTranslation('exports');
  const [open, setOpen] = useState(false);
  const setView = useApp((s) => s.setView);
  const items = useExportable();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  // Fixed under the button and kept on screen, wherever the top bar's wrapping has put the button.
  const place = usePanelPlace(open, button, panel);
  // A non-modal dialog, as Share is: focus moves into it when it opens (it had stayed on the button, so a screen
  // reader heard nothing of the panel and Tab went through the top bar before reaching it), and it closes when the
  // reader goes elsewhere, by pointer or by Tab.
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [open]);
  useCloseOnLeave(open, [panel, button], () => setOpen(false));

  return (
    // Escape closes from the button or anywhere in the panel.
    <div
      className="export-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close();
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={panelId} aria-haspopup="dialog" onClick={() => (open ? close() : setOpen(true))}>
        {t('menu.button')}
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          className="export-panel"
          style={place}
          role="dialog"
          aria-label={t('menu.label')}
        >
          <p className="export-help">{interleave((m) => t('menu.help', { command: m.command! }), { command: <code>npm run sim</code> })}</p>
          <ul>
            {items.map(({ id, scenario, name, result }) => (
              <li key={id}>
                <div className="export-row" role="group" aria-label={name}>
                <span className="export-name">
                  <bdi>{name}</bdi>
                  {result ? t('menu.replications', { count: result.meta.replications }) : t('menu.noResult')}
                </span>
                <span className="export-buttons">
                  <button type="button" disabled={!result} onClick={() => result && download(resultJson(result), fileName([scenario.name, 'result'], 'json'), 'json')}>
                    {t('menu.resultJson')}
                  </button>
                  <button type="button" disabled={!result} onClick={() => result && download(summaryCsv(result.summary, result.scenario.households), fileName([scenario.name, 'summary'], 'csv'), 'csv')}>
                    {t('menu.summaryCsv')}
                  </button>
                  <button type="button" onClick={() => download(scenarioJson(scenario), fileName([scenario.name, 'scenario'], 'json'), 'json')}>
                    {t('menu.scenarioJson')}
                  </button>
                </span>
                </div>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="export-print"
            onClick={() => {
              setOpen(false);
              setView('report');
            }}
          >
            {t('menu.print')}
          </button>
        </div>
      )}
    </div>
  );
}
