/**
 * Scenario tabs: pick the scenario to edit, tick up to four to compare, and
 * create (from a preset), duplicate, rename or delete scenarios. The tabs
 * follow the WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home, End)
 * move between tabs and select; the compare checkboxes are a group of their
 * own beside the tab list, not inside it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../state/context';
import { displayName, inSentence } from '../state/displayName';
import { NewScenarioMenu } from './NewScenarioMenu';
import { useCloseOnLeave } from './closeOnLeave';
import { MAX_COMPARED } from '../state/scenariosSlice';
import { edited, MAX_NAME_LENGTH } from '../state/naming';
import { withNames } from './sentence';
import { issueMessage } from './editor/issues';
import { stripBidi } from '../i18n/bidi';
import { formatPlain } from './format';

/** A name this close to MAX_NAME_LENGTH shows its length. */
const NAME_LENGTH_SHOWN = 15;

export function ScenarioTabs() {
  const { order, scenarios, activeId, baselineId, compareIds, meta } = useApp(
    useShallow((s) => ({ order: s.order, scenarios: s.scenarios, activeId: s.activeId, baselineId: s.baselineId, compareIds: s.compareIds, meta: s.meta })),
  );
  // As shown (a generated name in the reader's language); a rename starts from this text.
  const names = order.map((id) => (scenarios[id] ? displayName(scenarios[id], meta[id]) : ''));
  const { t } = useTranslation();
  const { setActive, toggleCompare, createFromPreset, duplicate, rename, remove } = useApp(
    useShallow((s) => ({ setActive: s.setActive, toggleCompare: s.toggleCompare, createFromPreset: s.createFromPreset, duplicate: s.duplicate, rename: s.rename, remove: s.remove })),
  );
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [renameError, setRenameError] = useState<string | null>(null);
  // The scenario whose deletion is being asked about; the question goes if another tab is chosen meanwhile.
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  // Dropped, not only hidden, once another tab is chosen: it came back unasked on a return to its tab.
  if (confirmDelete !== null && confirmDelete !== activeId) setConfirmDelete(null);
  const asking = confirmDelete !== null;
  const fullNoteId = useId();
  const questionId = useId();
  const lengthId = useId();
  // A name near its limit says how long it is, and at the limit that it can be no longer: typing (or pasting) past it
  // had been cut off with nothing said ("…backward regions first (R").
  const nameLength = renaming !== null && draft.length >= MAX_NAME_LENGTH - NAME_LENGTH_SHOWN ? draft.length : null;
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const deleteButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the buttons it goes to are rendered: never left on <body> when the one focused goes.
  const focusNext = useRef<'keep' | 'delete' | 'tab' | null>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    if (next === 'keep') keepButton.current?.focus();
    else if (next === 'delete') deleteButton.current?.focus();
    else (tabRefs.current.get(activeId) ?? deleteButton.current)?.focus();
  });
  const ask = () => ((focusNext.current = 'keep'), setConfirmDelete(activeId));
  const keep = () => ((focusNext.current = 'delete'), setConfirmDelete(null));
  // A non-modal alert dialog closes, keeping the scenario, when focus leaves it (Tab, a click elsewhere): left open, it
  // stood asking with Escape no longer reaching it. Not a trap: it sits in the tab row, the page around it is not made
  // inert, and a reader who moves on has declined. Focus stays where it went.
  const confirmBox = useRef<HTMLSpanElement>(null);
  useCloseOnLeave(asking, [confirmBox], () => setConfirmDelete(null));
  const yesDelete = () => {
    focusNext.current = 'tab';
    remove(confirmDelete!);
    setConfirmDelete(null);
  };

  /**
   * Arrow keys, Home and End move to another tab and select it (automatic activation), from the tab focused: a name
   * box left by Tab for another scenario's button leaves focus on a tab other than the one selected.
   */
  const onTabKey = (e: KeyboardEvent) => {
    const focused = order.findIndex((id) => tabRefs.current.get(id) === e.target);
    const at = focused >= 0 ? focused : order.indexOf(activeId);
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

  /** True when the name was taken (or left as it was): the box is gone. */
  const commitRename = (): boolean => {
    if (!renaming) return false;
    // A name shown translated and left as it was is not renamed: it stays generated (and stored in English).
    const shown = stripBidi(names[order.indexOf(renaming)] ?? '');
    if (draft === shown && shown !== scenarios[renaming]?.name) {
      setRenaming(null);
      setRenameError(null);
      return true;
    }
    const issues = rename(renaming, draft);
    if (issues.length > 0) {
      setRenameError(issues.map((i) => t('tabs.nameIssue', { message: issueMessage(i) })).join(t('tabs.issueSeparator')));
      return false;
    }
    setRenaming(null);
    setRenameError(null);
    return true;
  };

  return (
    <div className="scenario-tabs">
      {/* While a name is edited the list is a group of buttons and the box: a tab list may hold only tabs (axe's
          aria-required-children), and arrow keys do not move between tabs then anyway (onTabKey). Each button is
          then a tab stop of its own, as buttons are: the tabs' one stop, on the box, had left the other scenarios
          out of the keyboard's reach. */}
      <div role={renaming ? 'group' : 'tablist'} aria-label={t('tabs.listLabel')} onKeyDown={onTabKey}>
        {order.map((id, k) => (
          <div key={id} className={`tab${id === activeId ? ' tab-active' : ''}`}>
            {renaming === id ? (
              <input
                aria-label={t('tabs.nameLabel')}
                aria-describedby={nameLength !== null ? lengthId : undefined}
                maxLength={MAX_NAME_LENGTH}
                autoFocus
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  e.stopPropagation();
                  // Done by key: focus goes back to the tab (it was left on <body> when the box went).
                  if (e.key === 'Enter' && commitRename()) focusNext.current = 'tab';
                  // Cancelled: the name stays as it was, and so does nothing said about the draft.
                  if (e.key === 'Escape') {
                    focusNext.current = 'tab';
                    setRenaming(null);
                    setRenameError(null);
                  }
                }}
                onBlur={() => commitRename()}
              />
            ) : (
              <button
                type="button"
                role={renaming ? undefined : 'tab'}
                id={`tab-${id}`}
                ref={(el) => {
                  if (el) tabRefs.current.set(id, el);
                  else tabRefs.current.delete(id);
                }}
                aria-selected={renaming ? undefined : id === activeId}
                tabIndex={renaming || id === activeId ? 0 : -1}
                onClick={() => setActive(id)}
                onDoubleClick={() => (setRenaming(id), setDraft(stripBidi(names[k]!)))}
              >
                <bdi>{names[k]}</bdi>
                {scenarios[id] && edited(scenarios[id], meta[id]) && (
                  <span className="edited-badge" title={t('tabs.editedTitle')}>
                    {' '}{t('tabs.edited')}
                  </span>
                )}
              </button>
            )}
          </div>
        ))}
      </div>
      <div className="compare-group" role="group" aria-label={t('tabs.compareGroup')}>
        <span className="compare-label" aria-hidden="true">
          {t('tabs.compareLabel')}
        </span>
        {order.map((id, k) => {
          if (id === baselineId) return null;
          const full = !compareIds.includes(id) && compareIds.length >= MAX_COMPARED;
          return (
            <label key={id} className="compare-check" title={full ? t('tabs.compareFull', { max: MAX_COMPARED }) : t('tabs.compareTitle')}>
              <input
                type="checkbox"
                checked={compareIds.includes(id)}
                disabled={full}
                onChange={() => toggleCompare(id)}
                aria-label={t('tabs.compareOne', { name: inSentence(names[k]!) })}
                aria-describedby={full ? fullNoteId : undefined}
              />
              <bdi aria-hidden="true">{names[k]}</bdi>
            </label>
          );
        })}
        {/* Why a box cannot be ticked: said beside them, not only in a tooltip a disabled box may not show. */}
        {order.some((id) => id !== baselineId && !compareIds.includes(id)) && compareIds.length >= MAX_COMPARED && (
          <span id={fullNoteId} className="compare-full">
            {t('tabs.compareFull', { max: MAX_COMPARED })}
          </span>
        )}
      </div>
      {nameLength !== null && (
        <p id={lengthId} className="name-length">
          {nameLength >= MAX_NAME_LENGTH
            ? t('tabs.nameFull', { max: formatPlain(MAX_NAME_LENGTH) })
            : t('tabs.nameLength', { n: formatPlain(nameLength), max: formatPlain(MAX_NAME_LENGTH) })}
        </p>
      )}
      {/* In the page for as long as a name is edited, so that a screen reader announces the limit when it is reached
          (a live region added with its text may go unsaid). */}
      {renaming !== null && (
        <span role="status" className="visually-hidden">
          {nameLength !== null && nameLength >= MAX_NAME_LENGTH ? t('tabs.nameFull', { max: formatPlain(MAX_NAME_LENGTH) }) : ''}
        </span>
      )}
      {renameError && <p role="alert">{renameError}</p>}
      <div className="tab-actions">
        <NewScenarioMenu onChoose={createFromPreset} />
        <button type="button" onClick={() => duplicate(activeId)}>
          {t('tabs.duplicate')}
        </button>
        <button type="button" onClick={() => (setRenaming(activeId), setDraft(stripBidi(names[order.indexOf(activeId)] ?? '')))}>
          {t('tabs.rename')}
        </button>
        {asking ? (
          // A non-modal alert dialog: its question is its name, read out as focus moves into it, on "Keep" (the
          // safe choice). Escape keeps the scenario; focus returns to Delete, or after deleting goes to the tab
          // now selected. Focus leaving it keeps the scenario too (confirmBox).
          <span
            ref={confirmBox}
            className="confirm"
            role="alertdialog"
            aria-labelledby={questionId}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                keep();
              }
            }}
          >
            <span id={questionId}>{withNames((name) => t('tabs.deleteQuestion', { name }), names[order.indexOf(activeId)] ?? '')}</span>{' '}
            <button type="button" onClick={yesDelete}>
              {t('tabs.yesDelete')}
            </button>
            <button type="button" ref={keepButton} onClick={keep}>
              {t('tabs.keep')}
            </button>
          </span>
        ) : (
          <button type="button" ref={deleteButton} disabled={activeId === baselineId} onClick={ask}>
            {t('tabs.delete')}
          </button>
        )}
      </div>
    </div>
  );
}
