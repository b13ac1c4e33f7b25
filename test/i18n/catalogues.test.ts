/**
 * Every language has every message: a key the Urdu catalogue lacks (or has
 * extra), an empty message, or a message whose {{placeholders}} differ from
 * the English one fails here, so no screen falls back to English unnoticed.
 */
import { describe, expect, test } from 'vitest';
import { en, resources } from '../../src/i18n/resources';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const english = leaves(en as unknown as Tree);
  for (const [language, catalogue] of Object.entries(resources)) {
    if (language === 'en') continue;
    const other = leaves(catalogue as unknown as Tree);
    test(`${language} has exactly the English keys`, () => {
      const missing = [...english.keys()].filter((k) => !other.has(k));
      const extra = [...other.keys()].filter((k) => !english.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
    test(`${language} messages are non-empty and keep every {{placeholder}}`, () => {
      const bad: string[] = [];
      for (const [key, message] of other) {
        const reference = english.get(key);
        if (reference === undefined) continue;
        if (message.trim() === '' && reference.trim() !== '') bad.push(`${key}: empty`);
        else if (placeholders(message).join() !== placeholders(reference).join()) bad.push(`${key}: placeholders ${placeholders(message).join()} ≠ ${placeholders(reference).join()}`);
      }
      expect(bad).toEqual([]);
    });
  }

  test('the check itself notices a missing key', () => {
    const withHole = { ...(resources.ur.common as unknown as Tree) };
    delete (withHole as Record<string, unknown>).appTitle;
    expect(leaves(withHole).has('appTitle')).toBe(false);
    expect(english.has('common.appTitle')).toBe(true);
  });
});
