/**
 * For tests that render a screen in Urdu: the English words left in it. A
 * word is a run of three or more Latin letters; acronyms, units and names
 * that stay in Latin script in Urdu writing are allowed, as are the words of
 * texts that are data rather than interface (scenario names a user typed,
 * citations), passed in `allow`.
 */
export const LATIN_IN_URDU = ['PMT', 'PAR', 'PAR30', 'BISP', 'CSV', 'PNG', 'SVG', 'JSON', 'PDF', 'PKR', 'Gini', 'FGT', 'HIES', 'PSLM', 'Rs', 'URL', 'MFI', 'ENGINE', 'Monte', 'Carlo'];

export function englishWords(text: string, allow: readonly string[] = []): string[] {
  const allowed = new Set([...LATIN_IN_URDU, ...allow].map((w) => w.toLowerCase()));
  const words = text.match(/[A-Za-z][A-Za-z0-9]{2,}/g) ?? [];
  return [...new Set(words.filter((w) => !allowed.has(w.toLowerCase())))];
}
