/**
 * English names of the entries of the records whose entries can each be
 * uncertain (regions, livelihoods), for the engine's own English: the label
 * of an uncertain entry ("Disaster rate (rural): Sindh") that the CLI's
 * sensitivity file carries. The app's words for them are the params
 * catalogue's keys, whose English is built from these, so the two agree.
 */
import type { Livelihood } from '../population/livelihoods';
import { REGION_LABELS } from '../population/regions';

export const LIVELIHOOD_LABELS: Readonly<Record<Livelihood, string>> = {
  smallFarmer: 'Small farmer',
  farmLabourer: 'Farm labourer',
  nonFarmWage: 'Non-farm wage work',
  ownEnterprise: 'Own enterprise',
  salaried: 'Salaried',
};

const ENTRY_LABELS: Readonly<Record<string, string>> = { ...REGION_LABELS, ...LIVELIHOOD_LABELS };

/** An entry's English name ("Sindh" for "sindh"); the key itself for one without. */
export const entryLabel = (entry: string): string => (Object.hasOwn(ENTRY_LABELS, entry) ? ENTRY_LABELS[entry]! : entry);
