/** A time taken or elapsed in words: "45 s", "3 min 37 s" (the language's digits). */
import { i18n } from '../../../i18n/index';
import { formatPlain } from '../../format';

export function durationText(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return i18n.t('optimise:duration.seconds', { seconds: formatPlain(s) });
  return i18n.t('optimise:duration.minutes', { minutes: formatPlain(Math.floor(s / 60)), seconds: formatPlain(s % 60, { minimumIntegerDigits: 2 }) });
}
