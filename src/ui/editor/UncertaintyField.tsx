/**
 * Marking a number parameter uncertain: a toggle on the field's label line and, while
 * it is on, the distribution its value is drawn from in each replication,
 * edited in the field's display units (shares as %). As with the field
 * itself, every keystroke is validated on the whole scenario and only a
 * valid distribution is applied; an invalid one stays in the boxes with the
 * reason beside the setting it is about, and the last valid scenario keeps
 * running. Settings refused are remembered (ui/memory) with their problems,
 * kept unworded, so that a change of language finds them as they were typed,
 * their reasons in the new language; so is the toggle's own refusal.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISTRIBUTIONS, type Distribution, type DistributionKind, type NumberSpec, type ValidationIssue } from '../../engine/index';
import { fromDisplay, scaleOf, toDisplay, type Scale } from './display';
import { useReportUnused } from './unusedEdits';
import { asKind, DISTRIBUTION_FIELDS, distributionOf, fieldScale, settingOf, startingDistribution, type DistributionField } from './distribution';
import { distributionIssueMessage } from './distributionIssues';
import { belowHighMessage, elsewhereText } from './issues';
import { localIssue, notNumberMessage, NumberField, parseNumber, type NumberFieldProps } from './NumberField';
import type { Uncertain } from './ParamField';
import { FieldIssues } from './ParamHelp';
import { useKeptAcrossRedraw } from '../memory';
import type { ParamText } from './paramText';

interface Props {
  /** The parameter's path in the scenario, as uncertainty keys it ("policy.cash.takeUp"). */
  path: string;
  spec: NumberSpec;
  text: ParamText;
  /** The parameter's value: where a first distribution is centred. */
  value: number;
  distribution: Distribution | undefined;
  onCommit(distribution: Distribution | null): ValidationIssue[];
}

/**
 * A number field with its Uncertain toggle, if the parameter can be uncertain (`uncertain`). The toggle is drawn at
 * the end of the label's line and comes before the box in Tab order too; the distribution, while it is on, is under
 * the box. `drawn` names and bounds the parameter for the toggle and the distribution where the field's own differ
 * (a record's entry: "Sindh" in the field, "Disaster rate (rural): Sindh" on its toggle, with the entry's own spec).
 */
export function UncertainNumberField({ uncertain, drawn, ...field }: NumberFieldProps & { uncertain: Uncertain | undefined; drawn?: { spec: NumberSpec; text: ParamText } }) {
  if (!uncertain) return <NumberField {...field} />;
  return <MarkableNumberField {...field} uncertain={uncertain} drawn={drawn} />;
}

/**
 * Why marking or unmarking was refused, and the scenario it was refused in: the toggle's starting distribution is
 * valid at any value in the parameter's range (startingDistribution), so what refuses it is a problem the scenario's
 * checks find, said by the field it is in (elsewhereText).
 */
interface ToggleRefused {
  issues: ValidationIssue[];
  scenario: Uncertain['scenario'];
}

function MarkableNumberField({ uncertain, drawn, ...field }: NumberFieldProps & { uncertain: Uncertain; drawn?: { spec: NumberSpec; text: ParamText } }) {
  const { t } = useTranslation('editor');
  const { spec, text } = drawn ?? field;
  const { distribution, onCommit, scenario } = uncertain;
  // Kept unworded across the levers drawn afresh for a change of language (ui/memory), worded when shown, in the
  // language on screen. Said only beside the scenario it was refused in, and let go once the scenario changes (a reset,
  // an edit elsewhere, the mark set or taken away): an undo then brings back the very scenario it was refused in.
  const [refused, setRefused] = useKeptAcrossRedraw<ToggleRefused | null>(`uncertain/${field.path}`, null);
  const seen = useRef(scenario);
  useEffect(() => {
    if (seen.current === scenario) return;
    seen.current = scenario;
    setRefused(null);
  }, [scenario]); // eslint-disable-line react-hooks/exhaustive-deps
  const issues = refused?.scenario === scenario ? refused.issues : [];
  const marked = distribution !== undefined;
  const toggle = () => {
    const found = onCommit(marked ? null : startingDistribution(spec, field.value));
    setRefused(found.length > 0 ? { issues: found, scenario } : null);
  };
  return (
    <NumberField
      {...field}
      toggle={
        <button type="button" className="uncertain-toggle" aria-pressed={marked} aria-label={t('uncertain.toggle', { label: text.label })} onClick={toggle}>
          {t('uncertain.button')}
        </button>
      }
    >
      <div className="uncertain">
        <FieldIssues messages={issues.map(elsewhereText)} />
        {distribution && <DistributionEditor path={field.path} spec={spec} text={text} value={field.value} distribution={distribution} onCommit={onCommit} />}
      </div>
    </NumberField>
  );
}

type Drafts = Partial<Record<DistributionField, string>>;
/**
 * Why a setting typed was refused, worded when shown (problemText), so that it follows a change of language: not a
 * number, a bound outside the parameter's range (as typed, in display units), bounds out of order said under the low
 * one just typed, or a problem the scenario's checks found (`own`: the distribution's, else another field's).
 */
type Problem =
  | { kind: 'notNumber'; typed: string }
  | { kind: 'outside'; shown: number }
  | { kind: 'belowHigh'; issue: ValidationIssue & { code: 'aboveLow' } }
  | { kind: 'issue'; issue: ValidationIssue; own: boolean };
type Problems = Partial<Record<DistributionField | 'all', Problem[]>>;

/** Settings typed and refused, and the scenario's distribution they were refused beside (they are let go once that changes). */
interface Refused {
  kind: DistributionKind;
  drafts: Drafts;
  problems: Problems;
  distribution: Distribution;
}

const draftsOf = (d: Distribution, scale: Scale): Drafts =>
  Object.fromEntries(DISTRIBUTION_FIELDS[d.dist].map((f) => [f, String(toDisplay(settingOf(d, f)!, fieldScale(f, scale)))]));

/** The settings as typed, in model units, or null where a box does not hold a number. */
function parsed(kind: DistributionKind, drafts: Drafts, scale: Scale): Partial<Record<DistributionField, number | null>> {
  return Object.fromEntries(
    DISTRIBUTION_FIELDS[kind].map((f) => {
      const n = parseNumber(drafts[f] ?? '');
      return [f, n === null ? null : fromDisplay(n, fieldScale(f, scale))];
    }),
  );
}

const sameDistribution = (a: Distribution, b: Distribution) => a.dist === b.dist && DISTRIBUTION_FIELDS[a.dist].every((f) => settingOf(a, f) === settingOf(b, f));

function DistributionEditor({ path, spec, text, value, distribution, onCommit }: Props & { distribution: Distribution }) {
  const { t } = useTranslation('editor');
  const id = useId();
  const scale = scaleOf(spec);
  // Settings refused here before the levers were last drawn (a change of language), while the scenario keeps the distribution they were refused beside.
  const [remembered, remember] = useKeptAcrossRedraw<Refused | null>(`distribution/${path}`, null);
  const kept = remembered && sameDistribution(remembered.distribution, distribution) ? remembered : null;
  const [kind, setKind] = useState<DistributionKind>(kept?.kind ?? distribution.dist);
  const [drafts, setDrafts] = useState<Drafts>(() => kept?.drafts ?? draftsOf(distribution, scale));
  const [problems, setProblems] = useState<Problems>(kept?.problems ?? {});
  const problemText = (p: Problem): string => {
    switch (p.kind) {
      case 'notNumber':
        return notNumberMessage(p.typed);
      case 'outside':
        return localIssue({ ...spec, integer: false }, p.shown, text.unit) ?? '';
      case 'belowHigh':
        return belowHighMessage(p.issue);
      case 'issue':
        return p.own ? distributionIssueMessage(p.issue) : elsewhereText(p.issue);
    }
  };
  const messages = Object.fromEntries(Object.entries(problems).map(([f, ps]) => [f, ps.map(problemText)])) as Partial<Record<DistributionField | 'all', string[]>>;
  // Each box with a message is a value that cannot be used; a problem of the whole distribution alone (its ends in
  // the wrong order, say) counts once.
  const fieldsRefused = DISTRIBUTION_FIELDS[kind].filter((f) => (messages[f]?.length ?? 0) > 0).length;
  useReportUnused(id, fieldsRefused || ((messages.all?.length ?? 0) > 0 ? 1 : 0));

  // Follow the store when the distribution changes from elsewhere (reset, undo, a loaded file), keeping what was typed if it says the same;
  // not when first drawn, which keeps settings remembered as refused.
  const seen = useRef(distribution);
  useEffect(() => {
    if (seen.current === distribution) return;
    seen.current = distribution;
    remember(null);
    const typed = parsed(kind, drafts, scale);
    const same = Object.values(typed).every((x) => x !== null) && sameDistribution(distributionOf(kind, typed as Record<DistributionField, number>), distribution);
    if (same) return;
    setKind(distribution.dist);
    setDrafts(draftsOf(distribution, scale));
    setProblems({});
  }, [distribution]); // eslint-disable-line react-hooks/exhaustive-deps

  /** `edited`: the setting just typed, if one was (not a change of kind). */
  const submit = (nextKind: DistributionKind, nextDrafts: Drafts, edited?: DistributionField) => {
    setKind(nextKind);
    setDrafts(nextDrafts);
    const refuse = (found: Problems) => {
      setProblems(found);
      remember(Object.keys(found).length > 0 ? { kind: nextKind, drafts: nextDrafts, problems: found, distribution } : null);
    };
    const typed = parsed(nextKind, nextDrafts, scale);
    const local: Problems = {};
    for (const f of DISTRIBUTION_FIELDS[nextKind]) {
      const n = typed[f];
      if (n === null || n === undefined) local[f] = [{ kind: 'notNumber', typed: nextDrafts[f] ?? '' }];
      else if (f === 'low' || f === 'high') {
        // The bounds must lie in the parameter's range: said in the units shown, as for the field (a bound need not be whole).
        if (localIssue({ ...spec, integer: false }, toDisplay(n, scale), text.unit)) local[f] = [{ kind: 'outside', shown: toDisplay(n, scale) }];
      }
    }
    if (Object.keys(local).length > 0) return refuse(local);
    const issues = onCommit(distributionOf(nextKind, typed as Record<DistributionField, number>));
    const next: Problems = {};
    const at = `uncertainty.${path}`;
    for (const issue of issues) {
      const field = issue.path.startsWith(`${at}.`) ? (issue.path.slice(at.length + 1) as DistributionField) : null;
      const where = field && DISTRIBUTION_FIELDS[nextKind].includes(field) ? field : 'all';
      // Bounds out of order after the low one was typed: said under it, the field the user is in.
      if (edited === 'low' && where === 'high' && issue.code === 'aboveLow') {
        (next.low ??= []).push({ kind: 'belowHigh', issue: issue as ValidationIssue & { code: 'aboveLow' } });
        continue;
      }
      (next[where] ??= []).push({ kind: 'issue', issue, own: issue.path === at || where !== 'all' });
    }
    refuse(next);
  };

  const fieldLabel = (f: DistributionField) => {
    const unit = fieldScale(f, scale).unit === '' || !text.unit ? '' : t('field.unit', { unit: text.unit });
    return `${t(`uncertain.fields.${f}`)}${unit}`;
  };

  return (
    <fieldset className="field distribution">
      <legend>{t('uncertain.legend', { label: text.label })}</legend>
      {/* The value in the field above no longer runs: say so, or an edit there would seem to do nothing. */}
      <p className="field-note">{t('uncertain.drawnNote')}</p>
      <div className="field">
        <label htmlFor={`${id}-dist`}>{t('uncertain.distribution')}</label>
        <select
          id={`${id}-dist`}
          value={kind}
          onChange={(e) => {
            const nextKind = e.target.value as DistributionKind;
            const typed = parsed(kind, drafts, scale);
            const from = typed.low != null && typed.high != null ? { ...distribution, low: typed.low, high: typed.high } : distribution;
            submit(nextKind, draftsOf(asKind(from, nextKind, value), scale));
          }}
        >
          {DISTRIBUTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`uncertain.kinds.${d}`)}
            </option>
          ))}
        </select>
      </div>
      {DISTRIBUTION_FIELDS[kind].map((f) => {
        const shown = messages[f] ?? [];
        return (
          <div key={f} className={`field${shown.length ? ' field-invalid' : ''}`}>
            <label htmlFor={`${id}-${f}`}>{fieldLabel(f)}</label>
            <input
              id={`${id}-${f}`}
              dir="ltr"
              inputMode="decimal"
              value={drafts[f] ?? ''}
              aria-invalid={shown.length > 0}
              onChange={(e) => submit(kind, { ...drafts, [f]: e.target.value }, f)}
            />
            <FieldIssues messages={shown} />
          </div>
        );
      })}
      <FieldIssues messages={messages.all ?? []} />
    </fieldset>
  );
}
