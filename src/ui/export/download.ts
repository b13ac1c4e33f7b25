/**
 * Handing a file to the user: a Blob behind a temporary object URL, clicked
 * through an invisible link, and file names made from titles.
 */

export const MIME = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
} as const;

export type FileKind = keyof typeof MIME;

/**
 * "Poverty over time: Rs 80 bn a year" → "poverty-over-time-rs-80-bn-a-year", at most 80 characters.
 * Letters of other scripts stay (an Urdu title names its file in Urdu); Latin accents go.
 */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s || 'export';
}

/** A file name from its parts, e.g. fileName(['Poverty over time'], 'svg') → "poverty-over-time.svg". */
export function fileName(parts: readonly string[], kind: FileKind): string {
  return `${parts.map(slug).join('_')}.${kind}`;
}

/** Offer `data` as a download named `name`. */
export function download(data: Blob | string, name: string, kind: FileKind): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: MIME[kind] }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
