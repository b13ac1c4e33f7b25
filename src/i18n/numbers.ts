/**
 * How numbers are written: the language's digits, separators and unit words,
 * and the scale large amounts are named on (million and billion, or lakh,
 * crore and arab). One module-level setting, read by ui/format.ts, so that
 * chart code and plain functions format the same way as components.
 */
import type { Language } from './languages';

/** 'international': thousand, million, billion. 'southAsian': thousand, lakh (1e5), crore (1e7), arab (1e9). */
export type NumberScale = 'international' | 'southAsian';
export const NUMBER_SCALES: readonly NumberScale[] = ['international', 'southAsian'];

export interface NumberSettings {
  language: Language;
  scale: NumberScale;
}

let current: NumberSettings = { language: 'en', scale: 'international' };

export function numberSettings(): NumberSettings {
  return current;
}

export function setNumberSettings(next: NumberSettings): void {
  current = { ...next };
}

/** The Intl locale for a language: English keeps the grouping it always had; Urdu is Pakistan's. */
export function intlLocale(language: Language = current.language): string {
  return language === 'ur' ? 'ur-PK' : 'en-US';
}
