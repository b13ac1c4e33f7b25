// The household import worker: the real workers/households.worker.ts entry
// run under @vitest/web-worker (jsdom has no Worker of its own), spoken to
// through the app's own parser (createWorkerParser).
import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import { MAX_ERRORS, parseHouseholdsCsv, sha256Hex, summariseHouseholds } from '../../src/engine/index';
import { wrap, type Remote } from 'comlink';
import { createWorkerParser, workerParser } from '../../src/run/households/parser';
import type { ParseApi, ParsedFile } from '../../src/run/households/parseApi';
import { MAX_ERRORS_SENT } from '../../src/run/households/parseApi';
import { isAbort } from '../../src/run/errors';
import { householdsCsv, withCell } from './householdsCsv';

const LINE = 3785;

describe('createWorkerParser().parse(file, line) through the real import worker', () => {
  it('returns the good rows as typed arrays, the file hash and the summary at the line, with progress', async () => {
    const text = householdsCsv(3000);
    const progress: number[] = [];
    const parsed = await createWorkerParser().parse(new Blob([text]), LINE, { onProgress: (p) => progress.push(p.rowsDone) });
    expect(parsed.sha256).toBe(await sha256Hex(text));
    expect(parsed.rows).toBe(3000);
    expect(parsed.badRows).toBe(0);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.n).toBe(3000);
    // By tag: the emulated worker's arrays come from another realm.
    expect(Object.prototype.toString.call(parsed.data.weight)).toBe('[object Float64Array]');
    expect(Object.prototype.toString.call(parsed.data.region)).toBe('[object Uint8Array]');
    // The same numbers as parsing and summarising in this thread.
    const here = parseHouseholdsCsv(text).data;
    expect(Array.from(parsed.data.welfare)).toEqual(Array.from(here.welfare));
    expect(parsed.summary).toEqual(summariseHouseholds(here, LINE));
    expect(parsed.replications).toBe(1);
    expect(progress[0]).toBe(0);
    expect(progress.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps bad rows apart with their line and column, and sends only the first problems with their exact count', async () => {
    const bad: Record<number, (r: string) => string> = { 4: (r) => withCell(r, 'weight', '0'), 9: (r) => withCell(r, 'area', 'suburban') };
    // More rows than the parser lists messages for (MAX_ERRORS), each with two problems.
    const many = MAX_ERRORS + 50;
    for (let k = 100; k < 100 + many; k++) bad[k] = (r) => withCell(withCell(r, 'size', 'many'), 'weight', '-1');
    const parsed = await createWorkerParser().parse(new Blob([householdsCsv(2000, bad)]), LINE);
    expect(parsed.badRows).toBe(2 + many);
    expect(parsed.data.n).toBe(2000 - parsed.badRows);
    expect(parsed.errors).toHaveLength(MAX_ERRORS_SENT);
    expect(parsed.errorCount).toBe(2 + 2 * many);
    // Row k is on line k + 2: the header is line 1.
    expect(parsed.errors[0]).toEqual({
      line: 6, column: 'weight', problem: { kind: 'range', min: 0, max: Infinity, above: true, got: '0' }, message: 'must be greater than 0, got 0',
    });
    expect(parsed.errors[1]).toMatchObject({ line: 11, column: 'area' });
    expect(parsed.errors[2]).toMatchObject({ line: 102, column: 'weight' });
    expect(parsed.errors[3]).toMatchObject({ line: 102, column: 'size' });
  });

  it('reports a bad header on line 1 and a file that is not UTF-8, with no data and no summary', async () => {
    const header = await createWorkerParser().parse(new Blob(['household_id,wieght\nh1,2\n']), LINE);
    expect(header.data.n).toBe(0);
    expect(header.summary).toBeNull();
    expect(header.errors.length).toBeGreaterThan(0);
    expect(header.errors.every((e) => e.line === 1)).toBe(true);
    const latin1 = await createWorkerParser().parse(new Blob([new Uint8Array([0x68, 0xe9, 0xff, 0x0a])]), LINE);
    expect(latin1.errors).toEqual([
      { line: 0, column: null, problem: { kind: 'notUtf8', line: 1, character: 2 }, message: 'the file is not UTF-8 text, first on line 1 at character 2 of the line: save it as CSV UTF-8' },
    ]);
    expect(latin1.summary).toBeNull();
  });

  it('stops a running worker when aborted from its progress report, rejecting as an abort', async () => {
    // The real import worker, whose answer is held back a while: this emulation runs the worker in this
    // thread, so its parse would otherwise be over before its first report arrives. The page then sees
    // what it sees of a worker parsing in its own thread: a report, and no answer yet.
    let stopped = 0;
    let answered = false;
    const parser = workerParser(() => {
      const worker = new Worker(new URL('../../workers/households.worker.ts', import.meta.url), { type: 'module' });
      const remote = wrap<ParseApi>(worker);
      const api = {
        parse: (...args: Parameters<ParseApi['parse']>) =>
          (remote.parse(...args) as Promise<ParsedFile>).then(async (result) => {
            await new Promise((r) => setTimeout(r, 300));
            answered = true;
            return result;
          }),
      } as unknown as Remote<ParseApi>;
      return { api, stop: () => (stopped++, worker.terminate()) };
    });
    const controller = new AbortController();
    const progress: number[] = [];
    const parsing = parser.parse(new Blob([householdsCsv(20_000)]), LINE, {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p.rowsDone);
        controller.abort();
      },
    });
    const error = await parsing.then(() => null, (e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    // Stopped while it had not answered: the abort, not the answer, ended the parse.
    expect(answered).toBe(false);
    expect(stopped).toBe(1);
    expect(progress[0]).toBe(0);
  });
});
