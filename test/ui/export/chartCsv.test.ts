import { csvParseRows } from 'd3';
import { describe, expect, test } from 'vitest';
import { chartCsv, inert, readTables } from '../../../src/ui/export/chartCsv';

const meta = { title: 'Poverty over time', units: 'Share of people below the poverty line, % of people, by month', source: 'Poverty policy simulator, engine 2.1.0, seed 1, 40 replications' };

describe('chartCsv', () => {
  test('chartCsv(meta, tables) starts with # lines naming the chart, its units and source, then the header', () => {
    const csv = chartCsv(meta, [{ caption: 'By month', header: ['Month', 'Baseline'], rows: [['1', '21.9%']] }]);
    const rows = csvParseRows(csv);
    expect(rows[0]).toEqual(['# chart', 'Poverty over time']);
    expect(rows[1]).toEqual(['# units', meta.units]);
    expect(rows[2]).toEqual(['# source', meta.source]);
    expect(rows).toContainEqual(['Month', 'Baseline']);
    expect(rows.at(-1)).toEqual(['1', '21.9%']);
    expect(csv.split('\n')[0]).toBe('# chart,Poverty over time');
  });

  test('chartCsv quotes names holding commas, quotes and line breaks, and they read back unchanged', () => {
    const name = 'Rs 80 bn, "cash-heavy"\nsplit';
    const csv = chartCsv(meta, [{ caption: '', header: ['Scenario', 'Exits'], rows: [[name, '1.2 m']] }]);
    expect(csv).toContain('"Rs 80 bn, ""cash-heavy""\nsplit"');
    expect(csvParseRows(csv).at(-1)).toEqual([name, '1.2 m']);
  });

  test('chartCsv with several tables puts each after a blank line and its caption', () => {
    const csv = chartCsv(meta, [
      { caption: 'A', header: ['x'], rows: [['1']] },
      { caption: 'B', header: ['y'], rows: [['2']] },
    ]);
    expect(csv).toContain('# table,A\nx\n1\n\n# table,B\ny\n2\n');
  });
});

describe('inert(cell)', () => {
  test('text a spreadsheet would run as a formula gets an apostrophe; numbers, negative ones too, stay as they are', () => {
    expect(inert('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(inert('+1+2 scenario')).toBe('\'+1+2 scenario');
    expect(inert('@SUM(A1)')).toBe('\'@SUM(A1)');
    expect(inert('-0.25')).toBe('-0.25');
    expect(inert('+3')).toBe('+3');
    expect(inert('Rs 80 bn a year')).toBe('Rs 80 bn a year');
  });
});

describe('readTables', () => {
  test('readTables(root) reads headers and cells, and gives a cell\'s interval a column of its own', () => {
    const root = document.createElement('div');
    root.innerHTML = `<table><caption>Households</caption>
      <thead><tr><th>Scenario</th><th>Exits</th></tr></thead>
      <tbody><tr><th>Rs 80 bn, split</th><td>1.2 m<span class="chart-table-detail">(0.9–1.5 m)</span></td></tr>
      <tr><th>Baseline</th><td>0</td></tr></tbody></table>`;
    expect(readTables(root)).toEqual([
      {
        caption: 'Households',
        header: ['Scenario', 'Exits', 'Exits (90% interval)'],
        rows: [
          ['Rs 80 bn, split', '1.2 m', '0.9–1.5 m'],
          ['Baseline', '0', ''],
        ],
        hasNumbers: false,
        hasIntervals: true,
      },
    ]);
  });
});

describe('readTables in Urdu', () => {
  test('leaves out the directional marks and isolates Urdu cells carry, so a share reads as a number', () => {
    const root = document.createElement('div');
    root.innerHTML = `<table><thead><tr><th>علاقہ</th><th>غربت</th></tr></thead>
      <tbody><tr><th>\u2068Punjab\u2069</th><td>\u200E21.9%</td></tr></tbody></table>`;
    expect(readTables(root)[0]!.rows).toEqual([['Punjab', '21.9%']]);
  });
});

describe('readTables with numbers', () => {
  test('readTables(root) takes a column\'s unformatted numbers from data-raw, one CSV column per statistic', () => {
    const root = document.createElement('div');
    root.innerHTML = `<table><caption>By month</caption>
      <thead><tr><th>Month</th><th>Rs 80 bn: median (90% interval)</th></tr></thead>
      <tbody><tr><th>1</th><td data-raw='{"p50":0.219,"p5":0.21,"p95":null}'>21.9% (21%–?)</td></tr></tbody></table>`;
    const [t] = readTables(root);
    expect(t!.header).toEqual(['Month', 'Rs 80 bn: median (90% interval) [p50]', 'Rs 80 bn: median (90% interval) [p5]', 'Rs 80 bn: median (90% interval) [p95]']);
    expect(t!.rows).toEqual([['1', '0.219', '0.21', '']]);
    expect(t!.hasNumbers).toBe(true);
    expect(chartCsv(meta, [t!])).toContain('# numbers,');
  });

  test('a table naming what its numbers are (data-numbers-note) has that note, and no 90% interval without an interval column', () => {
    const root = document.createElement('div');
    root.innerHTML = `<table data-numbers-note="Indices: estimate and 95% bootstrap interval"><caption>Sobol</caption>
      <thead><tr><th>Parameter</th><th>Total index</th></tr></thead>
      <tbody><tr><th>Take-up</th><td data-raw='{"estimate":0.3,"low":0.2,"high":0.4}'>0.30 (0.20–0.40)</td></tr></tbody></table>`;
    const csv = chartCsv(meta, readTables(root));
    expect(csv).toContain('# numbers,Indices: estimate and 95% bootstrap interval\n');
    expect(csv).not.toContain('90%');
  });
});
