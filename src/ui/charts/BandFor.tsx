/**
 * Which scenario's bands a band chart shades: the dashboard's focus scenario
 * by default, switchable by the reader. One scenario's bands at a time keeps
 * five overlaid scenarios legible (see BandChart).
 */
import { useId } from 'react';
import { useRemembered } from '../memory';
import { useTranslation } from 'react-i18next';

type Run = { id: string; name: string };

/**
 * The scenario whose bands are shown: the reader's pick while it is among
 * `runs`, else `preferred` (the focus), else the first. A new `preferred`
 * (the reader moved to another scenario's tab) replaces an earlier pick.
 */
export function useBandFor<R extends Run>(runs: readonly R[], preferred: string | undefined): [R | undefined, (id: string) => void] {
  const [pick, setPick] = useRemembered<{ id: string; preferred: string | undefined } | null>('bandFor', null);
  const chosen = pick && pick.preferred === preferred ? pick.id : preferred;
  const run = runs.find((r) => r.id === chosen) ?? runs.find((r) => r.id === preferred) ?? runs[0];
  return [run, (id) => setPick({ id, preferred })];
}

/** The control: "Shading for [scenario]". Nothing when there is only one scenario to shade. */
export function BandForSelect({ runs, value, onChange }: { runs: readonly Run[]; value: string | undefined; onChange: (id: string) => void }) {
  const { t } = useTranslation('charts');
  const id = useId();
  if (runs.length < 2) return null;
  return (
    <span className="chart-band-for">
      <label htmlFor={id}>{t('band.shadingFor')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {runs.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </span>
  );
}
