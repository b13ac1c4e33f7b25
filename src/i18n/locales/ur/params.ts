/** Urdu messages: the params namespace. */
import type { Messages } from '../../messages';
import type { params as en } from '../en/params';

export const params: Messages<typeof en> = {
};
