/**
 * Every chart in Urdu: titles, axes, legends, notes, controls, tables,
 * tooltips and accessible names are all translated (no English word left
 * but scenario names, which are data), and the svg keeps its left-to-right
 * geometry while each Urdu text in it is a right-to-left run.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyLocale, i18n } from '../../../src/i18n/index';
import { englishWords } from '../../i18n/noEnglish';
import { PovertyFanChart } from '../../../src/ui/charts/PovertyFanChart';
import { MicrofinanceChart } from '../../../src/ui/charts/MicrofinanceChart';
import { RiskFundChart } from '../../../src/ui/charts/RiskFundChart';
import { IncomeDistributionChart } from '../../../src/ui/charts/IncomeDistributionChart';
import { ExitsChart } from '../../../src/ui/charts/ExitsChart';
import { LoanLedgerChart } from '../../../src/ui/charts/LoanLedgerChart';
import { BudgetChart } from '../../../src/ui/charts/BudgetChart';
import { CostPerExitChart } from '../../../src/ui/charts/CostPerExitChart';
import { RegionChart } from '../../../src/ui/charts/RegionChart';
import { DifferenceChart } from '../../../src/ui/charts/DifferenceChart';
import { EffectsChart } from '../../../src/ui/charts/EffectsChart';
import { ProgrammeCostChart } from '../../../src/ui/charts/ProgrammeCostChart';
import { DecileChangeChart } from '../../../src/ui/charts/DecileChangeChart';
import { WinnersChart } from '../../../src/ui/charts/WinnersChart';
import { PovertyDepthChart } from '../../../src/ui/charts/PovertyDepthChart';
import { GiniChart } from '../../../src/ui/charts/GiniChart';
import { IncidenceChart } from '../../../src/ui/charts/IncidenceChart';
import { HeadlineCards } from '../../../src/ui/charts/HeadlineCards';
import { CHARTS, DEFAULT_LAYOUT } from '../../../src/ui/charts/registry';
import { CHART_TEXT } from '../../../src/ui/charts/text';
import { metricInfo, METRICS } from '../../../src/ui/charts/metrics';
import { basisText } from '../../../src/ui/charts/data/estimating';
import { intervalText, valueWithInterval } from '../../../src/ui/charts/intervalText';
import { programmeOnlyScenarios } from '../../../src/engine/index';
import type { ProgrammeRunsInput } from '../../../src/ui/charts/data/programmeCost';
import { formatCount, formatShare, formatSignedCount } from '../../../src/ui/format';
import { fixtureRun, fixtureScenario } from '../../fixtures/results';
import { chartRuns, diffRuns } from './helpers';
import { chartSvg } from './render';
import { PlotWidthHint } from '../../../src/ui/charts/plot/useWidth';
import { LeftCategories } from '../../../src/ui/charts/plot/axes';
import { VBarPlot } from '../../../src/ui/charts/plot/VBarPlot';

const runs = chartRuns();
const [baseline, bn80, bn120] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
/**
 * Scenario names are data a user typed ("Baseline", "Rs 80 bn", "Baseline copy"), not interface; FGT1 and FGT2
 * name the published indices, Escape the key as printed on keyboards.
 */
const DATA = ['Baseline', 'copy', 'FGT1', 'FGT2', 'Escape'];
const RLI = '\u2067';

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => {
  cleanup();
  applyLocale('en', 'international', undefined);
});

/** Outside the charts' own text: the Download menu belongs to the exports (its own namespace and tests). */
const elsewhere = (el: Element | null) => !!el?.closest('.chart-downloads');

/** Everything a reader or a screen reader meets: each text node (apart, so words of neighbours do not run together), and the names and values in attributes. */
function everything(root: Element): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!elsewhere(n.parentElement)) texts.push(n.textContent ?? '');
  const attrs = [...root.querySelectorAll('*')]
    .filter((el) => !elsewhere(el))
    .flatMap((el) => ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder', 'data-series', 'data-category', 'data-label'].map((a) => el.getAttribute(a) ?? ''));
  return [...texts, ...attrs].join(' ');
}

/** The Latin words left anywhere in the rendered charts, in the chart view and then in each frame's table view. */
function englishLeft(): string[] {
  const words = new Set(englishWords(everything(document.body), DATA));
  for (const button of screen.queryAllByRole('button', { name: 'جدول' })) {
    fireEvent.click(button);
    for (const w of englishWords(everything(document.body), DATA)) words.add(w);
  }
  return [...words];
}

/** Each chart's text nodes in its svg that hold Urdu: every one must be a right-to-left run. */
function svgTextsWithLetters(root: Element): string[] {
  return [...root.querySelectorAll('svg.chart-surface text, svg.chart-surface tspan')]
    .filter((el) => el.children.length === 0)
    .map((el) => el.textContent ?? '')
    .filter((t) => /\p{Script=Arabic}/u.test(t));
}

/** Svg text with Latin letters only (a scenario's name) keeps its own direction: isolated, not forced right to left. */
function svgLatinTexts(root: Element): string[] {
  return [...root.querySelectorAll('svg.chart-surface text, svg.chart-surface tspan')]
    .filter((el) => el.children.length === 0)
    .map((el) => el.textContent ?? '')
    .filter((t) => /[A-Za-z]/.test(t) && !/\p{Script=Arabic}/u.test(t));
}

function programmeInput(): ProgrammeRunsInput {
  const scenario = fixtureScenario('Rs 120 bn', [120]);
  return {
    scenarioName: scenario.name,
    combined: fixtureRun(scenario).result,
    // Labels come from the caller (the dashboard names programmes); here in Urdu as it would pass them.
    runs: programmeOnlyScenarios(scenario).map(({ programme, scenario: s }, k) => ({
      programme,
      label: i18n.t(`charts:programmes.${programme}`),
      result: k < 2 ? fixtureRun(s).result : null,
      done: k < 2 ? 5 : 1,
      total: 5,
    })),
  };
}

describe('charts in Urdu', () => {
  test('chart texts, metric names and registry titles are in Urdu', () => {
    for (const kind of DEFAULT_LAYOUT) {
      const text = CHART_TEXT[kind];
      // A subtitle naming its axis's unit is read with one (the axis title's own words are checked with the charts).
      const subtitle = 'subtitle' in text ? text.subtitle : text.subtitleFor('گھرانے (لاکھ)');
      expect(englishWords(`${CHARTS[kind].title} ${text.title} ${subtitle} ${text.note ?? ''}`, DATA)).toEqual([]);
    }
    expect(CHARTS.povertyFan.title).toBe('غربت میں افراد، ماہ بہ ماہ');
    for (const key of Object.keys(METRICS) as (keyof typeof METRICS)[]) {
      const m = metricInfo(key);
      expect(englishWords(`${m.label} ${m.axis} ${m.diffAxis}`)).toEqual([]);
    }
    expect(metricInfo('povertyHeadcountEnd').diffAxis).toBe('فیصدی پوائنٹس');
    expect(basisText([{ done: 3, asked: 40 }, { done: 5, asked: 40 }])).toContain('تکرارات');
    expect(englishWords(basisText([{ done: 40, asked: 40 }]))).toEqual([]);
    // A complete run short of the minimum: too few, in Urdu.
    expect(basisText([{ done: 4, asked: 4 }])).toContain('تکرارات بہت کم ہیں');
    expect(englishWords(basisText([{ done: 4, asked: 4 }]))).toEqual([]);
    // A signed interval (its ends start with a left-to-right mark in Urdu) still reads "… تا …", never with a dash that looks like a sign.
    expect(intervalText(-290000, -120000, formatSignedCount)).toBe(`${formatSignedCount(-290000)} تا ${formatSignedCount(-120000)}`);
    expect(valueWithInterval(2.5e6, 1.9e6, null, formatCount)).toBe(`${formatCount(2.5e6)} (${formatCount(1.9e6)} تا کوئی بالائی حد نہیں)`);
    // Its dash is held right to left, so the low end is read first, on the right: percentages, each led by a
    // left-to-right mark, had run on with the dash into one left-to-right run ("0.941%–2.47%", high end first).
    expect(intervalText(0.00941, 0.0247, formatShare)).toBe(`${formatShare(0.00941)}\u200F–\u200F${formatShare(0.0247)}`);
  });

  test('band charts: titles, axes, legends, controls, notes, tables and the tooltip', async () => {
    const user = userEvent.setup();
    render(
      <>
        <PovertyFanChart runs={runs} bandFor="bn80" showCounterfactual />
        <MicrofinanceChart runs={runs} />
        <RiskFundChart runs={runs} bandFor="bn120" />
        <PovertyDepthChart runs={runs} bandFor="bn120" showCounterfactual />
      </>,
    );
    const fan = screen.getByRole('figure', { name: 'غربت میں افراد، ماہ بہ ماہ' });
    expect(within(fan).getByRole('checkbox', { name: 'محور کو لکیروں تک بڑا کریں' })).toBeInTheDocument();
    expect(within(fan).getByRole('combobox', { name: 'سایہ برائے' })).toBeInTheDocument();
    expect(fan).toHaveTextContent('عمودی محور 0 سے شروع ہوتا ہے');
    expect(within(chartSvg(fan)).getByText(`${RLI}افراد کا %\u2069`)).toBeInTheDocument();
    const plot = within(fan).getByRole('group', { name: /تیر کی کلیدیں/ });
    plot.focus();
    await user.keyboard('{End}');
    const tip = within(fan).getByRole('status');
    expect(tip).toHaveTextContent('مہینہ 24، وسطانیہ (\u200E90% وقفہ):');
    expect(tip.textContent).toContain('۔');
    expect(englishWords(everything(tip), DATA)).toEqual([]);
    // The svg keeps its geometry: left to right, whatever the page's direction; every Urdu text in it reads right to left.
    expect(chartSvg(fan).getAttribute('direction')).toBe('ltr');
    const texts = svgTextsWithLetters(document.body);
    expect(texts.length).toBeGreaterThan(4);
    expect(texts.filter((t) => !t.startsWith(RLI))).toEqual([]);
    const names = svgLatinTexts(document.body);
    expect(names).toContain('\u2068Rs 80 bn\u2069');
    expect(names.filter((t) => !t.startsWith('\u2068'))).toEqual([]);
    expect(englishLeft()).toEqual([]);
  });

  test('bar, dot and panel charts, with their tables', () => {
    render(
      <>
        <HeadlineCards run={bn80} />
        <IncomeDistributionChart run={bn120} />
        <ExitsChart runs={runs} />
        <LoanLedgerChart runs={runs} />
        <BudgetChart run={bn80} />
        <CostPerExitChart runs={runs} />
        <RegionChart run={bn120} />
        <DifferenceChart diffs={diffRuns()} unpaired={[{ id: 'x', name: 'Baseline copy', reason: 'مختلف قرعے' }]} />
        <EffectsChart run={bn80} />
        <DecileChangeChart runs={runs} />
        <WinnersChart run={bn120} />
        <GiniChart runs={runs} />
        <IncidenceChart run={bn80} />
        <ProgrammeCostChart input={programmeInput()} focusName="Rs 120 bn" />
        <ProgrammeCostChart input={null} focusName="Rs 120 bn" />
      </>,
    );
    expect(screen.getByRole('figure', { name: 'علاقے کے لحاظ سے غربت: \u2068Rs 120 bn\u2069' })).toHaveTextContent('پنجاب');
    expect(screen.getByRole('figure', { name: 'پروگرام اور سال کے لحاظ سے اخراجات: \u2068Rs 80 bn\u2069' })).toHaveTextContent('تعلیمی وظیفہ');
    expect(document.body).toHaveTextContent('اختتام پر غریب گھرانے');
    expect(document.body).toHaveTextContent('ابھی نہیں چلایا گیا');
    const texts = svgTextsWithLetters(document.body);
    expect(screen.getByRole('group', { name: 'دکھائیں' })).toHaveTextContent('غربت میں افراد');
    // A sign in right-to-left text is in a left-to-right isolate with its digits, so it stays in front of them.
    expect(texts.some((t) => /جوڑی دار تبدیلی \u2066[−+][\d.]+\u2069/.test(t))).toBe(true);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => !t.startsWith(RLI))).toEqual([]);
    expect(englishLeft()).toEqual([]);
  });

  test('a wrapped Urdu label steps its lines at Nastaliq\u2019s height, not Latin script\u2019s (they ran into each other)', () => {
    const box = { left: 100, right: 300, top: 0, bottom: 100 };
    const steps = () => {
      const { container, unmount } = render(
        <svg>
          <LeftCategories box={box} width={70} items={[{ key: 'sq', label: 'موجودہ صورتحال (کوئی نیا پروگرام نہیں)', centre: 50 }]} />
        </svg>,
      );
      const ys = [...container.querySelectorAll('tspan')].map((t) => Number(t.getAttribute('y')));
      unmount();
      return ys.slice(1).map((y, k) => y - ys[k]!);
    };
    const urdu = steps();
    expect(urdu.length).toBeGreaterThan(0);
    for (const step of urdu) expect(step).toBeGreaterThanOrEqual(22);
    applyLocale('en', 'international', undefined);
    for (const step of steps()) expect(step).toBe(14);
  });

  test('a label steps no taller than the room between its neighbours allows (a name, its value and interval in Urdu)', () => {
    const box = { left: 100, right: 300, top: 0, bottom: 200 };
    const items = [50, 94].map((centre, k) => ({ key: `s${k}`, label: 'سالانہ 80 ارب روپے', centre, sub: '−141 ہزار (−186 ہزار تا −97.8 ہزار)' }));
    const { container } = render(
      <svg>
        <LeftCategories box={box} width={70} items={items} />
      </svg>,
    );
    for (const g of container.querySelectorAll('g[data-category]')) {
      const ys = [...g.querySelectorAll('tspan')].map((t) => Number(t.getAttribute('y')));
      expect(ys.length).toBeGreaterThanOrEqual(3);
      // No room for Nastaliq's step here: the lines step as Latin script's do (14 px), as before it.
      for (let k = 1; k < ys.length; k++) expect(ys[k]! - ys[k - 1]!).toBe(14);
    }
  });

  // Caught on an Urdu slide at 1920 × 1080: the fourth of four two-line names was cut off under the chart.
  test('line-end names in Nastaliq\u2019s taller lines stay inside the chart: they may use the height beside the x axis', () => {
    const long = [
      'Option A: Cash transfer expansion, backward regions (Rs 80 bn)', 'Option B: Ehsaas top-up and microfinance loans (Rs 100 bn)',
      'Option C: Full package – cash, loans, skills, farms (Rs 120 bn)', 'Option D: Cash transfer and skills training together (Rs 90)',
    ];
    const four = [baseline, bn80, bn120, { ...bn120, id: 'd' }].map((r, k) => ({ ...r, name: long[k]! }));
    const { container } = render(
      <PlotWidthHint.Provider value={520}>
        <PovertyFanChart runs={four} />
      </PlotWidthHint.Provider>,
    );
    const svg = container.querySelector('.chart-frame svg')!;
    const height = Number(svg.getAttribute('height') ?? svg.getAttribute('viewBox')!.split(' ')[3]);
    const labels = [...svg.querySelectorAll(".chart-line-labels text")];
    expect(labels).toHaveLength(4);
    for (const text of labels) {
      const ys = [...text.querySelectorAll('tspan')].map((t) => Number(t.getAttribute('y')));
      expect(ys.length).toBeGreaterThanOrEqual(4);
      // Each line's middle at least half a Latin step (7 px) inside the chart's edges: four four-line names, taller
      // in Nastaliq's step than the plot, had run out under it.
      expect(Math.max(...ys)).toBeLessThanOrEqual(height - 7);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(7);
    }
  });

  test('labels under bars that wrap in Urdu fit under the plot: it leaves room for their taller lines', () => {
    const label = 'موجودہ صورتحال (کوئی نیا پروگرام نہیں) کے مقابلے میں 12 یا زیادہ مہینے غربت سے باہر گھرانے';
    const room = () => {
      const { container, unmount } = render(
        <VBarPlot
          categories={[0, 1, 2, 3]}
          categoryKey={(c) => String(c)}
          categoryLabel={() => label}
          series={[{ name: 'a', color: '#333' }]}
          value={() => ({ value: 1, low: null, high: null, error: null })}
          scale={{ domain: [0, 2], ticks: [0, 1, 2] }}
          tick={String}
          axisTitle="x"
          label="x"
          height={240}
        />,
      );
      const height = Number(container.querySelector('svg')!.getAttribute('height'));
      const g = container.querySelector('g[data-category]')!;
      const bottom = Number(/translate\([^,]+,([^)]+)\)/.exec(g.getAttribute('transform')!)![1]);
      const ys = [...g.querySelectorAll('tspan')].map((t) => Number(t.getAttribute('y')));
      unmount();
      return { lines: ys.length, below: height - (bottom + ys.at(-1)!) };
    };
    const urdu = room();
    expect(urdu.lines).toBeGreaterThanOrEqual(2);
    // Nastaliq's descenders reach about 10 px below the last line's baseline (at 12 px).
    expect(urdu.below).toBeGreaterThanOrEqual(10);
  });

  test('charts with nothing to compare say why in Urdu', () => {
    render(
      <>
        <EffectsChart run={baseline} />
        <WinnersChart run={baseline} />
        <IncidenceChart run={baseline} />
        <DecileChangeChart runs={[baseline]} />
        <HeadlineCards run={{ ...bn80, result: { ...bn80.result, meta: { ...bn80.result.meta, replications: 1 } } }} />
      </>,
    );
    expect(document.body).toHaveTextContent('یہ منظرنامہ خود موجودہ صورتحال ہے');
    expect(document.body).toHaveTextContent('1 تکرار کا اوسط');
    expect(englishLeft()).toEqual([]);
  });
});
