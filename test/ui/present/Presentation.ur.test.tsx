import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../../src/i18n/index';
import { StoreProvider } from '../../../src/state/context';
import { displayNameOf } from '../../../src/state/displayName';
import { PresentButton } from '../../../src/ui/present/PresentButton';
import { englishWords } from '../../i18n/noEnglish';
import { storeWithResults } from '../views/storeWithResults';
import { CITATION_WORDS } from '../editor/urdu';

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

/** Every word on the slide: its own, its charts', the ranking table's and the assumption rows'. */
function ownText(slide: HTMLElement): string {
  const copy = slide.cloneNode(true) as HTMLElement;
  // Block elements' texts apart, as they read ("Rs 80 bn a year" above "80 ارب …", not "year80").
  const texts: string[] = [];
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
  return texts.join(' ');
}

describe('the slides in Urdu', () => {
  beforeAll(() => {
    storeWithResults();
  }, 60_000);

  it('every slide and the deck around it are in Urdu (scenario names apart), numbered "سلائیڈ n از N"', async () => {
    const store = storeWithResults();
    render(
      <StoreProvider store={store}>
        <PresentButton />
      </StoreProvider>,
    );
    const names = Object.values(store.getState().scenarios).map((s) => s.name);
    // Scenario names a user typed, and the names of cited publications and organisations, stay as written.
    const allowed = [...names.flatMap((n) => n.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []), ...CITATION_WORDS];
    await userEvent.click(screen.getByRole('button', { name: 'پیش کریں' }));
    const dialog = screen.getByRole('dialog', { name: 'پریزنٹیشن' });
    const nav = within(dialog).getByRole('navigation', { name: 'سلائیڈیں' });
    expect(englishWords(nav.textContent ?? '', ['Esc'])).toEqual([]);
    const total = Number(/از (\d+)/.exec(within(nav).getByText(/^سلائیڈ \d+ از \d+$/).textContent!)![1]);
    expect(total).toBeGreaterThan(5);
    const seen: string[] = [];
    for (let k = 1; k <= total; k++) {
      const slide = within(dialog).getByRole('region', { name: `سلائیڈ ${k} از ${total}` }) as HTMLElement;
      seen.push(slide.className);
      expect({ slide: k, english: englishWords(ownText(slide), allowed) }).toEqual({ slide: k, english: [] });
      await userEvent.keyboard('{ArrowLeft}');
    }
    expect(seen[0]).toContain('slide-title');
    expect(seen.filter((c) => c.includes('slide-scenario')).length).toBeGreaterThan(0);
    expect(seen.at(-1)).toContain('slide-assumptions');
  }, 60_000);

  it('the title slide leads with Urdu and names the scenarios in <bdi>; a scenario slide leads with its Urdu headline', async () => {
    const store = storeWithResults();
    render(
      <StoreProvider store={store}>
        <PresentButton />
      </StoreProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'پیش کریں' }));
    const dialog = screen.getByRole('dialog', { name: 'پریزنٹیشن' });
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('کون غربت سے نکلتا ہے اور نکلا رہتا ہے، اور ہر اخراج پر کتنی لاگت آتی ہے');
    // The baseline's generated name, shown in Urdu.
    const baseline = displayNameOf(store.getState(), store.getState().baselineId);
    expect(baseline).not.toBe(store.getState().scenarios[store.getState().baselineId]!.name);
    const lead = dialog.querySelector('.slide-lead')!;
    expect([...lead.querySelectorAll('bdi')].map((b) => b.textContent)).toContain(baseline);
    expect(lead.textContent).toContain(`${baseline} کے مقابلے میں`);
    // Past what is in each option, to the first scenario's slide.
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toMatch(/^سالانہ \d+ ارب روپے: مہینہ \d+ تک /);
    // The headline opens with the scenario's name as the tabs write it, so no name line above it (it pushed the slide over its height).
    expect(dialog.querySelector('.slide-scenario .slide-kicker')).toBeNull();
    expect(dialog.querySelector('.slide-scenario .slide-lead')!.textContent).toMatch(/^\d+ سال میں [\d.]+ ارب روپے خرچ کرنے سے /);
    await userEvent.keyboard('{End}');
    const table = within(dialog).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['مفروضہ', 'قدر', 'ماخذ']);
  }, 60_000);
});
