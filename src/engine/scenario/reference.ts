/**
 * The parameter reference as Markdown, generated from the specs so that
 * docs/parameters.md can never drift from the code (a test compares them).
 */
import type { ParamSpec } from './spec';
import { SCENARIO_SPEC, SCENARIO_VERSION, groupPath, type GroupId } from './types';

const CONF: Record<ParamSpec['conf'], string> = { H: 'H', M: 'M', L: 'L', A: 'A (our assumption)', S: 'S (setting)' };

function show(v: unknown): string {
  if (Array.isArray(v)) return v.join(', ');
  if (v && typeof v === 'object') return Object.entries(v as Record<string, number>).map(([k, x]) => `${k} ${x}`).join('; ');
  return String(v);
}

function range(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
      return `${spec.min} – ${spec.max}${spec.integer ? ', whole' : ''}${spec.monthOfRun ? '; a month counted from 0 (the app shows it from 1)' : ''}`;
    case 'array':
      return `${spec.min} – ${spec.max}; ${spec.minLength}–${spec.maxLength} values`;
    case 'record':
      return `${spec.min} – ${spec.max} each${spec.sumsToOne ? '; sum 1' : ''}`;
    case 'enum':
      return spec.options.join(' | ');
    case 'boolean':
      return 'true | false';
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function parameterReference(): string {
  const lines = [
    '# Parameter reference',
    '',
    `Generated from \`src/engine/scenario/groups/*.ts\` (scenario version ${SCENARIO_VERSION}); regenerate with`,
    '`npm run docs:params`. A scenario file holds every parameter below, grouped as shown,',
    'plus `version` and `name`, in three parts: `policy` (the new budget and programmes), `world`',
    '(population, incomes, shocks, prices and the existing programme) and `run`; `uncertainty` lists the parameters drawn afresh',
    'in each replication (docs/model.md §8) and `households` names imported household data (null for the synthetic population;',
    'docs/households-csv.md). Confidence: H official or peer-reviewed, M reputable secondary,',
    'L weak, A our assumption (no source found), S a setting of the run or a choice of the scenario (no claim about the world).',
    '',
  ];
  for (const [group, specs] of Object.entries(SCENARIO_SPEC)) {
    const path = groupPath(group as GroupId);
    lines.push(`## ${path}`, '', '| parameter | label | default | unit | allowed | source | conf |', '|---|---|---|---|---|---|---|');
    for (const [key, raw] of Object.entries(specs)) {
      const spec = raw as ParamSpec;
      // A change in log income says which way it moves income: x multiplies it by e^x or e^−x.
      const unit = spec.kind === 'number' && spec.logChange ? `${spec.unit} (a ${spec.logChange}: income × e^${spec.logChange === 'rise' ? '' : '−'}x)` : spec.unit;
      lines.push(`| \`${group}.${key}\` | ${cell(spec.label)} | ${cell(show(spec.default))} | ${cell(unit)} | ${cell(range(spec))} | ${cell(spec.source)} | ${CONF[spec.conf]} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
