/**
 * Scenario tabs: pick the scenario to edit, tick up to four to compare, and
 * create (from a preset), duplicate, rename or delete scenarios. The tabs
 * follow the WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home, End)
 * move between tabs and select; the compare checkboxes are a group of their
 * own beside the tab list, not inside it.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../state/context';
import { PRESETS } from '../state/presets';
import { MAX_COMPARED } from '../state/scenariosSlice';
import { edited, MAX_NAME_LENGTH } from '../state/naming';

export function ScenarioTabs() {
  const { order, scenarios, activeId, baselineId, compareIds, meta } = useApp(
    useShallow((s) => ({ order: s.order, scenarios: s.scenarios, activeId: s.activeId, baselineId: s.baselineId, compareIds: s.compareIds, meta: s.meta })),
  );
  const names = order.map((id) => scenarios[id]?.name ?? '');
  const { setActive, toggleCompare, createFromPreset, duplicate, rename, remove } = useApp(
    useShallow((s) => ({ setActive: s.setActive, toggleCompare: s.toggleCompare, createFromPreset: s.createFromPreset, duplicate: s.duplicate, rename: s.rename, remove: s.remove })),
  );
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [renameError, setRenameError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  /** Arrow keys, Home and End move to another tab and select it (automatic activation). */
  const onTabKey = (e: KeyboardEvent) => {
    const at = order.indexOf(activeId);
    const to =
      e.key === 'ArrowRight' ? (at + 1) % order.length
      : e.key === 'ArrowLeft' ? (at - 1 + order.length) % order.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? order.length - 1
      : -1;
    if (to < 0 || renaming) return;
    e.preventDefault();
    const id = order[to]!;
    setActive(id);
    tabRefs.current.get(id)?.focus();
  };

  const commitRename = () => {
    if (!renaming) return;
    const issues = rename(renaming, draft);
    if (issues.length > 0) {
      setRenameError(issues.map((i) => `Name ${i.message}`).join('; '));
      return;
    }
    setRenaming(null);
    setRenameError(null);
  };

  return (
    <div className="scenario-tabs">
      <div role="tablist" aria-label="Scenarios" onKeyDown={onTabKey}>
        {order.map((id, k) => (
          <div key={id} className={`tab${id === activeId ? ' tab-active' : ''}`}>
            {renaming === id ? (
              <input
                aria-label="Scenario name"
                maxLength={MAX_NAME_LENGTH}
                autoFocus
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  e.stopPropagation();
                  if (e.key === 'Enter') commitRename();
                  if (e.key === 'Escape') setRenaming(null);
                }}
                onBlur={commitRename}
              />
            ) : (
              <button
                type="button"
                role="tab"
                id={`tab-${id}`}
                ref={(el) => {
                  if (el) tabRefs.current.set(id, el);
                  else tabRefs.current.delete(id);
                }}
                aria-selected={id === activeId}
                tabIndex={id === activeId ? 0 : -1}
                onClick={() => setActive(id)}
                onDoubleClick={() => (setRenaming(id), setDraft(names[k]!))}
              >
                {names[k]}
                {scenarios[id] && edited(scenarios[id], meta[id]) && (
                  <span className="edited-badge" title="Changed since it was given this name">
                    {' '}edited
                  </span>
                )}
              </button>
            )}
          </div>
        ))}
      </div>
      <div className="compare-group" role="group" aria-label="Compare with the baseline">
        <span className="compare-label" aria-hidden="true">
          Compare:
        </span>
        {order.map((id, k) =>
          id === baselineId ? null : (
            <label key={id} className="compare-check" title="Show in the comparison">
              <input
                type="checkbox"
                checked={compareIds.includes(id)}
                disabled={!compareIds.includes(id) && compareIds.length >= MAX_COMPARED}
                onChange={() => toggleCompare(id)}
                aria-label={`Compare ${names[k]}`}
              />
              <span aria-hidden="true">{names[k]}</span>
            </label>
          ),
        )}
      </div>
      {renameError && <p role="alert">{renameError}</p>}
      <div className="tab-actions">
        <select aria-label="New scenario from preset" value="" onChange={(e) => e.target.value && createFromPreset(e.target.value)}>
          <option value="">New scenario…</option>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => duplicate(activeId)}>
          Duplicate
        </button>
        <button type="button" onClick={() => (setRenaming(activeId), setDraft(names[order.indexOf(activeId)] ?? ''))}>
          Rename
        </button>
        {confirmDelete ? (
          <span className="confirm" role="group" aria-label="Confirm delete">
            Delete “{names[order.indexOf(activeId)]}”?{' '}
            <button type="button" onClick={() => (remove(activeId), setConfirmDelete(false))}>
              Yes, delete
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" disabled={activeId === baselineId} onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        )}
      </div>
    </div>
  );
}
