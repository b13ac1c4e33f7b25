/** ui/memory: a choice outlives the component that made it, kept per place; outside any place it is the component's own. */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MemoryProvider, MemoryScope, useRemembered } from '../../src/ui/memory';

function Choice({ label }: { label: string }) {
  const [on, setOn] = useRemembered('table', false);
  return (
    <button type="button" aria-pressed={on} onClick={() => setOn(!on)}>
      {label}
    </button>
  );
}

/** Draws its children afresh (a new key) on "redraw", as Root does on a change of language. */
function Redrawn({ children }: { children: React.ReactNode }) {
  const [n, setN] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setN(n + 1)}>
        redraw
      </button>
      <div key={n}>{children}</div>
    </>
  );
}

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('useRemembered', () => {
  it('keeps a choice across a fresh drawing, per place: two charts, or one chart in two columns, keep their own', () => {
    render(
      <MemoryProvider>
        <Redrawn>
          <MemoryScope name="compare">
            <MemoryScope name="sc-1">
              <MemoryScope name="budget">
                <Choice label="one" />
              </MemoryScope>
            </MemoryScope>
            <MemoryScope name="sc-2">
              <MemoryScope name="budget">
                <Choice label="two" />
              </MemoryScope>
            </MemoryScope>
          </MemoryScope>
        </Redrawn>
      </MemoryProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'one' }));
    expect([pressed('one'), pressed('two')]).toEqual(['true', 'false']);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'redraw' })));
    expect([pressed('one'), pressed('two')]).toEqual(['true', 'false']);
    fireEvent.click(screen.getByRole('button', { name: 'one' }));
    fireEvent.click(screen.getByRole('button', { name: 'two' }));
    act(() => fireEvent.click(screen.getByRole('button', { name: 'redraw' })));
    expect([pressed('one'), pressed('two')]).toEqual(['false', 'true']);
  });

  it('outside any place (a chart on its own) is the component’s own state: two of them do not share it, and a new one starts afresh', () => {
    render(
      <MemoryProvider>
        <Redrawn>
          <Choice label="one" />
          <Choice label="two" />
        </Redrawn>
      </MemoryProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'one' }));
    expect([pressed('one'), pressed('two')]).toEqual(['true', 'false']);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'redraw' })));
    expect([pressed('one'), pressed('two')]).toEqual(['false', 'false']);
  });

  it('a view’s own place inside another view (the report’s Sensitivity section) shares that view’s choices, not the outer view’s', () => {
    const { rerender } = render(
      <MemoryProvider>
        <MemoryScope key="sensitivity" name="sensitivity">
          <MemoryScope name="tornado">
            <Choice label="in its view" />
          </MemoryScope>
        </MemoryScope>
      </MemoryProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'in its view' }));
    rerender(
      <MemoryProvider>
        {/* Another view drawn in its place: its components start afresh, as App's do. */}
        <MemoryScope key="report" name="results">
          <MemoryScope name="tornado">
            <Choice label="a chart of the outer view" />
          </MemoryScope>
          <MemoryScope name="sensitivity" view>
            <MemoryScope name="tornado">
              <Choice label="in the report" />
            </MemoryScope>
          </MemoryScope>
        </MemoryScope>
      </MemoryProvider>,
    );
    expect([pressed('a chart of the outer view'), pressed('in the report')]).toEqual(['false', 'true']);
  });

  it('works with no provider at all', () => {
    render(
      <MemoryScope name="results">
        <Choice label="one" />
      </MemoryScope>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'one' }));
    expect(pressed('one')).toBe('true');
  });
});
