/** Urdu messages: the exports namespace. */
import type { Messages } from '../../messages';
import type { exports as en } from '../en/exports';

export const exports: Messages<typeof en> = {
};
