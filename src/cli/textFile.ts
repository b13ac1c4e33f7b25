/** Reading a text file for the CLI, with the reason in words when it cannot be read (or is not JSON). */
import { readFileSync } from 'node:fs';
import { jsonErrorPlace, jsonErrorReason } from '../engine/index';

export function readTextFile(file: string): { ok: true; text: string } | { ok: false; why: string } {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, why: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message };
  }
}

/**
 * Why `text`, read from `file`, is not JSON: where it goes wrong, by line and column (a reader's editor shows
 * those, not the offset JSON.parse gives), and JSON.parse's own reason.
 */
export function notJsonProblem(file: string, text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const place = jsonErrorPlace(text, message);
  return `${file}: not valid JSON${place ? ` at line ${place.line}, column ${place.column}` : ''}: ${jsonErrorReason(message)}`;
}
