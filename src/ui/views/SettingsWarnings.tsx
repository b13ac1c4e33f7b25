/**
 * The engine's warnings for one scenario's result (settings that keep a
 * programme from spending or lending), next to its headline so that a cost
 * per exit is never read without them; and, apart and in a quieter box, its
 * notes on how the costs are counted (capital still in the risk fund), which
 * every default scenario has and which are no fault in the settings. Each is
 * a named region with a heading and a list rather than a live region: the
 * wording's percentages move with every progressive result, and a screen
 * reader should not re-announce them each time.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { inSentence } from '../../state/displayName';
import { withNames } from '../sentence';

export interface SettingsWarningsProps {
  /** The scenario the warnings belong to. */
  name: string;
  warnings: readonly string[];
  /** Facts about how the costs are counted (capital still in the risk fund): shown apart, not as something to check. */
  costNotes?: readonly string[];
  /** Put the scenario's name in the region's name (several scenarios side by side: landmarks must differ). */
  named?: boolean;
}

export function SettingsWarnings({ name, warnings, costNotes = [], named = false }: SettingsWarningsProps) {
  const { t } = useTranslation('views');
  return (
    <>
      <Notice className="settings-warnings" heading={t('settingsWarnings.heading')} label={named ? t('settingsWarnings.named', { name: inSentence(name) }) : undefined} name={name} lines={warnings} />
      <Notice className="settings-notes" heading={t('settingsWarnings.costsHeading')} label={named ? t('settingsWarnings.costsNamed', { name: inSentence(name) }) : undefined} name={name} lines={costNotes} />
    </>
  );
}

function Notice({ className, heading, label, name, lines }: { className: string; heading: string; label: string | undefined; name: string; lines: readonly string[] }) {
  const headingId = useId();
  const { t } = useTranslation('views');
  if (lines.length === 0) return null;
  return (
    <section className={className} {...(label ? { 'aria-label': label } : { 'aria-labelledby': headingId })}>
      <h3 id={headingId}>{heading}</h3>
      <p>{withNames((n) => t('settingsWarnings.intro', { name: n }), name)}</p>
      <ul>
        {lines.map((w, k) => (
          <li key={k}>{w}</li>
        ))}
      </ul>
    </section>
  );
}
