/**
 * Plain-language names of programmes, record keys and enum options, in the
 * current language (params namespace). The records read the catalogue on
 * each access, so code that indexes them (OPTION_LABELS[o]) follows a
 * language switch without holding a stale copy.
 */
import { i18n } from '../../i18n/index';
import { params } from '../../i18n/locales/en/params';

/** A record whose values are looked up in the catalogue whenever read; keys outside `keys` are undefined. */
export function liveRecord<K extends string>(keys: readonly K[], lookup: (key: K) => string): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(out, key, { enumerable: true, get: () => lookup(key) });
  return out;
}

/** A message by a key built at run time (the typed t only takes literal keys). */
export const message = (key: string, options?: Record<string, unknown>): string =>
  (i18n.t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);

type RecordKey = keyof typeof params.keys;
const RECORD_KEYS = Object.keys(params.keys) as RecordKey[];

/** Programmes, regions and livelihoods by their keys in the scenario. */
export const KEY_LABELS = liveRecord(RECORD_KEYS, (key) => message(`params:keys.${key}`));

export function keyLabel(key: string): string {
  return (KEY_LABELS as Record<string, string>)[key] ?? key;
}

/** Plain-language names of enum options. */
export const OPTION_LABELS: Record<string, string> = liveRecord(Object.keys(params.options) as (keyof typeof params.options)[], (o) =>
  message(`params:options.${o}`),
);
