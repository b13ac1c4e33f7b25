// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildStrata, REGIONS } from '../../src/engine/population/regions';
import { solveLocation, stratumHeadcountTargets } from '../../src/engine/population/calibrate';
import { calibrateWorld } from '../../src/engine/model/calibrateWorld';
import { calibrationKey, contextFor } from '../../src/engine/model/context';
import { normalCdf } from '../../src/engine/random/normal';
import { runAll, smallScenario } from './helpers';

describe('calibration', () => {
  it('stratum targets average to the national headcount and keep the MPI ordering', () => {
    const strata = buildStrata(0.4);
    const h = stratumHeadcountTargets(strata, 0.219);
    const total = strata.reduce((a, s) => a + s.populationM, 0);
    const mean = strata.reduce((a, s, i) => a + s.populationM * h[i]!, 0) / total;
    expect(mean).toBeCloseTo(0.219, 9);
    const rural = (r: string) => h[strata.findIndex((s) => s.region === r && s.rural)]!;
    expect(rural('balochistan')).toBeGreaterThan(rural('kp'));
    expect(rural('kp')).toBeGreaterThan(rural('punjab'));
    expect(rural('punjab')).toBeGreaterThan(rural('ajk'));
  });

  it('solveLocation(h) inverts the normal mixture', () => {
    const mix = { shares: [0.3, 0.7], offsets: [0, -0.2], sigma: 0.6 };
    const mu = solveLocation(0.25, Math.log(3785), mix);
    const below = 0.3 * normalCdf((Math.log(3785) - mu) / 0.6) + 0.7 * normalCdf((Math.log(3785) - mu + 0.2) / 0.6);
    expect(below).toBeCloseTo(0.25, 9);
  });

  it('calibrateWorld settles (its last step is small), with the existing transfer paying', () => {
    const s = smallScenario();
    const cal = calibrateWorld(contextFor(s));
    expect(cal.residual).toBeLessThan(0.05);
    // Without the existing transfer, earnings must be higher to give the same headcount, so μ rises.
    const off = calibrateWorld(contextFor(smallScenario((x) => {
      x.world.existingCash.recipients = 0;
    })));
    const mean = (a: Float64Array) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(mean(off.mu)).toBeGreaterThan(mean(cal.mu));
  });

  it('prices and the 2022 flood, which act only from month 0, leave the calibration (and its cache key) unchanged', () => {
    const a = smallScenario();
    const b = smallScenario((x) => {
      x.world.shocks.flood2022 = true;
      x.world.shocks.floodLoss = 2;
      x.world.prices.costOfLiving = true;
    });
    expect(calibrationKey(b.world)).toBe(calibrationKey(a.world));
    expect(calibrateWorld(contextFor(b)).mu).toEqual(calibrateWorld(contextFor(a)).mu);
    const c = smallScenario((x) => {
      x.world.shocks.disasterScale = 2;
    });
    expect(calibrationKey(c.world)).not.toBe(calibrationKey(a.world));
  });

  it('the default population reproduces the national headcount of 21.9% within 1 point, and the regional ordering', () => {
    const s = smallScenario((x) => {
      x.run.counterfactual = false;
    }, 30000, 12);
    const { result } = runAll(s, 3);
    expect(Math.abs(result.summary.povertyHeadcountStart.mean! - 0.219)).toBeLessThan(0.01);
    const start = (r: (typeof REGIONS)[number]) => result.byRegion[r].povertyHeadcountStart.mean!;
    expect(start('balochistan')).toBeGreaterThan(start('kp'));
    expect(start('kp')).toBeGreaterThan(start('punjab'));
    expect(start('sindh')).toBeGreaterThan(start('punjab'));
    expect(start('punjab')).toBeGreaterThan(start('ict'));
  });

  it('without programmes the headcount has no drift: the counterfactual ends within 1 point of where it starts', () => {
    const { result } = runAll(smallScenario(() => {}, 20000, 36), 3);
    const cf = result.counterfactual!;
    expect(Math.abs(cf.summary.povertyHeadcountEnd.mean! - result.summary.povertyHeadcountStart.mean!)).toBeLessThan(0.01);
  });
});
