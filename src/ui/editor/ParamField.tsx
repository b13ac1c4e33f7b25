/** Picks the right field for a parameter's kind. */
import type { ArraySpec, ParamSpec, RecordSpec, ValidationIssue } from '../../engine/index';
import { ArrayField } from './ArrayField';
import { BooleanField, EnumField } from './ChoiceFields';
import { NumberField } from './NumberField';
import { RecordField, SharesField } from './SharesField';

interface Props {
  path: string;
  spec: ParamSpec;
  value: unknown;
  yearOneBudgetPKR: number;
  onCommit(v: unknown): ValidationIssue[];
}

export function ParamField({ path, spec, value, yearOneBudgetPKR, onCommit }: Props) {
  switch (spec.kind) {
    case 'number':
      return <NumberField path={path} spec={spec} value={value as number} onCommit={onCommit} />;
    case 'boolean':
      return <BooleanField spec={spec} value={value as boolean} onCommit={onCommit} />;
    case 'enum':
      return <EnumField spec={spec} value={value as string} onCommit={onCommit} />;
    case 'array':
      return <ArrayField path={path} spec={spec as ArraySpec} value={value as number[]} onCommit={onCommit} />;
    case 'record': {
      const rec = spec as RecordSpec;
      const v = value as Record<string, number>;
      return rec.sumsToOne ? (
        <SharesField path={path} spec={rec} value={v} yearOneBudgetPKR={yearOneBudgetPKR} onCommit={onCommit} />
      ) : (
        <RecordField path={path} spec={rec} value={v} onCommit={onCommit} />
      );
    }
  }
}
