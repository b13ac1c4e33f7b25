/**
 * The engine's warnings for one scenario's result (settings that keep a
 * programme from spending or lending), next to its headline so that a cost
 * per exit is never read without them. A named region with a heading and a
 * list rather than a live region: the wording's percentages move with every
 * progressive result, and a screen reader should not re-announce them each time.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { inSentence } from '../../state/displayName';
import { withNames } from '../sentence';

export interface SettingsWarningsProps {
  /** The scenario the warnings belong to. */
  name: string;
  warnings: readonly string[];
  /** Put the scenario's name in the region's name (several scenarios side by side: landmarks must differ). */
  named?: boolean;
}

export function SettingsWarnings({ name, warnings, named = false }: SettingsWarningsProps) {
  const headingId = useId();
  const { t } = useTranslation('views');
  if (warnings.length === 0) return null;
  return (
    <section className="settings-warnings" {...(named ? { 'aria-label': t('settingsWarnings.named', { name: inSentence(name) }) } : { 'aria-labelledby': headingId })}>
      <h3 id={headingId}>{t('settingsWarnings.heading')}</h3>
      <p>{withNames((n) => t('settingsWarnings.intro', { name: n }), name)}</p>
      <ul>
        {warnings.map((w, k) => (
          <li key={k}>{w}</li>
        ))}
      </ul>
    </section>
  );
}
