import { useTranslation } from 'react-i18next';

/** A labelled checkbox for a chart's controls ("Show the status quo", "Zoom the axis to the lines"). */
export function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** The status quo's line on request, offered only when some scenario has one. */
export function StatusQuoToggle({ available, checked, onChange }: { available: boolean; checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation('charts');
  return available ? <Toggle label={t('toggle.statusQuo')} checked={checked} onChange={onChange} /> : null;
}
