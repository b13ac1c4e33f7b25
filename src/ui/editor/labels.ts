/** Plain-language names of programmes and record keys. */
import { REGION_LABELS } from '../../engine/index';

export const PROGRAMME_LABELS: Record<string, string> = {
  cash: 'Cash transfer',
  stipend: 'Education stipend',
  microfinance: 'Microfinance (subsidy and risk fund)',
  training: 'Skills training',
  farm: 'Small-farmer support',
  admin: 'Administration',
};

export function keyLabel(key: string): string {
  return PROGRAMME_LABELS[key] ?? (REGION_LABELS as Record<string, string>)[key] ?? key;
}
