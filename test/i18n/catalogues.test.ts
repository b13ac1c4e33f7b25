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

// Bug: the notes defining a sustained exit said "at least 12 consecutive months and still out at the end", which also
// reads as a year out at any time and out again at the end (about 15% more exits); the engine counts one spell, out
// through at least the last 12 months (engine model/outcomes, docs/model.md §9).
describe('the definition of a sustained exit', () => {
  const said = { en: 'without a break through at least the last 12 months', ur: 'کم از کم آخری 12 مہینے بلا وقفہ' } as const;
  for (const [language, words] of Object.entries(said)) {
    test(`${language} says the last 12 months, without a break, wherever it is defined`, () => {
      const messages = leaves(resources[language as keyof typeof resources] as unknown as Tree);
      for (const key of ['charts.text.exits.note', 'optimise.objectives.maxSustainedExits.help', 'present.slide.twoCounts']) {
        expect(messages.get(key), key).toContain(words);
      }
    });
  }
});
