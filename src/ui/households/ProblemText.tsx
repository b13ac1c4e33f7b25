/**
 * What is wrong with an imported file, its header, a row or a cell, said in
 * the page's language from the parser's RowProblem. The file's own text (a
 * cell as written, a household id, a column name) and the format's names
 * are shown as the parser quotes them, each in a left-to-right <code> of its
 * own, so that an Urdu sentence keeps its order around them; counts and line
 * numbers are the app's numbers. In English this is the parser's message
 * word for word (the CLI prints it; a test holds the two together).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_COLUMNS, MODEL_STATE_COLUMNS, REGION_SPELLINGS, WELFARE_COLUMNS, type RowProblem } from '../../engine/index';
import type { households } from '../../i18n/locales/en/households';
import { formatPlain } from '../format';
import { interleave } from '../sentence';

type Placeholder =
  | 'got' | 'codes' | 'names' | 'id' | 'name' | 'known' | 'other' | 'income' | 'consumption' | 'permanent' | 'persistent'
  | 'min' | 'max' | 'size' | 'line' | 'character' | 'replication' | 'values' | 'columns' | 'column' | 'first' | 'second' | 'from' | 'to' | 'lines';

/** A problem's message and its values: text shown as written, numbers to format. */
interface Wording {
  key: keyof typeof households.problem;
  text?: Partial<Record<Placeholder, string>>;
  numbers?: Partial<Record<Placeholder, number>>;
}

const [income, consumption] = WELFARE_COLUMNS;
const [permanent, persistent] = MODEL_STATE_COLUMNS;

function wording(p: RowProblem): Wording {
  switch (p.kind) {
    case 'notNumber':
    case 'tooLarge':
    case 'notWhole':
    case 'notFlag':
      return { key: p.kind, text: { got: p.got } };
    case 'range':
      return p.max === Infinity
        ? { key: p.above ? 'rangeAbove' : 'rangeAtLeast', text: { got: p.got }, numbers: { min: p.min } }
        : p.min === -Infinity
          ? { key: 'rangeAtMost', text: { got: p.got }, numbers: { max: p.max } }
          : { key: 'rangeBetween', text: { got: p.got }, numbers: { min: p.min, max: p.max } };
    case 'notCode':
      return p.regionNames ? { key: 'notRegion', text: { codes: p.codes, names: REGION_SPELLINGS.join(', '), got: p.got } } : { key: 'notCode', text: { codes: p.codes, got: p.got } };
    case 'aeAboveSize':
      return { key: p.kind, text: { got: p.got }, numbers: { size: p.size } };
    case 'repeats':
      return p.replication === undefined
        ? { key: 'repeats', text: { id: p.id }, numbers: { line: p.line } }
        : { key: 'repeatsInReplication', text: { id: p.id }, numbers: { line: p.line, replication: p.replication } };
    case 'rowLength':
      return { key: p.kind, numbers: { values: p.values, columns: p.columns } };
    case 'quoteSpans':
    case 'quoteUnclosed':
      return { key: p.lines === 1 ? 'quoteUnclosedLast' : p.kind, numbers: { from: p.from, to: p.to, lines: p.lines } };
    case 'noName':
      return { key: p.kind, numbers: { column: p.column } };
    case 'unknownColumn':
      return { key: p.kind, text: { name: p.name, known: ALL_COLUMNS.join(', ') } };
    case 'otherSeparator':
      return { key: p.separator === 'tab' ? 'tabSeparated' : 'semicolonSeparated' };
    case 'twice':
      return { key: p.kind, text: { name: p.name }, numbers: { first: p.first, second: p.second } };
    case 'requiredMissing':
      return { key: p.kind, text: { name: p.name } };
    case 'welfareMissing':
    case 'welfareBoth':
      return { key: p.kind, text: { income, consumption } };
    case 'pairMissing':
      return { key: p.kind, text: { other: p.other, permanent, persistent } };
    case 'notUtf8':
      return { key: p.kind, numbers: { line: p.line, character: p.character } };
    case 'missing':
    case 'empty':
    case 'headerOnly':
    case 'utf16':
      return { key: p.kind };
  }
}

export function ProblemText({ problem }: { problem: RowProblem }) {
  const { t } = useTranslation('households');
  const { key, text = {}, numbers = {} } = wording(problem);
  const nodes: Record<string, ReactNode> = {};
  for (const [name, s] of Object.entries(text)) nodes[name] = <code dir="ltr">{s}</code>;
  // Line numbers, column numbers and counts as the parser writes them: no grouping ("line 12000").
  for (const [name, x] of Object.entries(numbers)) nodes[name] = formatPlain(x, { useGrouping: false });
  return <>{interleave((m) => t(`problem.${key}`, m as Partial<Record<Placeholder, string>>), nodes)}</>;
}
