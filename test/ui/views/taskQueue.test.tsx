/**
 * One chart per task: the queue runs one job per macrotask in the order
 * first queued, and a cell's newer value replaces its pending one in place.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { cancel, enqueue, enqueueWhenSettled, flushAll, SETTLE_MS } from '../../../src/ui/views/taskQueue';
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

function Probe({ id, value, inSight = true }: { id: string; value: Value; inSight?: boolean }) {
  const { shown, current } = useQueuedValue(value, (v) => v.part, inSight);
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

describe('enqueueWhenSettled(owner, job): a chart out of sight', () => {
  test('waits until its owner has had no newer job for SETTLE_MS, then takes its turn in the queue', () => {
    const ran: string[] = [];
    const a = {};
    enqueueWhenSettled(a, () => ran.push('a1'));
    vi.advanceTimersByTime(SETTLE_MS - 1);
    // A newer result before it settled: the wait starts again, and only the newest job will run.
    enqueueWhenSettled(a, () => ran.push('a2'));
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a2']);
  });

  test('cancel drops a waiting job; flushAll (before printing) runs every queued and waiting job at once', () => {
    const ran: string[] = [];
    const [a, b, c] = [{}, {}, {}];
    enqueueWhenSettled(a, () => ran.push('a'));
    enqueue(b, () => ran.push('b'));
    enqueueWhenSettled(c, () => ran.push('c'));
    cancel(c);
    flushAll();
    expect(ran).toEqual(['b', 'a']);
    vi.runAllTimers();
    expect(ran).toEqual(['b', 'a']);
  });

  test('the page flushes them when it is about to print', () => {
    const ran: string[] = [];
    enqueueWhenSettled({}, () => ran.push('waiting'));
    window.dispatchEvent(new Event('beforeprint'));
    expect(ran).toEqual(['waiting']);
  });
});

describe('useQueuedValue(value, key, inSight)', () => {
  test('out of sight, a cell keeps what it shows while results keep coming, takes the last once they settle, and at once when it comes into sight', () => {
    const { rerender } = render(<Probe id="cell" value={{ name: 'v1', part: 'p1' }} inSight={false} />);
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    rerender(<Probe id="cell" value={{ name: 'v2', part: 'p2' }} inSight={false} />);
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    expect(screen.getByTestId('cell')).toHaveTextContent('none');
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    act(() => vi.advanceTimersToNextTimer());
    expect(screen.getByTestId('cell')).toHaveTextContent('v2:p2');
    rerender(<Probe id="cell" value={{ name: 'v3', part: 'p3' }} inSight={false} />);
    act(() => vi.advanceTimersToNextTimer());
    expect(screen.getByTestId('cell')).toHaveTextContent('v2:p2');
    expect(screen.getByTestId('cell')).toHaveAttribute('aria-busy', 'true');
    // Scrolled into sight: drawn in the next task, without waiting for the results to settle.
    rerender(<Probe id="cell" value={{ name: 'v3', part: 'p3' }} inSight />);
    act(() => vi.advanceTimersToNextTimer());
    expect(screen.getByTestId('cell')).toHaveTextContent('v3:p3');
  });

  test('out of sight, new values with an unchanged key (another part of the inputs refreshed) do not hold it back', () => {
    const { rerender } = render(<Probe id="cell" value={{ name: 'v1', part: 'p1' }} inSight={false} />);
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    // A new value, but what this cell draws (its key) is still p1: the wait does not start again.
    rerender(<Probe id="cell" value={{ name: 'v2', part: 'p1' }} inSight={false} />);
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2 - 1));
    expect(screen.getByTestId('cell')).toHaveTextContent('none');
    act(() => vi.advanceTimersByTime(1));
    act(() => vi.advanceTimersToNextTimer());
    // Drawn SETTLE_MS after its key was first wanted, from the newest value.
    expect(screen.getByTestId('cell')).toHaveTextContent('v2:p1');
    expect(screen.getByTestId('cell')).toHaveAttribute('aria-busy', 'false');
  });
});
