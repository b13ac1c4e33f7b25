/** Picks the right field for a parameter's kind. */
import type { ArraySpec, Distribution, ParamSpec, RecordSpec, Scenario, ValidationIssue } from '../../engine/index';
import { ArrayField } from './ArrayField';
import { BooleanField, EnumField } from './ChoiceFields';
import type { ParamText } from './paramText';
import { RecordField, SharesField } from './SharesField';
import { UncertainNumberField } from './UncertaintyField';

interface Props {
  path: string;
  spec: ParamSpec;
  /** Its label, description, unit and source in the current language (paramText). */
  text: ParamText;
  value: unknown;
  yearOneBudgetPKR: number;
  onCommit(v: unknown): ValidationIssue[];
  /** For a number parameter that can be uncertain (of the policy or the world): its distribution, if any, and how to set it. */
  uncertainty?: Uncertain;
  /** For a record whose entries can each be uncertain (the engine says which): the same for the entry `key`. */
  entryUncertainty?: (key: string) => Uncertain | undefined;
}

/** An uncertain mark's state and its setter (UncertaintyToggle). */
export interface Uncertain {
  distribution: Distribution | undefined;
  onCommit(d: Distribution | null): ValidationIssue[];
  /** The scenario the mark is set in, as the store holds it: the toggle's refusal is said only beside the one it was refused in. */
  scenario: Scenario;
}

export function ParamField({ path, spec, text, value, yearOneBudgetPKR, onCommit, uncertainty, entryUncertainty }: Props) {
  switch (spec.kind) {
    case 'number':
      return (
        <UncertainNumberField path={path} spec={spec} text={text} value={value as number} onCommit={onCommit} uncertain={uncertainty} />
      );
    case 'boolean':
      return <BooleanField spec={spec} text={text} value={value as boolean} onCommit={onCommit} />;
    case 'enum':
      return <EnumField spec={spec} text={text} value={value as string} onCommit={onCommit} />;
    case 'array':
      return <ArrayField path={path} spec={spec as ArraySpec} text={text} value={value as number[]} onCommit={onCommit} />;
    case 'record': {
      const rec = spec as RecordSpec;
      const v = value as Record<string, number>;
      return rec.sumsToOne ? (
        <SharesField path={path} spec={rec} text={text} value={v} yearOneBudgetPKR={yearOneBudgetPKR} onCommit={onCommit} />
      ) : (
        <RecordField path={path} spec={rec} text={text} value={v} onCommit={onCommit} uncertainty={entryUncertainty} />
      );
    }
  }
}
