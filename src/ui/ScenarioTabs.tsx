/**
 * Scenario tabs: pick the scenario to edit, tick up to four to compare, and
 * create (from a preset), duplicate, rename or delete scenarios.
 */
import { useState } from 'react';
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
      <div role="tablist" aria-label="Scenarios">
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
                  if (e.key === 'Enter') commitRename();
                  if (e.key === 'Escape') setRenaming(null);
                }}
                onBlur={commitRename}
              />
            ) : (
              <button type="button" role="tab" aria-selected={id === activeId} onClick={() => setActive(id)} onDoubleClick={() => (setRenaming(id), setDraft(names[k]!))}>
                {names[k]}
                {scenarios[id] && edited(scenarios[id], meta[id]) && (
                  <span className="edited-badge" title="Changed since it was given this name">
                    {' '}edited
                  </span>
                )}
              </button>
            )}
            {id !== baselineId && (
              <label className="compare-check" title="Show in the comparison">
                <input
                  type="checkbox"
                  checked={compareIds.includes(id)}
                  disabled={!compareIds.includes(id) && compareIds.length >= MAX_COMPARED}
                  onChange={() => toggleCompare(id)}
                  aria-label={`Compare ${names[k]}`}
                />
              </label>
            )}
          </div>
        ))}
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
