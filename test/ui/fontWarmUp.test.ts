import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { RESULT_TEXT, SVG_TEXT, warmResultFonts } from '../../src/ui/fontWarmUp';

const SRC = join(import.meta.dirname, '../../src');
const css = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css'))
  .map((f) => readFileSync(join(SRC, f), 'utf8'))
  .join('\n');

describe('warmResultFonts: a line in each of the results’ text styles, laid out once at start-up', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.lang = '';
  });

  it('names only classes the stylesheets still style (a renamed class would warm the wrong font)', () => {
    const classes = new Set(RESULT_TEXT.flatMap((path) => path.split('>').flatMap((part) => part.trim().split('.').slice(1))));
    expect(classes.size).toBeGreaterThan(10);
    const unstyled = [...classes].filter((c) => !new RegExp(`\\.${c}(?![\\w-])`).test(css));
    expect(unstyled).toEqual([]);
  });

  /** Run the warm-up with the tasks between styles counted (not waited for); returns how many there were. */
  async function warm(): Promise<number> {
    let tasks = 0;
    await warmResultFonts(document, async () => {
      tasks++;
    });
    return tasks;
  }

  it('lays out every style nested as in the page, one style a task, hidden from sight and from assistive technology, and leaves nothing behind', async () => {
    const before = document.body.innerHTML;
    const laidOut: HTMLElement[] = [];
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
      laidOut.push(this.cloneNode(true) as HTMLElement);
      expect(this.isConnected).toBe(true);
      return 0;
    });
    const tasks = await warm();
    expect(document.body.innerHTML).toBe(before);
    // One box a style, each in a task of its own (a task boundary before each, so none runs in the caller's task).
    expect(laidOut).toHaveLength(RESULT_TEXT.length + SVG_TEXT.length);
    expect(tasks).toBe(laidOut.length);
    for (const box of laidOut) {
      expect(box.getAttribute('aria-hidden')).toBe('true');
      // Laid out (display:none would skip the layout, and with it every lookup), but never seen: hidden and off the page.
      expect(box.style.visibility).toBe('hidden');
      expect(box.style.display).toBe('');
      expect(box.style.position).toBe('absolute');
      expect(parseFloat(box.style.insetInlineStart)).toBeLessThanOrEqual(-10000);
    }
    RESULT_TEXT.forEach((path, k) => {
      const selector = path.replace(/>/g, ' > ');
      const found = laidOut[k]!.querySelector(`:scope > ${selector}`);
      expect(found, path).not.toBeNull();
      expect(found!.textContent).toMatch(/0123456789/);
    });
    // The svg charts' sizes, weights and styles, in the charts' frame (whose font they inherit).
    const lines = laidOut.slice(RESULT_TEXT.length).flatMap((box) => [...box.querySelectorAll(':scope > figure.chart-frame > span')] as HTMLElement[]);
    expect(lines.map((l) => [l.style.fontSize, l.style.fontWeight, l.style.fontStyle])).toEqual(
      SVG_TEXT.map((s) => [`${s.size}px`, String(s.weight), s.italic ? 'italic' : 'normal']),
    );
  });

  it('looks the svg charts’ sizes up at the chart scale of a large screen there', async () => {
    const view = document.defaultView!;
    Object.defineProperty(view, 'matchMedia', { configurable: true, value: (query: string) => ({ matches: query === '(min-width: 1600px)', media: query }) });
    onTestFinished(() => {
      delete (view as { matchMedia?: unknown }).matchMedia;
    });
    const sizes: string[] = [];
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
      sizes.push(...[...this.querySelectorAll(':scope > figure.chart-frame > span')].map((l) => (l as HTMLElement).style.fontSize));
      return 0;
    });
    await warm();
    expect(sizes).toEqual(SVG_TEXT.map((t) => `${t.size * 1.25}px`));
  });

  it('writes the page’s language’s letters: Urdu’s in Urdu, whose own font is then looked up too', async () => {
    const texts: string[] = [];
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
      const sentence = this.querySelector('p.headline-sentence');
      if (sentence) texts.push(sentence.textContent!);
      return 0;
    });
    await warm();
    document.documentElement.lang = 'ur';
    await warm();
    expect(texts[0]).not.toMatch(/[\u0600-\u06ff]/);
    expect(texts[1]).toMatch(/اردو/);
  });

  it('stops at a failing style and leaves nothing behind (start-up only warns)', async () => {
    const before = document.body.innerHTML;
    let calls = 0;
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(() => {
      if (++calls === 3) throw new Error('no layout');
      return 0;
    });
    await expect(warm()).rejects.toThrow('no layout');
    expect(calls).toBe(3);
    expect(document.body.innerHTML).toBe(before);
  });
});
