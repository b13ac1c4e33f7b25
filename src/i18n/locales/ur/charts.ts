/** Urdu messages: the charts namespace. */
import type { Messages } from '../../messages';
import type { charts as en } from '../en/charts';

export const charts: Messages<typeof en> = {
};
