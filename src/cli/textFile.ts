/** Reading a text file for the CLI, with the reason in words when it cannot be read. */
import { readFileSync } from 'node:fs';

export function readTextFile(file: string): { ok: true; text: string } | { ok: false; why: string } {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, why: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message };
  }
}
