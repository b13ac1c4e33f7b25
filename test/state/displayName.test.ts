/**
 * Scenario names as shown: a name the app made (generated, a preset's, a
 * duplicate's "(copy)") is shown in the reader's language and stored in
 * English as before; a name the user typed is shown as typed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../src/i18n/index';
import { stripBidi } from '../../src/i18n/bidi';
import { createAppStore } from '../../src/state/store';
import { displayName, displayNameOf } from '../../src/state/displayName';
import { PRESETS, presetLabel } from '../../src/state/presets';
import { serialiseWorkspace } from '../../src/state/workspace';
import { englishWords } from '../i18n/noEnglish';

const shown = (store: ReturnType<typeof createAppStore>) => store.getState().order.map((id) => stripBidi(displayNameOf(store.getState(), id)));
const stored = (store: ReturnType<typeof createAppStore>) => store.getState().order.map((id) => store.getState().scenarios[id]!.name);

describe('displayName(scenario, meta)', () => {
  afterEach(() => applyLocale('en', 'international', undefined));

  it('in English is the stored name, and a preset is named as its label says', () => {
    const store = createAppStore();
    store.getState().createFromPreset('cash');
    expect(shown(store)).toEqual(stored(store));
    for (const p of PRESETS) expect(presetLabel(p)).toBe(p.label);
  });

  describe('in Urdu', () => {
    beforeEach(() => applyLocale('ur', 'international', undefined));

    it('shows generated names in Urdu; what is stored (and saved) does not change', () => {
      const store = createAppStore();
      const saved = serialiseWorkspace(store.getState());
      expect(shown(store)).toEqual(['موجودہ صورتحال (کوئی نیا پروگرام نہیں)', 'سالانہ 80 ارب روپے', 'سالانہ 100 ارب روپے', 'سالانہ 120 ارب روپے']);
      expect(stored(store)).toEqual(['Status quo (no new programmes)', 'Rs 80 bn a year', 'Rs 100 bn a year', 'Rs 120 bn a year']);
      expect(serialiseWorkspace(store.getState())).toBe(saved);
    });

    it('follows the contents: a path, a custom split, a top-up, and the number that makes a name unique', () => {
      const store = createAppStore();
      const [, a, b] = store.getState().order as [string, string, string];
      store.getState().setParam(a, 'budget', 'annualBn', [80, 100, 120]);
      store.getState().setParam(a, 'budget', 'programmeShares', { cash: 0.8, stipend: 0.1, microfinance: 0.025, training: 0.0125, farm: 0.0125, admin: 0.05 });
      store.getState().setParam(b, 'budget', 'annualBn', [120]);
      expect(stored(store)[1]).toBe('Rs 80 → 100 → 120 bn, custom split');
      expect(shown(store)[1]).toBe('80 ← 100 ← 120 ارب روپے، ترمیم شدہ تقسیم');
      expect(stored(store)[2]).toBe('Rs 120 bn a year 2');
      expect(shown(store)[2]).toBe('سالانہ 120 ارب روپے 2');
      store.getState().setParam(b, 'cash', 'existingTopUpPKR', 500);
      expect(shown(store)[2]).toBe('سالانہ 120 ارب روپے، موجودہ نقد منتقلی میں 500 روپے اضافہ');
      expect(englishWords(shown(store).join(' '))).toEqual([]);
    });

    it('shows a preset\u2019s descriptive name in Urdu, and a duplicate\u2019s "(copy)", until the user renames it', () => {
      const store = createAppStore();
      const id = store.getState().createFromPreset('cash');
      const copy = store.getState().duplicate(id);
      expect(stripBidi(displayNameOf(store.getState(), id))).toBe('نقد منتقلی پر زور');
      expect(stripBidi(displayNameOf(store.getState(), copy))).toBe('نقد منتقلی پر زور (نقل)');
      expect(store.getState().scenarios[copy]!.name).toBe('Cash heavy (copy)');
      // Edited contents keep the name (and the badge says so); a rename makes it the user's.
      store.getState().setParam(id, 'cash', 'benefitPKR', 3000);
      expect(stripBidi(displayNameOf(store.getState(), id))).toBe('نقد منتقلی پر زور');
      expect(store.getState().rename(id, 'Cash heavy, bigger grant')).toEqual([]);
      expect(displayNameOf(store.getState(), id)).toBe('Cash heavy, bigger grant');
      expect(PRESETS.map((p) => presetLabel(p)).filter((l) => englishWords(l).length > 0)).toEqual([]);
    });

    it('shows the optimiser\u2019s "(optimised)" proposal of a generated or preset name in Urdu', () => {
      const store = createAppStore();
      const [, bn80] = store.getState().order as [string, string];
      const proposal = structuredClone(store.getState().scenarios[bn80]!);
      proposal.name = 'Rs 80 bn a year (optimised)';
      proposal.policy.budget.programmeShares = { cash: 0.38, stipend: 0.57, microfinance: 0, training: 0, farm: 0, admin: 0.05 };
      proposal.policy.cash.existingTopUpPKR = 500;
      const id = store.getState().addScenario(proposal);
      expect(stripBidi(displayNameOf(store.getState(), id))).toBe('سالانہ 80 ارب روپے (بہترین تقسیم)');
      const again = store.getState().addScenario(proposal);
      expect(store.getState().scenarios[again]!.name).toBe('Rs 80 bn a year (optimised) 2');
      expect(stripBidi(displayNameOf(store.getState(), again))).toBe('سالانہ 80 ارب روپے (بہترین تقسیم) 2');
      const cash = store.getState().createFromPreset('cash');
      const fromPreset = store.getState().addScenario({ ...store.getState().scenarios[cash]!, name: 'Cash heavy (optimised)' });
      expect(stripBidi(displayNameOf(store.getState(), fromPreset))).toBe('نقد منتقلی پر زور (بہترین تقسیم)');
    });

    it('shows a name the user typed as typed, even one that reads like a generated name', () => {
      const store = createAppStore();
      const id = store.getState().order[1]!;
      expect(store.getState().rename(id, 'Cabinet plan')).toEqual([]);
      expect(displayNameOf(store.getState(), id)).toBe('Cabinet plan');
      const other = store.getState().order[2]!;
      store.getState().setParam(other, 'budget', 'annualBn', [90]);
      expect(store.getState().rename(other, 'Rs 100 bn a year')).toEqual([]);
      expect(displayNameOf(store.getState(), other)).toBe('Rs 100 bn a year');
      // A scenario without a naming record (an old workspace): its name is the user's.
      const s = store.getState().scenarios[store.getState().baselineId]!;
      expect(displayName(s, undefined)).toBe(s.name);
    });

    it('is worked out again for a new naming record of the same scenario (names are remembered by scenario and record)', () => {
      const store = createAppStore();
      const id = store.getState().order[1]!;
      const s = store.getState().scenarios[id]!;
      const auto = store.getState().meta[id]!;
      expect(stripBidi(displayName(s, auto))).toBe('سالانہ 80 ارب روپے');
      // The same contents under a name the user gave for them: the same scenario object, another record.
      const user = { named: 'user' as const, origin: { ...s, name: 'Cabinet plan' }, namedFor: s };
      expect(displayName(s, user)).toBe(s.name);
      expect(stripBidi(displayName(s, auto))).toBe('سالانہ 80 ارب روپے');
      expect(displayName(s, auto, 'en')).toBe(s.name);
    });

    it('shows a generated name that came in a shared comparison in Urdu', () => {
      const store = createAppStore();
      // On another seed, so it is not the receiver's own Rs 80 bn scenario (which it would then simply be).
      const sent = structuredClone(store.getState().scenarios[store.getState().order[1]!]!);
      sent.run.seed = 99;
      const shared = { engineVersion: 'test', scenarios: [sent], baseline: -1, compare: [0], active: 0 };
      const [id] = store.getState().openComparison(shared);
      expect(store.getState().scenarios[id!]!.name).toBe('Rs 80 bn a year 2');
      expect(stripBidi(displayNameOf(store.getState(), id!))).toBe('سالانہ 80 ارب روپے 2');
    });

    it('says why a name is refused in Urdu', () => {
      const store = createAppStore();
      const id = store.getState().activeId;
      const messages = [store.getState().rename(id, ' '), store.getState().rename(id, 'x'.repeat(61)), store.getState().rename(id, 'Rs 100 bn a year')].map((i) => stripBidi(i[0]!.message));
      expect(messages).toEqual(['خالی نہیں ہو سکتا', '61 حروف پر مشتمل ہے؛ اسے 60 حروف تک محدود رکھیں', '“Rs 100 bn a year” کسی اور منظرنامے کا نام ہے']);
    });
  });
});
