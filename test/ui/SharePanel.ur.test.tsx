import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyLocale } from '../../src/i18n/index';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { SharePanel } from '../../src/ui/SharePanel';
import { englishWords } from '../i18n/noEnglish';

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

describe('<SharePanel> in Urdu', () => {
  it('the Share dialog has no English words; the link itself reads left to right', async () => {
    render(
      <StoreProvider store={createAppStore()}>
        <SharePanel />
      </StoreProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'شیئر' }));
    const dialog = screen.getByRole('dialog', { name: 'یہ موازنہ شیئر کریں' });
    const link = within(dialog).getByLabelText('اسکرین پر موجود موازنے کا لنک');
    expect(link).toHaveAttribute('dir', 'ltr');
    // Text, not the link's value (an input's value is not its text).
    const texts: string[] = [];
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
    expect(englishWords(texts.join(' '))).toEqual([]);
    for (const name of ['کاپی کریں', 'منظرنامے کی فائل ڈاؤن لوڈ کریں', 'موازنے کی فائل ڈاؤن لوڈ کریں', 'بند کریں']) {
      expect(within(dialog).getByRole('button', { name })).toBeInTheDocument();
    }
  });
});
