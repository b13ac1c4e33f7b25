// Exports name the imported household data: the summary CSV's first line, the charts' source line, the report's line.
import { describe, expect, it } from 'vitest';
import { presetById } from '../../../src/state/presets';
import { summaryCsv } from '../../../src/ui/export/resultCsv';
import { sourceLine } from '../../../src/ui/export/chartSvg';
import { datasetId, householdsReportLine, householdsSource } from '../../../src/ui/households/householdsText';
import type { Summary } from '../../../src/engine/index';

const REF = { id: 'hies-2019', name: 'HIES 2019.csv', sha256: 'c0ffee'.padEnd(64, '0'), rows: 24_809 };
const summary = { povertyHeadcountEnd: { mean: 0.2, p5: 0.1, p25: 0.15, p50: 0.2, p75: 0.25, p95: 0.3 } } as unknown as Summary;

describe('exports name the household data', () => {
  it('summary CSV: a comment line with id, name, the whole hash and rows; none for synthetic households', () => {
    const csv = summaryCsv(summary, REF);
    expect(csv.split('\n')[0]).toBe(`# Households: HIES 2019.csv (data set hies-2019, sha256 ${REF.sha256}, 24,809 rows); the sample-size setting is not used.`);
    expect(csv.split('\n')[1]).toBe('metric,mean,p5,p25,p50,p75,p95');
    expect(summaryCsv(summary)).toBe(summaryCsv(summary, null));
    expect(summaryCsv(summary).startsWith('metric,')).toBe(true);
  });

  it('charts’ source line: the data sets the scenarios ran on, after engine, seed and replications', () => {
    const onData = { ...presetById('bn80')!.make(), households: REF };
    const source = householdsSource([presetById('baseline')!.make(), onData, onData]);
    expect(source).toBe('households hies-2019 (sha256 c0ffee000000…)');
    expect(sourceLine('2.1.0', 7, [100], source)).toBe('Poverty policy simulator, engine 2.1.0, seed 7, 100 replications, households hies-2019 (sha256 c0ffee000000…)');
    expect(householdsSource([presetById('baseline')!.make()])).toBeNull();
    expect(sourceLine('2.1.0', 7, [100])).toBe('Poverty policy simulator, engine 2.1.0, seed 7, 100 replications');
  });

  it('report line, and the id a file name gives', () => {
    expect(householdsReportLine(REF)).toBe(`Households: HIES 2019.csv (data set hies-2019, sha256 ${REF.sha256}, 24,809 rows); the sample-size setting is not used.`);
    expect(datasetId('HIES 2018-19 (Punjab).csv')).toBe('hies-2018-19-punjab');
    expect(datasetId('Ménages_été.CSV')).toBe('menages_ete');
    expect(datasetId('سروے.csv')).toBe('households');
  });
});
