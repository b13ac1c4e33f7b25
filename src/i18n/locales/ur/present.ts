/** Urdu messages: the present namespace. */
import type { Messages } from '../../messages';
import type { present as en } from '../en/present';

export const present: Messages<typeof en> = {
};
