/**
 * Groups of programmes or of regions with a minimum and/or maximum on their
 * sum ("at least 40% to backward regions"): each with its name, its members
 * as checkboxes, its bounds and Remove; buttons add the ready-made backward
 * regions group, an empty group of programmes or one of regions. Groups of
 * regions apply only when regions are optimised too (they are kept, greyed,
 * otherwise).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMMES, REGIONS, type OptimiseConstraints, type ShareGroup, type ValidationIssue } from '../../../engine/index';
import { keyLabel } from '../../editor/labels';
import { FieldIssues } from '../../editor/ParamHelp';
import { formatPlain } from '../../format';
import { BoundInput } from './BoundInput';
import { PERCENT } from './BoundsTable';
import { BACKWARD_MIN, BACKWARD_REGIONS, addGroup, groupWithBound, groupWithMember, withGroup, withoutGroup } from './constraintsDraft';
import { issuesAt, issuesUnder } from './issues';

interface Props {
  constraints: OptimiseConstraints;
  onChange(next: OptimiseConstraints): void;
  issues: readonly ValidationIssue[];
  regions: boolean;
}

/** The group with its name typed, or none when the box is emptied (a name is optional in the file). */
function named(group: ShareGroup, name: string): ShareGroup {
  const { name: _, ...rest } = group;
  return name ? { ...rest, name } : rest;
}

function GroupFields({ group, index, onChange, onRemove, issues, regions }: {
  group: ShareGroup; index: number; onChange(g: ShareGroup): void; onRemove(): void; issues: readonly ValidationIssue[]; regions: boolean;
}) {
  const { t } = useTranslation('optimise');
  const id = useId();
  const ofRegions = group.regions !== undefined;
  const disabled = ofRegions && !regions;
  const order: readonly string[] = ofRegions ? REGIONS : PROGRAMMES;
  const members = new Set<string>(group.regions ?? group.programmes ?? []);
  const at = `groups[${index}]`;
  const number = formatPlain(index + 1);
  const title = group.name ? t('groups.titleNamed', { number, name: group.name }) : t(ofRegions ? 'groups.titleRegions' : 'groups.titleProgrammes', { number });
  return (
    <fieldset className="opt-group" disabled={disabled}>
      <legend>
        <bdi>{title}</bdi>
      </legend>
      {disabled && <p className="opt-note">{t('groups.regionsOff')}</p>}
      <div className="field opt-group-name">
        <label htmlFor={`${id}-name`}>{t('groups.name')}</label>
        <input id={`${id}-name`} value={group.name ?? ''} onChange={(e) => onChange(named(group, e.target.value))} />
      </div>
      <fieldset className="opt-members">
        <legend>{t(ofRegions ? 'groups.regions' : 'groups.programmes')}</legend>
        {order.map((m) => (
          <label key={m} className="opt-member">
            <input type="checkbox" checked={members.has(m)} onChange={(e) => onChange(groupWithMember(group, m, e.target.checked, order))} /> {keyLabel(m)}
          </label>
        ))}
        <FieldIssues messages={issuesUnder(issues, `${at}.${ofRegions ? 'regions' : 'programmes'}`)} />
      </fieldset>
      <div className="opt-group-bounds">
        {(['min', 'max'] as const).map((side) => (
          <BoundInput
            key={side}
            visibleLabel
            label={t(side === 'min' ? 'groups.min' : 'groups.max')}
            value={group[side]}
            unit={PERCENT}
            issues={issuesAt(issues, `${at}.${side}`)}
            onCommit={(v) => onChange(groupWithBound(group, side, v))}
          />
        ))}
      </div>
      <FieldIssues messages={[...issuesAt(issues, at), ...issuesAt(issues, `${at}.name`)]} />
      <button type="button" className="opt-remove" onClick={onRemove}>
        {t('groups.remove', { title })}
      </button>
    </fieldset>
  );
}

export function GroupsEditor({ constraints, onChange, issues, regions }: Props) {
  const { t } = useTranslation('optimise');
  const add = (g: ShareGroup) => onChange(addGroup(constraints, g));
  return (
    <div className="opt-groups">
      <h3>{t('groups.heading')}</h3>
      <p className="opt-note">{t('groups.help')}</p>
      {constraints.groups.map((g, k) => (
        <GroupFields
          key={k}
          group={g}
          index={k}
          regions={regions}
          issues={issues}
          onChange={(next) => onChange(withGroup(constraints, k, next))}
          onRemove={() => onChange(withoutGroup(constraints, k))}
        />
      ))}
      <div className="opt-buttons">
        <button type="button" onClick={() => add({ name: t('groups.backwardName'), regions: [...BACKWARD_REGIONS], min: BACKWARD_MIN })}>
          {t('groups.addBackward')}
        </button>
        <button type="button" onClick={() => add({ programmes: [] })}>
          {t('groups.addProgrammes')}
        </button>
        <button type="button" onClick={() => add({ regions: [] })}>
          {t('groups.addRegions')}
        </button>
      </div>
    </div>
  );
}
