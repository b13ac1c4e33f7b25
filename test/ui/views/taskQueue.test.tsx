/**
 * One chart per task: the queue runs one job per macrotask in the order
 * first queued, and a cell's newer value replaces its pending one in place.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { cancel, enqueue } from '../../../src/ui/views/taskQueue';
import { useQueuedValue } from '../../../src/ui/views/useQueuedValue';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
});

describe('enqueue(owner, job)', () => {
  test('runs nothing at once, then one job per task in the order queued', () => {
    const ran: string[] = [];
    const [a, b, c] = [{}, {}, {}];
    enqueue(a, () => ran.push('a'));
    enqueue(b, () => ran.push('b'));
    enqueue(c, () => ran.push('c'));
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  test('a newer job from the same owner replaces the pending one and keeps its turn; a cancelled one never runs', () => {
    const ran: string[] = [];
    const [a, b, c] = [{}, {}, {}];
    enqueue(a, () => ran.push('a1'));
    enqueue(b, () => ran.push('b'));
    enqueue(c, () => ran.push('c'));
    enqueue(a, () => ran.push('a2'));
    cancel(b);
    vi.runAllTimers();
    expect(ran).toEqual(['a2', 'c']);
  });

  test('a job that throws does not stall the ones after it', () => {
    const ran: string[] = [];
    enqueue({}, () => {
      throw new Error('boom');
    });
    enqueue({}, () => ran.push('next'));
    expect(() => vi.advanceTimersToNextTimer()).toThrow('boom');
    vi.runAllTimers();
    expect(ran).toEqual(['next']);
  });
});

interface Value {
  name: string;
  part: string;
}

function Probe({ id, value }: { id: string; value: Value }) {
  const { shown, current } = useQueuedValue(value, (v) => v.part);
  return (
    <p data-testid={id} aria-busy={!current}>
      {shown ? `${shown.name}:${shown.part}` : 'none'}
    </p>
  );
}

describe('useQueuedValue(value, key)', () => {
  test('two cells take their values in two separate tasks, in order', () => {
    const v = { name: 'v1', part: 'p1' };
    render(
      <>
        <Probe id="first" value={v} />
        <Probe id="second" value={v} />
      </>,
    );
    expect(screen.getByTestId('first')).toHaveTextContent('none');
    act(() => vi.advanceTimersToNextTimer());
    expect(screen.getByTestId('first')).toHaveTextContent('v1:p1');
    expect(screen.getByTestId('second')).toHaveTextContent('none');
    act(() => vi.advanceTimersToNextTimer());
    expect(screen.getByTestId('second')).toHaveTextContent('v1:p1');
    expect(screen.getByTestId('second')).toHaveAttribute('aria-busy', 'false');
  });

  test('a new value with the same key is not redrawn; a new key is, one task later', () => {
    const { rerender } = render(<Probe id="cell" value={{ name: 'v1', part: 'p1' }} />);
    act(() => vi.runAllTimers());
    rerender(<Probe id="cell" value={{ name: 'v2', part: 'p1' }} />);
    act(() => vi.runAllTimers());
    expect(screen.getByTestId('cell')).toHaveTextContent('v1:p1');
    expect(screen.getByTestId('cell')).toHaveAttribute('aria-busy', 'false');
    rerender(<Probe id="cell" value={{ name: 'v3', part: 'p2' }} />);
    expect(screen.getByTestId('cell')).toHaveTextContent('v1:p1');
    expect(screen.getByTestId('cell')).toHaveAttribute('aria-busy', 'true');
    act(() => vi.advanceTimersToNextTimer());
    expect(screen.getByTestId('cell')).toHaveTextContent('v3:p2');
  });
});
