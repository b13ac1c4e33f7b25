/**
 * views/report/paper: the report is laid out for paper from the moment the
 * browser says it will print (beforeprint, or the print media query) until it
 * has (afterprint), synchronously, since print lays the page out before any
 * later task or layout report; what the report measures for paper is measured
 * again after it is laid out so. Fails if printing from a phone prints the
 * phone's layout again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { useLayoutEffect, useRef } from 'react';
import { onLaidOutForPaper, usePaperLayout } from '../../../src/ui/views/report/paper';

/** A report's stand-in: its layout as a class, and what its measures saw, in order. */
function Probe({ seen }: { seen: string[] }) {
  const paper = usePaperLayout();
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => onLaidOutForPaper(() => seen.push(`measured on ${box.current!.className}`)), [seen]);
  return <div ref={box} data-testid="report" className={paper ? 'paper' : 'screen'} />;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('usePaperLayout() and onLaidOutForPaper()', () => {
  it('lays the report out for paper on beforeprint, synchronously, then measures it so; on screen again after afterprint', () => {
    const seen: string[] = [];
    render(<Probe seen={seen} />);
    const report = screen.getByTestId('report');
    expect(report).toHaveClass('screen');
    // No act(): the page must be laid out for paper by the time the event's handlers return, as print follows at once.
    window.dispatchEvent(new Event('beforeprint'));
    expect(report).toHaveClass('paper');
    expect(seen).toEqual(['measured on paper']);
    window.dispatchEvent(new Event('afterprint'));
    expect(report).toHaveClass('screen');
    expect(seen).toEqual(['measured on paper']);
  });

  it('lays the next report out for screen after afterprint, though the last one unmounted while printing', () => {
    const first = render(<Probe seen={[]} />);
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByTestId('report')).toHaveClass('paper');
    first.unmount();
    window.dispatchEvent(new Event('afterprint'));
    render(<Probe seen={[]} />);
    expect(screen.getByTestId('report')).toHaveClass('screen');
  });

  it('lays it out for paper while print media applies (print emulated), and not after', () => {
    const query = Object.assign(new EventTarget(), { matches: false, media: 'print' });
    vi.stubGlobal('matchMedia', (media: string) => (media === 'print' ? query : { matches: false, addEventListener() {}, removeEventListener() {} }));
    const seen: string[] = [];
    render(<Probe seen={seen} />);
    const report = screen.getByTestId('report');
    expect(report).toHaveClass('screen');
    query.matches = true;
    query.dispatchEvent(new Event('change'));
    expect(report).toHaveClass('paper');
    expect(seen).toEqual(['measured on paper']);
    // Printed while emulated: still paper after afterprint, as print media still applies.
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(report).toHaveClass('paper');
    query.matches = false;
    query.dispatchEvent(new Event('change'));
    expect(report).toHaveClass('screen');
  });
});
