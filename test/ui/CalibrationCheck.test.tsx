import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { CalibrationCheck } from '../../src/ui/CalibrationCheck';
import { calibrationRows } from '../../src/ui/calibration';
import { ENGINE_VERSION, TARGETS, defaultsDigest, formatModel, type ValidationFile } from '../../src/engine/index';
import { fixtureResults } from '../fixtures/results';

/** A validation file with every target inside its data, except the national flood rise, made a miss. */
function validationFile(over: Partial<ValidationFile> = {}): ValidationFile {
  return {
    engineVersion: ENGINE_VERSION,
    defaultsDigest: defaultsDigest(),
    households: 20000,
    replications: 40,
    months: 36,
    seed: 1,
    rows: TARGETS.map((t) => {
      const mid = t.id === 'floodNational' ? 0.06 : (t.data.low + t.data.high) / 2;
      return { id: t.id, model: { p50: mid, p5: mid, p95: mid, mean: mid }, status: t.status, pass: t.id === 'floodNational' ? false : true };
    }),
    ...over,
  };
}

const rowOf = (id: string) => document.querySelector(`tr[data-target="${id}"]`) as HTMLElement;

describe('<CalibrationCheck>', () => {
  // The fixture results take a few seconds on a busy machine; compute them outside any test's timeout.
  beforeAll(() => void fixtureResults(), 120_000);

  it('lists every target with data, source, model, a calibrated/free badge and the check', () => {
    const { baseline, bn80 } = fixtureResults();
    render(<CalibrationCheck baseline={baseline} withLoans={bn80} validation={validationFile()} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(TARGETS.length);
    const badges = (status: string) => within(table).getAllByText(status, { selector: '.badge' });
    expect(badges('calibrated')).toHaveLength(TARGETS.filter((t) => t.status === 'calibrated').length);
    expect(badges('free')).toHaveLength(TARGETS.filter((t) => t.status === 'free').length);
    expect(within(rowOf('floodNational')).getByText('calibrated')).toHaveAttribute('title', 'solved: world.shocks.floodLoss');
    // Misses are shown as misses.
    expect(within(rowOf('floodNational')).getByText('miss')).toHaveClass('check-miss');
    expect(rowOf('floodNational')).toHaveTextContent('+6.0 points');
    expect(rowOf('floodNational')).toHaveTextContent('+3.7 to +4.0 points');
    expect(rowOf('floodNational')).toHaveTextContent('Post-Disaster Needs Assessment');
    expect(within(rowOf('floodSindh')).getByText('inside')).toBeInTheDocument();
    expect(within(rowOf('bispPoverty')).getByText('not comparable')).toBeInTheDocument();
  });

  it('measures default-scenario targets live on the results on screen, loans on the scenario that lends', () => {
    const { baseline, bn80 } = fixtureResults();
    render(<CalibrationCheck baseline={baseline} withLoans={bn80} validation={validationFile()} />);
    expect(rowOf('headcount')).toHaveTextContent(`measured on ${baseline.scenario.name}`);
    expect(rowOf('headcount')).toHaveTextContent(formatModel('share', baseline.summary.povertyHeadcountStart));
    expect(rowOf('par30Normal')).toHaveTextContent(`measured on ${bn80.scenario.name}`);
    expect(rowOf('par30Normal')).toHaveTextContent(formatModel('share', bn80.summary.par30Last12));
    expect(rowOf('floodSindh')).toHaveTextContent('measured in the validation runs published with the app (npm run validate)');
    // With only the status quo on screen, loan targets fall back to the validated values.
    const rows = calibrationRows(baseline, baseline, validationFile());
    expect(rows.find((r) => r.target.id === 'averageLoan')!.from).toEqual({ kind: 'validate' });
    expect(rows.find((r) => r.target.id === 'gini')!.from).toEqual({ kind: 'live', scenario: baseline.scenario.name });
  });

  it('says where the special-run values come from, and when they are stale', () => {
    const { baseline, bn80 } = fixtureResults();
    const { unmount } = render(<CalibrationCheck baseline={baseline} withLoans={bn80} validation={validationFile()} />);
    expect(screen.getByText(/measured by/, { selector: 'p' })).toHaveTextContent(`at engine version ${ENGINE_VERSION}; 20,000 households × 40 replications`);
    expect(screen.queryByRole('status')).toBeNull();
    unmount();
    render(<CalibrationCheck baseline={baseline} withLoans={bn80} validation={validationFile({ engineVersion: '0.0.1' })} />);
    expect(screen.getByRole('status')).toHaveTextContent(`stale: measured at engine version 0.0.1, the engine is now ${ENGINE_VERSION}`);
    expect(screen.getByRole('status')).toHaveTextContent('npm run validate');
  });

  it('shows a target the file does not hold yet as not measured', () => {
    const { baseline } = fixtureResults();
    const file = validationFile();
    file.rows = file.rows.filter((r) => r.id !== 'bispConsumption');
    render(<CalibrationCheck baseline={baseline} withLoans={null} validation={file} />);
    expect(rowOf('bispConsumption')).toHaveTextContent('not yet measured');
    expect(screen.getByRole('status')).toHaveTextContent('targets not yet measured: bispConsumption');
  });
});
