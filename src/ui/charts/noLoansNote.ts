import { createElement, type ReactNode } from 'react';
import { i18n } from '../../i18n/index';
import { nameList } from './lang';

/** Names the scenarios a loan chart leaves out because they made no loans. */
export function noLoansNote(notLending: readonly { name: string }[], base?: string): string | undefined {
  const names = nameList(notLending.map((r) => r.name));
  const parts = [base, names && i18n.t('charts:shared.noLoans', { names })].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

/** What a loan chart shows in place of its plot when no scenario on screen lent anything (an empty axis would mislead). */
export function noneLend(): ReactNode {
  return createElement('p', { className: 'empty-note' }, i18n.t('charts:shared.noneLend'));
}
