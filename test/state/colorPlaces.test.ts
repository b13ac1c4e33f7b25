// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COLOR_PLACES, settleColors } from '../../src/state/colorPlaces';
import { SCENARIO_COLORS } from '../../src/ui/charts/palette';
import { createAppStore } from '../../src/state/store';
import { parseWorkspace, serialiseWorkspace } from '../../src/state/workspace';
import { presetById } from '../../src/state/presets';

describe('settleColors(previous, order, baselineId)', () => {
  it('has a place for every scenario colour after the baseline\u2019s grey', () => {
    expect(SCENARIO_COLORS.length - 1).toBe(COLOR_PLACES);
  });

  it('gives the baseline grey and the others the first free places in tab order', () => {
    expect(settleColors({}, ['b', 'x', 'y', 'z'], 'b')).toEqual({ b: 0, x: 1, y: 2, z: 3 });
  });

  it('keeps every other scenario\u2019s place when one is removed, and gives the freed one to the next added', () => {
    const before = settleColors({}, ['b', 'x', 'y', 'z'], 'b');
    const removed = settleColors(before, ['b', 'x', 'z'], 'b');
    expect(removed).toEqual({ b: 0, x: 1, z: 3 });
    expect(settleColors(removed, ['b', 'x', 'z', 'new'], 'b')).toEqual({ b: 0, x: 1, z: 3, new: 2 });
  });

  it('a new baseline takes the grey and the former one a free place; invalid or clashing places are settled again', () => {
    const before = settleColors({}, ['b', 'x', 'y'], 'b');
    expect(settleColors(before, ['y', 'b', 'x'], 'y')).toEqual({ y: 0, b: 2, x: 1 });
    expect(settleColors({ x: 1, y: 1, z: 99, w: 1.5 }, ['b', 'x', 'y', 'z', 'w'], 'b')).toEqual({ b: 0, x: 1, y: 2, z: 3, w: 4 });
  });

  it('past eight, the places cycle', () => {
    const ids = Array.from({ length: 11 }, (_, k) => `s${k}`);
    const places = settleColors({}, ids, 's0');
    expect(ids.map((id) => places[id])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2]);
  });
});

describe('in the store', () => {
  it('removing a scenario recolours none of the others; the places are saved with the workspace', () => {
    const store = createAppStore();
    const st = () => store.getState();
    const [, a, b, c] = st().order;
    expect([a, b, c].map((id) => st().colors[id!])).toEqual([1, 2, 3]);
    st().remove(b!);
    expect([a, c].map((id) => st().colors[id!])).toEqual([1, 3]);
    const added = st().addScenario(presetById('bn100')?.make() ?? st().scenarios[a!]!, { named: 'user' });
    expect(st().colors[added]).toBe(2);
    const { workspace } = parseWorkspace(serialiseWorkspace(st()));
    expect(workspace!.colors).toEqual(st().colors);
  });
});
