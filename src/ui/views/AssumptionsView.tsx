/**
 * Every assumption of the active scenario in one searchable table: its value
 * here, the default, unit, allowed range, source and how much to trust it.
 * For researchers checking what the numbers rest on; values are changed in
 * the levers panel.
 */
import { useMemo, useState } from 'react';
import { groupPath, groupValues, SCENARIO_SPEC, type GroupId, type ParamSpec } from '../../engine/index';
import { useApp } from '../../state/context';
import { CONFIDENCE_LABELS, GROUP_TITLES, defaultText, rangeText, scaleOf, toDisplay } from '../editor/display';
import { keyLabel } from '../editor/labels';

interface Row {
  path: string;
  group: GroupId;
  spec: ParamSpec;
  value: unknown;
  changed: boolean;
}

function valueText(spec: ParamSpec, value: unknown): string {
  const scale = scaleOf(spec);
  const unit = scale.unit ? ` ${scale.unit}` : '';
  if (typeof value === 'number') return `${toDisplay(value, scale).toLocaleString('en-US')}${unit}`;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return `${value.map((v: number) => toDisplay(v, scale).toLocaleString('en-US')).join(', ')}${unit}`;
  if (value && typeof value === 'object')
    return Object.entries(value as Record<string, number>).map(([k, v]) => `${keyLabel(k)} ${toDisplay(v, scale)}`).join('; ') + unit;
  return String(value);
}

export function AssumptionsView() {
  const scenario = useApp((s) => s.scenarios[s.activeId]);
  const [query, setQuery] = useState('');
  const [onlyOurs, setOnlyOurs] = useState(false);
  const rows = useMemo<Row[]>(() => {
    if (!scenario) return [];
    return (Object.keys(SCENARIO_SPEC) as GroupId[]).flatMap((group) =>
      Object.entries(SCENARIO_SPEC[group]).map(([key, raw]) => {
        const spec = raw as ParamSpec;
        const value = groupValues(scenario, group)[key];
        return { path: `${groupPath(group)}.${key}`, group, spec, value, changed: JSON.stringify(value) !== JSON.stringify(spec.default) };
      }),
    );
  }, [scenario]);
  const q = query.trim().toLowerCase();
  const shown = rows.filter(
    (r) =>
      (!onlyOurs || r.spec.conf === 'A') &&
      (q === '' || [r.path, r.spec.label, r.spec.description, r.spec.source, GROUP_TITLES[r.group]].some((t) => t.toLowerCase().includes(q))),
  );
  if (!scenario) return null;
  return (
    <section className="assumptions" aria-label="Assumptions">
      <h2>Assumptions behind “{scenario.name}”</h2>
      <div className="assumption-filters">
        <label>
          Search <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. flood, PMT, interest" />
        </label>
        <label>
          <input type="checkbox" checked={onlyOurs} onChange={(e) => setOnlyOurs(e.target.checked)} /> only our assumptions (no source found)
        </label>
        <span className="empty-note">
          {shown.length} of {rows.length} parameters
        </span>
      </div>
      {/* Scrolls sideways inside its own box on a narrow screen, not the page. */}
      <div className="ranking" role="region" aria-label="Parameters" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">This scenario</th>
              <th scope="col">Default</th>
              <th scope="col">Allowed</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.path} className={r.changed ? 'changed' : undefined}>
                <th scope="row">
                  {r.spec.label}
                  <br />
                  <code className="unit">{r.path}</code>
                </th>
                <td>
                  {valueText(r.spec, r.value)}
                  {r.changed && <span className="changed-mark"> (changed)</span>}
                </td>
                <td>{defaultText(r.spec)}</td>
                <td>{rangeText(r.spec) || (r.spec.kind === 'enum' ? r.spec.options.join(', ') : 'on or off')}</td>
                <td>
                  {r.spec.source} <span className={`conf conf-${r.spec.conf}`}>({CONFIDENCE_LABELS[r.spec.conf]})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
