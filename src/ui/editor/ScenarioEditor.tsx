/**
 * Every parameter of the active scenario, in collapsible groups ordered the
 * way a planner thinks. Each group and the whole scenario can be reset.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupPath, groupValues, SCENARIO_SPEC, uncertainSpec, type GroupId, type ParamSpec } from '../../engine/index';
import { useApp } from '../../state/context';
import { phoneWidth } from '../../state/uiSlice';
import { displayNameOf } from '../../state/displayName';
import { GROUP_TITLES, onOff } from './display';
import { MemoryScope } from '../memory';
import { interleave } from '../sentence';
import { elsewhereText } from './issues';
import { message, OPTION_LABELS } from './labels';
import { ParamField } from './ParamField';
import { paramText } from './paramText';
import { HouseholdsSection } from '../households/HouseholdsSection';
import { CoverageNote } from '../households/CoverageNote';
import { useFocusHandoff } from '../focusHandoff';
import { holdHelpDuringPress } from './helpHold';

export function ScenarioEditor() {
  const { t } = useTranslation('editor');
  const id = useApp((s) => s.activeId);
  const scenario = useApp((s) => s.scenarios[s.activeId]);
  const shownName = useApp((s) => displayNameOf(s, s.activeId));
  const openGroups = useApp((s) => s.openGroups);
  const toggleGroup = useApp((s) => s.toggleGroup);
  const setParam = useApp((s) => s.setParam);
  const setUncertainty = useApp((s) => s.setUncertainty);
  const replaceScenario = useApp((s) => s.replaceScenario);
  const resetGroup = useApp((s) => s.resetGroup);
  const resetScenario = useApp((s) => s.resetScenario);
  const undoReset = useApp((s) => s.undoReset);
  const lastReset = useApp((s) => s.lastReset);
  const [resetRefused, setResetRefused] = useState<{ group: GroupId; message: string } | null>(null);
  // Undo takes its note, and the focused Undo button, away: focus goes back to the reset button that made the note
  // (the scenario's, or the group's), not to <body>, where a keyboard would start again from the top of the page.
  const aside = useRef<HTMLElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  const resetFrom = useRef<GroupId | undefined>(undefined);
  if (lastReset) resetFrom.current = lastReset.group;
  useFocusHandoff(lastReset, note, () =>
    aside.current?.querySelector<HTMLElement>(resetFrom.current ? `.reset-group[data-group="${resetFrom.current}"]` : '.reset-scenario'),
  );
  // On a phone the levers come above the results: they start folded away, under their heading (styles.css),
  // and fold away again whenever the window narrows to a phone's width. Wider, they can be folded to a strip
  // beside the results (to give the side-by-side columns the width). Widening from a phone opens them again
  // only if it was the phone's width that folded them: a fold the user chose stays.
  const shown = useApp((s) => s.leversShown);
  const setShown = useApp((s) => s.setLeversShown);
  const foldedForPhone = useRef(!shown && phoneWidth()?.matches === true);
  useEffect(() => {
    const query = phoneWidth();
    if (!query || typeof query.addEventListener !== 'function') return;
    const resized = (e: MediaQueryListEvent) => {
      if (e.matches && shown) {
        foldedForPhone.current = true;
        setShown(false);
      } else if (!e.matches && foldedForPhone.current) {
        foldedForPhone.current = false;
        setShown(true);
      }
    };
    query.addEventListener('change', resized);
    return () => query.removeEventListener('change', resized);
  }, [shown, setShown]);
  // A press keeps the focused field's help where it is until its click lands (helpHold.ts).
  useEffect(() => holdHelpDuringPress(document), []);
  const toggle = () => {
    foldedForPhone.current = false;
    setShown(!shown);
  };
  if (!scenario) return null;
  /** Every mark in `paths` removed at once (one validation, one run). */
  const removeUncertainty = (paths: readonly string[]) =>
    replaceScenario(id, { ...scenario, uncertainty: Object.fromEntries(Object.entries(scenario.uncertainty).filter(([p]) => !paths.includes(p))) });
  const reset = (group: GroupId) => {
    const issues = resetGroup(id, group);
    setResetRefused(
      // Each field named as the levers name it, its numbers as the levers show them (elsewhereText): its path in the
      // scenario file had put English into the Urdu message.
      issues.length === 0 ? null : { group, message: t('editor.resetRefused', { issues: issues.map(elsewhereText).join(message('params:format.parts')) }) },
    );
  };
  const yearOne = (scenario.policy.budget.annualBn[0] ?? 0) * 1e9;
  // What was reset, with its Undo: a whole reset under the buttons at the top, a group's under its reset button
  // (where the click was; the group is open, since its button was clicked).
  const resetNote = lastReset?.id === id && (
    <p ref={note} className="reset-note" role="status">
      {lastReset.group ? t('editor.resetGroupDone', { group: GROUP_TITLES[lastReset.group] }) : t('editor.resetDone')}{' '}
      <button type="button" onClick={undoReset}>
        {t('editor.undo')}
      </button>
    </p>
  );
  return (
    <aside ref={aside} className={shown ? 'editor' : 'editor levers-folded'} aria-label={t('editor.ariaLabel')}>
      <div className="editor-head">
        <h2>
          {interleave((m) => t('editor.title', { name: m.name! }), { name: <bdi>{shownName}</bdi> })}
        </h2>
        <button type="button" className="reset-scenario" onClick={() => resetScenario(id)} title={t('editor.resetScenarioTitle')}>
          {t('editor.resetScenario')}
        </button>
        <button type="button" className="levers-toggle" aria-expanded={shown} aria-controls="levers-body" onClick={toggle}>
          {shown ? t('editor.hideLevers') : t('editor.showLevers')}
        </button>
      </div>
      <div id="levers-body" className="levers-body">
        {lastReset?.id === id && !lastReset.group && resetNote}
        {(Object.keys(SCENARIO_SPEC) as GroupId[]).map((group) => {
          const open = openGroups.includes(group);
          const values = groupValues(scenario, group);
          const section = (
            <section key={group} className="group">
              <h3>
                <button type="button" aria-expanded={open} onClick={() => toggleGroup(group)}>
                  {GROUP_TITLES[group]}
                </button>
              </h3>
              {open && (
                <div className="group-body">
                  {Object.entries(SCENARIO_SPEC[group]).map(([key, spec]) => {
                    const path = `${groupPath(group)}.${key}`;
                    // Number parameters of the policy and the world can be marked uncertain (the engine says which).
                    const uncertain = (at: string) =>
                      uncertainSpec(at) ? { distribution: scenario.uncertainty[at], onCommit: (d: Parameters<typeof setUncertainty>[2]) => setUncertainty(id, at, d), scenario } : undefined;
                    const uncertainty = uncertain(path);
                    // So can each entry of a record of independent numbers ("world.shocks.disasterAnnualProb.sindh").
                    const entryUncertainty = (entry: string) => uncertain(`${path}.${entry}`);
                    // What is marked uncertain here: the parameter, or entries of the record.
                    const marked = Object.keys(scenario.uncertainty).filter((p) => p === path || p.startsWith(`${path}.`));
                    // In the scenario's own scope, where its fields remember a value typed and refused (NumberField), so that it outlives a change of language.
                    const field = (
                      <MemoryScope key={`${id}.${group}.${key}`} name={`levers/${id}`}>
                        <ParamField
                          path={path}
                          spec={spec as ParamSpec}
                          text={paramText(group, key)}
                          value={values[key]}
                          yearOneBudgetPKR={yearOne}
                          onCommit={(v) => setParam(id, group, key, v)}
                          uncertainty={uncertainty}
                          entryUncertainty={entryUncertainty}
                        />
                      </MemoryScope>
                    );
                    // More replications than the household data has rows for: said where they are set.
                    if (path === 'run.replications') return [field, <CoverageNote key={`${id}.coverage`} id={id} />];
                    const unused = unusedNote(group, spec as ParamSpec, values);
                    // Not read by the model with the current settings: greyed out and disabled, with the reason.
                    return unused === null ? field : (
                      <div key={`${id}.${group}.${key}`} className="field-unused">
                        <fieldset disabled aria-describedby={`${id}.${group}.${key}.unused`}>
                          {field}
                        </fieldset>
                        <p id={`${id}.${group}.${key}.unused`} className="unused-note">
                          {unused}
                          {marked.length > 0 && (
                            // Marked uncertain before it fell out of use: its own toggle is disabled with it, so the mark is removed here
                            // (from every entry of a record marked so).
                            <>
                              {' '}
                              <button type="button" onClick={() => removeUncertainty(marked)}>
                                {t('editor.unusedUncertain')}
                              </button>
                            </>
                          )}
                        </p>
                      </div>
                    );
                  })}
                  <button type="button" className="reset-group" data-group={group} onClick={() => reset(group)}>
                    {t('editor.resetGroup', { group: GROUP_TITLES[group] })}
                  </button>
                  {resetRefused?.group === group && (
                    <p role="alert" className="field-issues">
                      {resetRefused.message}
                    </p>
                  )}
                  {lastReset?.id === id && lastReset.group === group && resetNote}
                </div>
              )}
            </section>
          );
          // Which households the population settings and the sample size apply to, just before them.
          return group === 'population' ? [<HouseholdsSection key="households" />, section] : section;
        })}
      </div>
    </aside>
  );
}

/** Why the model does not read a parameter under the group's current values (spec onlyWhen), or null if it does. */
function unusedNote(group: GroupId, spec: ParamSpec, values: Record<string, unknown>): string | null {
  const cond = spec.onlyWhen;
  if (!cond || cond.is.includes(values[cond.key] as string | boolean)) return null;
  const name = (v: string | boolean) => (typeof v === 'boolean' ? onOff(v) : OPTION_LABELS[v] ?? v);
  return message('editor:editor.onlyWhen', {
    setting: paramText(group, cond.key).label,
    values: cond.is.map(name).join(message('editor:editor.onlyWhenOr')),
  });
}
