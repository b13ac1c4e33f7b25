/**
 * Every assumption of the active scenario in one searchable table: its value
 * here (for an uncertain one, the distribution each replication draws it
 * from, and what its value set is for), the default, unit, allowed range,
 * source and how much to trust it.
 * For researchers checking what the numbers rest on; values are changed in
 * the levers panel.
 */
import { useMemo, type ReactNode } from 'react';
import { useRemembered } from '../memory';
import { useTranslation } from 'react-i18next';
import { groupPath, groupValues, SCENARIO_SPEC, type GroupId, type ParamSpec } from '../../engine/index';
import { useApp } from '../../state/context';
import { displayNameOf, inSentence } from '../../state/displayName';
import { formatPlain } from '../format';
import { GROUP_TITLES, allowedOption, logChangeText, defaultText, numberText, onOff, optionText, rangeText, recordText, scaleOf, shownNumber, toDisplay, withUnit } from '../editor/display';
import { interleave } from '../sentence';
import { message } from '../editor/labels';
import { paramText, type ParamText } from '../editor/paramText';
import { SourceTrust } from '../editor/ParamHelp';
import { drawnEntriesText, drawnText } from './uncertaintyChanges';

interface Row {
  path: string;
  group: GroupId;
  spec: ParamSpec;
  text: ParamText;
  value: unknown;
  /** How the runs take it when it is uncertain in this scenario (drawnText), else null. */
  drawn: string | null;
  /** For a record: how the runs take each of its uncertain entries (drawnEntriesText). */
  drawnEntries: string[];
  changed: boolean;
  /** What the row shows of its value (a record's entries by name: "Punjab 4%; Sindh 8%"), for the search. */
  shownValue: string;
}

/** A value in the editor's units; `shownUnit` is the unit as shown, in the current language. */
function valueText(spec: ParamSpec, value: unknown, shownUnit: string): string {
  const scale = scaleOf(spec);
  if (typeof value === 'number') {
    const text = withUnit(numberText(spec, toDisplay(value, scale)), shownUnit);
    return spec.kind === 'number' && spec.logChange ? `${text} (${logChangeText(spec.logChange, value)})` : text;
  }
  if (typeof value === 'boolean') return onOff(value);
  if (Array.isArray(value)) return withUnit(value.map((v: number) => shownNumber(toDisplay(v, scale))).join(message('params:format.list')), shownUnit);
  if (value && typeof value === 'object') return recordText(value as Record<string, number>, spec, shownUnit);
  return spec.kind === 'enum' ? optionText(String(value)) : String(value);
}

/** A parameter's path, free to wrap before each dot ("policy.microfinance<wbr>.diversionShare") and nowhere else. */
function pathBreaks(path: string): ReactNode[] {
  return path.split('.').flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, `.${part}`]));
}

/**
 * Text as the search compares it: in lower case, with spaces, hyphens, dashes, underscores and dots left out, so
 * "take up", "take-up", "takeup" and the path's "takeUp" all find Take-up.
 */
export const searchable = (text: string): string => text.toLowerCase().replace(/[\s\-_.\u2010-\u2015]+/g, '');

export function AssumptionsView() {
  const { t } = useTranslation('editor');
  const { t: tv } = useTranslation('views');
  const scenario = useApp((s) => s.scenarios[s.activeId]);
  const shownName = useApp((s) => displayNameOf(s, s.activeId));
  const [query, setQuery] = useRemembered('query', '');
  const [onlyOurs, setOnlyOurs] = useRemembered('onlyOurs', false);
  const rows = useMemo<Row[]>(() => {
    if (!scenario) return [];
    return (Object.keys(SCENARIO_SPEC) as GroupId[]).flatMap((group) =>
      Object.entries(SCENARIO_SPEC[group]).map(([key, raw]) => {
        const spec = raw as ParamSpec;
        const value = groupValues(scenario, group)[key];
        const path = `${groupPath(group)}.${key}`;
        const text = paramText(group, key);
        const drawnEntries = drawnEntriesText(scenario, path, spec, value, (entry, v) => valueText(entry, v, text.unit));
        const drawn = drawnText(scenario, path);
        const shownValue = [drawn ?? valueText(spec, value, text.unit), ...drawnEntries].join(' ');
        return { path, group, spec, text, value, drawn, drawnEntries, changed: JSON.stringify(value) !== JSON.stringify(spec.default), shownValue };
      }),
    );
  }, [scenario]);
  const q = searchable(query);
  const shown = rows.filter(
    (r) =>
      (!onlyOurs || r.spec.conf === 'A') &&
      // The value as shown too: a search for "Sindh" finds the records with a Sindh entry (the disaster rate), not
      // only rows whose source happens to name it.
      (q === '' || [r.path, r.text.label, r.text.description, r.text.source, GROUP_TITLES[r.group], r.shownValue].some((t) => searchable(t).includes(q))),
  );
  if (!scenario) return null;
  return (
    <section className="assumptions" aria-label={t('assumptions.ariaLabel')}>
      <h2>{interleave((m) => t('assumptions.title', { name: m.name! }), { name: <bdi>{shownName}</bdi> })}</h2>
      <div className="assumption-filters">
        <label>
          {t('assumptions.search')} <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('assumptions.searchPlaceholder')} />
        </label>
        <label>
          <input type="checkbox" checked={onlyOurs} onChange={(e) => setOnlyOurs(e.target.checked)} /> {t('assumptions.onlyOurs')}
        </label>
        <span className="empty-note" role="status">
          {shown.length === 0 && q !== ''
            ? t('assumptions.noMatch', { query: inSentence(query.trim()), total: formatPlain(rows.length) })
            : t('assumptions.count', { shown: formatPlain(shown.length), total: formatPlain(rows.length) })}
        </span>
      </div>
      {/* Where its box is narrow (a phone), each row stands as a block, each value after its column's name (data-column,
          tables.css); a table still, it would scroll sideways inside its own box, not the page. Its parts say what they
          are (role): laid out as blocks, a table had lost its rows and cells to Safari's VoiceOver, which takes a part's
          role from its display, and with them the column each value is in (the names before the values are not read). */}
      <div className="ranking" role="region" aria-label={t('assumptions.tableLabel')} tabIndex={0}>
        <table role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('assumptions.parameter')}</th>
              <th scope="col" role="columnheader">{t('assumptions.thisScenario')}</th>
              <th scope="col" role="columnheader" className="assumption-default">{t('assumptions.default')}</th>
              <th scope="col" role="columnheader" className="assumption-allowed">{t('assumptions.allowed')}</th>
              <th scope="col" role="columnheader">{t('assumptions.source')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {shown.map((r) => (
              <tr key={r.path} role="row" className={r.changed ? 'changed' : undefined}>
                <th scope="row" role="rowheader">
                  {r.text.label}
                  <br />
                  <code className="unit" dir="ltr">{pathBreaks(r.path)}</code>
                </th>
                <td role="cell" data-column={t('assumptions.thisScenario')}>
                  {r.drawn ? (
                    // Uncertain here: the runs draw it, so how is what the column must say; the value set is for sensitivity.
                    <>
                      <span className="assumption-drawn">{r.drawn}</span>
                      <span className="assumption-drawn-value">{tv('changes.drawnValue', { value: valueText(r.spec, r.value, r.text.unit) })}</span>
                    </>
                  ) : (
                    valueText(r.spec, r.value, r.text.unit)
                  )}
                  {/* A record's uncertain entries: the runs draw each, so the values above are not all they use. */}
                  {r.drawnEntries.map((line) => (
                    <span key={line} className="assumption-drawn">
                      {line}
                    </span>
                  ))}
                  {r.changed && <span className="changed-mark">{t('assumptions.changed')}</span>}
                  {r.changed && <span className="default-inline">{t('assumptions.defaultWas', { value: defaultText(r.spec, r.text.unit) })}</span>}
                </td>
                <td role="cell" className="assumption-default" data-column={t('assumptions.default')}>{defaultText(r.spec, r.text.unit)}</td>
                <td role="cell" className="assumption-allowed" data-column={t('assumptions.allowed')}>{rangeText(r.spec, r.text.unit) || (r.spec.kind === 'enum' ? r.spec.options.map(allowedOption).join(message('params:format.list')) : t('assumptions.onOrOff'))}</td>
                <td role="cell" data-column={t('assumptions.source')}>
                  <SourceTrust spec={r.spec} source={r.text.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
