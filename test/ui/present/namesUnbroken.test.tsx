/**
 * A name in capitals with a hyphen in a source ("J-PAL") stays on one line on
 * the assumptions slide: on the Urdu slide at 1280 × 720 and 1920 × 1080
 * "(J-PAL)" had broken after its hyphen. Fails if the slide's source has a
 * hyphen a line may break after inside such a name again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyLocale } from '../../../src/i18n/index';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore } from '../../../src/state/store';
import { PresentButton } from '../../../src/ui/present/PresentButton';
import { namesUnbroken } from '../../../src/ui/present/keyAssumptions';

const WJ = '\u2060';

afterEach(() => applyLocale('en', 'international', undefined));

describe('namesUnbroken(source)', () => {
  it('joins a hyphen to the rest of a name in capitals or digits, and leaves words a hyphen joins to break', () => {
    expect(namesUnbroken('GiveDirectly ~10% (J-PAL)')).toBe(`GiveDirectly ~10% (J-${WJ}PAL)`);
    expect(namesUnbroken('HIES 2018-19; Labour Force Survey 2020-21')).toBe(`HIES 2018-${WJ}19; Labour Force Survey 2020-${WJ}21`);
    // Inside a left-to-right isolate, as an Urdu source holds it (i18n/bidi namesIsolated).
    expect(namesUnbroken('تقریباً 10% (\u2068J-PAL\u2069)')).toBe(`تقریباً 10% (\u2068J-${WJ}PAL\u2069)`);
    for (const words of ['interest-free loans', 'Post-Disaster Needs Assessment', 'Waseela-e-Taleem', 'Take-up']) expect(namesUnbroken(words)).toBe(words);
  });
});

/** The text of the source cell of the budget split's row, on the first slide of assumptions. */
async function splitSource(present: string, dialogName: string, previous: string): Promise<string> {
  render(
    <StoreProvider store={createAppStore()}>
      <PresentButton />
    </StoreProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: present }));
  const dialog = screen.getByRole('dialog', { name: dialogName });
  // The assumptions are the last two slides; the budget's are the first of them.
  await userEvent.keyboard(`{End}{${previous}}`);
  const cells = [...dialog.querySelectorAll('.slide-assumption-table td')].map((td) => td.textContent ?? '');
  expect(within(dialog).getAllByRole('rowheader').length).toBeGreaterThan(0);
  return cells.find((c) => c.includes('PAL'))!;
}

describe('the assumptions slide', () => {
  it('keeps "(J-PAL)" on one line in English', async () => {
    const source = await splitSource('Present', 'Presentation', 'PageUp');
    expect(source).toContain(`(J-${WJ}PAL)`);
  });

  it('keeps "(J-PAL)" on one line in Urdu, inside its left-to-right isolate', async () => {
    applyLocale('ur', 'international', undefined);
    const source = await splitSource('پیش کریں', 'پریزنٹیشن', 'PageUp');
    expect(source).toContain(`(\u2068J-${WJ}PAL\u2069)`);
  });
});
