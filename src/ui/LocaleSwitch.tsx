/**
 * The Language switch (English / اردو) and the scale large numbers are named
 * on (million and billion, or lakh and crore). Native selects: they are
 * keyboard- and screen-reader-friendly as they stand. The language switch is
 * named in both languages, and each language in itself, so a reader of either
 * can find theirs.
 */
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/languages';
import { NUMBER_SCALES, type NumberScale } from '../i18n/numbers';
import { useApp } from '../state/context';


export function LocaleSwitch() {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const setLanguage = useApp((s) => s.setLanguage);
  const scale = useApp((s) => s.numberScale);
  const setScale = useApp((s) => s.setNumberScale);
  return (
    <div className="locale-switch">
      <select
        id="language-switch"
        aria-label={t('language.switchName')}
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <select id="number-scale-switch" aria-label={t('numberScale.label')} value={scale} onChange={(e) => setScale(e.target.value as NumberScale)}>
        {NUMBER_SCALES.map((s) => (
          <option key={s} value={s}>
            {t(`numberScale.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
