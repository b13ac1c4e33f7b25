/**
 * The slide after the title: what is in each option (optionsTable), one
 * column each, its colour beside its name as in the charts that follow.
 * Each option is read as run where its result is in (the store's may be an
 * edit not run yet), else as set, so the slide is there before any result.
 */
import { useId, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/context';
import { displayNameOf } from '../../state/displayName';
import type { ChartInputs } from '../charts/registry';
import { interleave } from '../sentence';
import { formatPlain } from '../format';
import { optionsTable, type OptionInput } from './optionsTable';

/**
 * Whether the box scrolls sideways: its table wider than it, where it may scroll (on a phone, present.css). Measured
 * again as either changes size (a narrower window, a face arriving, the slide's type shrunk to fit). Only then is it
 * a Tab stop and a region: with nothing to scroll it had been a stop that did nothing, announced as a region.
 */
function useScrollsSideways(): [(el: HTMLElement | null) => void, boolean] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    if (!el) return;
    // While it holds the focus it stays a stop: taking its tabIndex away then dropped the focus to the page.
    const measure = () =>
      setScrolls((el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX)) || el.ownerDocument.activeElement === el);
    measure();
    el.addEventListener('blur', measure);
    if (typeof ResizeObserver === 'undefined') return () => el.removeEventListener('blur', measure);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      observer.disconnect();
      el.removeEventListener('blur', measure);
    };
  }, [el]);
  return [setEl, scrolls];
}

export function OptionsSlide({ ids, inputs }: { ids: readonly string[]; inputs: ChartInputs | null }) {
  const { t } = useTranslation('present');
  const { t: tv } = useTranslation('views');
  const headingId = useId();
  const [box, scrolls] = useScrollsSideways();
  const runOf = (id: string) => inputs?.runs.find((r) => r.id === id);
  const scenarios = useApp((s) => s.scenarios);
  const names = useApp(useShallow((s) => ids.map((id) => displayNameOf(s, id))));
  const baselineId = useApp((s) => s.baselineId);
  const baselineName = useApp((s) => displayNameOf(s, s.baselineId));
  const baseline = scenarios[baselineId];
  const options = ids.flatMap((id, k): OptionInput[] => (scenarios[id] ? [{ id, name: names[k]!, scenario: scenarios[id] }] : []));
  if (!baseline) return null;
  const table = optionsTable(
    options.map((o) => ({ ...o, scenario: runOf(o.id)?.result.scenario ?? o.scenario })),
    runOf(baselineId)?.result.scenario ?? baseline,
  );
  return (
    <>
      <h2 id={headingId} className="slide-headline">
        {t('optionsSlide.headline')}
      </h2>
      {/* Sideways within its own box on a phone, reachable by keyboard there (its arrows scroll it: Presentation). */}
      <div ref={box} className="slide-options-scroll" {...(scrolls ? { role: 'region', 'aria-labelledby': headingId, tabIndex: 0 } : {})}>
        <table className="slide-options-table" aria-labelledby={headingId} aria-describedby={`${headingId}-note`}>
          <thead>
            <tr>
              <td />
              {table.columns.map((c) => (
                <th key={c.id} scope="col">
                  {runOf(c.id) && <span className="swatch" style={{ background: runOf(c.id)!.color }} aria-hidden="true" />}
                  <bdi>{c.name}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{table.labels.budget}</th>
              {table.columns.map((c) => (
                <td key={c.id} className="option-budget">
                  {c.budget}
                </td>
              ))}
            </tr>
            {table.programmes.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                {table.columns.map((c) => (
                  <td key={c.id}>{c.shares ? c.shares[p.id] : '–'}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{table.labels.regions}</th>
              {table.columns.map((c) => (
                <td key={c.id}>{c.regions}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{interleave((m) => t('optionsSlide.others', { baseline: m.baseline! }), { baseline: <bdi>{baselineName}</bdi> })}</th>
              {table.columns.map((c) => (
                <td key={c.id} className="option-others">
                  {c.pairing && (
                    <span className="change-flag">
                      <strong>{tv('changes.notPaired')}</strong> {tv('changes.reason', { reason: c.pairing.replace(/^not paired with the baseline: /, '') })}
                    </span>
                  )}
                  {c.flags.map((flag) => (
                    <strong key={flag} className="change-flag">
                      {flag}
                    </strong>
                  ))}
                  {c.others.length === 0 ? (
                    !c.pairing && t('optionsSlide.none')
                  ) : (
                    <ul>
                      {c.others.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                      {c.more > 0 && <li className="option-more">{t('optionsSlide.more', { count: c.more, shown: formatPlain(c.more) })}</li>}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {/* Under the box, not its caption: a table that scrolls sideways on a phone took its caption along, cut off. */}
      <p id={`${headingId}-note`} className="slide-basis">
        {interleave((m) => t('optionsSlide.caption', { baseline: m.baseline! }), { baseline: <bdi>{baselineName}</bdi> })}
      </p>
    </>
  );
}
