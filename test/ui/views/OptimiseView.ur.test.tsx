/**
 * The Optimise view in Urdu, before and after a result (each chart in its
 * table too), its new verdict sentences, and with a refused constraints file: no English words but the
 * scenario's own name, the paths a file's problems are at and the code it
 * quotes (the CLI's command, the docs' file name), in its text and its
 * accessible names.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { OptimiseResult } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { resources } from '../../../src/i18n/resources';
import { optimise } from '../../../src/run/optimise';
import { InThreadRunner } from '../../../src/run/inThread';
import { EFFORTS, optimiseKey, optimisedScenario, requestOf } from '../../../src/state/optimiseSlice';
import { englishWords } from '../../i18n/noEnglish';
import { CITATION_WORDS, readableText } from '../editor/urdu';
import { renderOptimise, tinyOptimiseScenario } from './optimiseStore';
import { verdictText } from '../../../src/ui/views/optimise/text';

const ur = resources.ur.optimise;
let computed: OptimiseResult;

beforeAll(async () => {
  const sc = tinyOptimiseScenario();
  const out = await optimise(new InThreadRunner(), sc, { objective: 'maxSustainedExits', regions: true }, { search: EFFORTS.quick.search, frontierBn: [0, 80] });
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  computed = out.result;
}, 120_000);
beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

/** The scenario's name ("Tiny Rs 80 bn") is the user's data; the budget path's source cites publications; FGT1 is an acronym. */
const NAME = ['Tiny', 'FGT1', ...CITATION_WORDS];
const readable = readableText;

describe('<OptimiseView> in Urdu', () => {
  it('has no English words before a run, with a group of regions and a problem at a field', () => {
    const { container } = renderOptimise({ run: () => '', cancel: () => {} });
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(ur.inputs.regions) }));
    fireEvent.click(screen.getByRole('button', { name: ur.groups.addBackward }));
    fireEvent.click(screen.getByRole('button', { name: ur.groups.addProgrammes }));
    expect(screen.getByText(ur.issues.noProgrammes)).toBeInTheDocument();
    expect(englishWords(readable(container), NAME)).toEqual([]);
  });

  it('lists a refused file\u2019s problems in Urdu, the file\u2019s paths kept as written', async () => {
    const { container } = renderOptimise({ run: () => '', cancel: () => {} });
    const bad = JSON.stringify({ version: 2, programmes: { cash: { min: 0.7 }, farm: { min: 0.4, max: 0.2 } } });
    const input = container.querySelector('.opt-file input[type="file"]')!;
    await act(async () => fireEvent.change(input, { target: { files: [new File([bad], 'mine.json')] } }));
    const alert = container.querySelector('.opt-file-problem')!;
    expect(within(alert as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
    const paths = ['version', 'programmes.farm', 'mine.json'].flatMap((p) => englishWords(p));
    expect(englishWords(readable(container), [...NAME, ...paths])).toEqual([]);
  });

  it('has no English words in a result: the verdict, binding constraints, charts and their tables, where it came from', async () => {
    const { store, container } = renderOptimise({ run: () => '', cancel: () => {} });
    act(() => store.getState().setOptimiseSetup({ regions: true }));
    const st = store.getState();
    const sc = optimisedScenario(st.scenarios[st.activeId]!, null);
    const key = optimiseKey(sc, requestOf(st.optimiseSetup), st.optimiseSetup.effort);
    act(() =>
      st.putOptimisation({
        key, request: requestOf(st.optimiseSetup), effort: 'quick', status: 'done', phase: 'frontier', done: 1, total: 1, startedAt: 0, finishedAt: 65_000,
        engineVersion: '2.2.0', result: { ...computed, currentBreaks: ['par30Max'] }, error: null,
      }),
    );
    expect(screen.getByRole('heading', { name: ur.results.heading })).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: ur.split.regionsTitle })).toBeInTheDocument();
    await screen.findByRole('figure', { name: new RegExp(ur.frontier.title) });
    expect(englishWords(readable(container), NAME)).toEqual([]);
    for (const table of screen.getAllByRole('button', { name: resources.ur.charts.frame.table })) fireEvent.click(table);
    expect(container.querySelectorAll('table.chart-table')).toHaveLength(4);
    expect(englishWords(readable(container), NAME)).toEqual([]);
  });

  it('says an undefined interval, an open end and the caution on few replications in Urdu', () => {
    const cost = { ...computed, objective: 'minCostPerExit' as const };
    const texts = [
      verdictText({ ...cost, verdict: 'undetermined', improvement: { estimate: 2245305, low: -156962, high: NaN, perReplication: null } }),
      verdictText({ ...cost, verdict: 'undetermined', improvement: { estimate: NaN, low: NaN, high: NaN, perReplication: null } }),
      verdictText({ ...cost, verdict: 'withinNoise', improvement: { estimate: -3000, low: -9000, high: Infinity, perReplication: null } }),
      verdictText({ ...cost, verdict: 'worse', improvement: { estimate: -3000, low: -Infinity, high: -100, perReplication: null }, replications: 1 }),
    ];
    expect(texts[0]).toContain('بہتری کا فیصلہ نہیں ہو سکتا');
    expect(texts[0]).toContain('صرف');
    expect(texts[2]).toContain('بالائی حد');
    expect(texts[3]).toContain('زیریں حد');
    for (const text of texts) expect(englishWords(text, NAME)).toEqual([]);
  });

  // Bug: cost per exit, a ratio of totals over the replications, had been said "اوسطاً" (on average) and "بہتری کا اوسط".
  it('says a cost per exit that cannot be judged without "average", and a mean with it', () => {
    const undetermined = { ...computed, verdict: 'undetermined' as const, replications: 40 };
    for (const estimate of [2245305, NaN]) {
      const text = verdictText({ ...undetermined, objective: 'minCostPerExit', improvement: { estimate, low: -156962, high: NaN, perReplication: null } });
      expect(text).toContain('تکرارات کو ملا کر');
      expect(text).not.toContain('اوسط');
    }
    const exits = { ...undetermined, objective: 'maxSustainedExits' as const };
    expect(verdictText({ ...exits, improvement: { estimate: 1234, low: 1000, high: NaN, perReplication: null } })).toContain('اوسطاً');
    expect(verdictText({ ...exits, improvement: { estimate: NaN, low: NaN, high: NaN, perReplication: null } })).toContain('بہتری کا اوسط');
  });

  // Bug: for an objective that is a mean, the same verdict said "فی اخراج لاگت متعین نہیں" (cost per exit undefined).
  it('names no cost per exit when an objective that is a mean cannot be judged', () => {
    const undetermined = { ...computed, verdict: 'undetermined' as const, replications: 40 };
    for (const objective of ['maxSustainedExits', 'minPovertyGapEnd'] as const) {
      for (const estimate of [1234, NaN]) {
        const text = verdictText({ ...undetermined, objective, improvement: { estimate, low: 1000, high: NaN, perReplication: null } });
        expect(text).toContain('ہدف متعین نہیں');
        expect(text).not.toContain('فی اخراج لاگت');
      }
    }
  });
});
