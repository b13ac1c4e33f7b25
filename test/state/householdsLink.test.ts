// @vitest-environment node
// A link or scenario file carries a scenario's household data by reference
// (id, name, SHA-256, rows), never the data; the workspace keeps it too.
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, readScenarioFile, scenarioFileText } from '../../src/state/shareLink';
import { parseWorkspace, serialiseWorkspace } from '../../src/state/workspace';
import { createAppStore } from '../../src/state/store';
import { presetById } from '../../src/state/presets';

const REF = { id: 'hies-2019', name: 'HIES 2019.csv', sha256: 'c0ffee'.padEnd(64, '0'), rows: 24_809 };

describe('household data in links, files and the saved workspace', () => {
  it('a share link carries the reference and nothing more', () => {
    const s = { ...presetById('bn80')!.make(), households: REF };
    const base = presetById('baseline')!.make();
    const fragment = encodeShareFragment({ engineVersion: '1', scenarios: [base, s], baseline: 0, compare: [1], active: 1 });
    const o = decodeShareFragment(`#${fragment}`, '1');
    if (!o.ok) throw new Error(o.problems.join('\n'));
    expect(o.comparison.scenarios[1]!.households).toEqual(REF);
    expect(o.comparison.scenarios[0]!.households).toBeNull();
    // A reference, not data: the link is as short as any other.
    expect(fragment.length).toBeLessThan(4000);
  });

  it('a scenario file round-trips the reference', () => {
    const s = { ...presetById('bn80')!.make(), households: REF };
    const o = readScenarioFile(scenarioFileText(s), 'x.json', '1');
    if (!o.ok) throw new Error(o.problems.join('\n'));
    expect(o.comparison.scenarios[0]!.households).toEqual(REF);
  });

  it('the saved workspace keeps it', () => {
    const store = createAppStore();
    const st = store.getState();
    expect(st.setHouseholds(st.activeId, REF)).toEqual([]);
    const { workspace, problems } = parseWorkspace(serialiseWorkspace(store.getState()));
    expect(problems).toEqual([]);
    expect(workspace!.scenarios[st.activeId]!.households).toEqual(REF);
  });
});
