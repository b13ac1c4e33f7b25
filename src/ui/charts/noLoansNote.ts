import { i18n } from '../../i18n/index';
import { nameList } from './lang';

/** Names the scenarios a loan chart leaves out because they made no loans. */
export function noLoansNote(notLending: readonly { name: string }[], base?: string): string | undefined {
  const names = nameList(notLending.map((r) => r.name));
  const parts = [base, names && i18n.t('charts:shared.noLoans', { names })].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
