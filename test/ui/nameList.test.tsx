/**
 * nameList: names in a sentence of the other direction (Latin names in Urdu) each set as one box, so a name that
 * wraps is not set in pieces around its neighbours (a title slide read "Option B: Ehsaas top-up + microfinance
 * (Rs 100 ،regions first (Rs 80 bn)"). The box is styles.css's `.name-unit`, which this checks is the one applied
 * and is an inline block.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { nameList } from '../../src/ui/sentence';

describe('nameList', () => {
  it('sets each name in its own isolate, one box on the line, between the separators', () => {
    const { container } = render(<p>{nameList(['Option A: Cash transfer expansion', 'Option B: Ehsaas top-up'], '، ')}</p>);
    const names = [...container.querySelectorAll('bdi')];
    expect(names.map((b) => b.textContent)).toEqual(['Option A: Cash transfer expansion', 'Option B: Ehsaas top-up']);
    for (const b of names) expect(b).toHaveClass('name-unit');
    expect(container.textContent).toBe('Option A: Cash transfer expansion، Option B: Ehsaas top-up');
    const css = readFileSync(join(process.cwd(), 'src/ui/styles.css'), 'utf8');
    expect(css).toMatch(/\.name-unit\s*\{[^}]*display:\s*inline-block;[^}]*max-width:\s*100%;/);
  });
});
