/**
 * The assumption tables laid out a row a block on a phone (the Assumptions
 * view's and the report's, tables.css; the assumptions slide's, present.css)
 * say what each of their parts is in a role of its own, as display: block
 * would otherwise lose it for Safari's VoiceOver, which takes a table part's
 * role from its display: the table, its row groups, rows, column and row
 * headers and cells, so that each value is still read with its column.
 * Fails if a part of either table is left to its element's role again.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreProvider } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { PresentButton } from '../../src/ui/present/PresentButton';
import { AssumptionsView } from '../../src/ui/views/AssumptionsView';

/** Each part of `table` with the role it is given, as [tag, role]; a header cell's tag says where it is. */
function partsAndRoles(table: HTMLTableElement): [string, string | null][] {
  const parts = [table, ...table.querySelectorAll('thead, tbody, tr, th, td')];
  return parts.map((el) => [el.tagName === 'TH' ? `${el.closest('thead') ? 'thead' : 'tbody'} th` : el.tagName.toLowerCase(), el.getAttribute('role')]);
}

const ROLES: Record<string, string> = { table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tr: 'row', 'thead th': 'columnheader', 'tbody th': 'rowheader', td: 'cell' };

function expectRolesGiven(table: HTMLTableElement) {
  const parts = partsAndRoles(table);
  expect(parts.filter(([tag]) => tag === 'td').length).toBeGreaterThan(0);
  expect(parts.filter(([tag, role]) => role !== ROLES[tag])).toEqual([]);
}

describe('the assumption tables laid out a row a block', () => {
  it('the Assumptions view’s (the report’s too) gives each part of its table its role', () => {
    render(
      <StoreProvider store={createAppStore()}>
        <AssumptionsView />
      </StoreProvider>,
    );
    const table = within(screen.getByRole('region', { name: 'Parameters' })).getByRole('table') as HTMLTableElement;
    expectRolesGiven(table);
    // Each value with its column's header, each row with its parameter's.
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Parameter', 'This scenario', 'Default', 'Allowed', 'Source']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getAllByRole('rowheader')).toHaveLength(1);
    expect(within(rows[0]!).getAllByRole('cell')).toHaveLength(4);
  });

  it('the assumptions slide’s gives each part of its table its role, its caption still its name', async () => {
    render(
      <StoreProvider store={createAppStore()}>
        <PresentButton />
      </StoreProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    await userEvent.keyboard('{End}');
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    const table = within(dialog).getByRole('table', { name: /^As set in “.+”; every assumption, with its range, is in the Assumptions view\.$/ }) as HTMLTableElement;
    expect(table.caption).not.toBeNull();
    expectRolesGiven(table);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(within(row).getAllByRole('rowheader')).toHaveLength(1);
      expect(within(row).getAllByRole('cell')).toHaveLength(2);
    }
  });
});
