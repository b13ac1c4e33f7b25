/** Urdu messages: the views namespace. */
import type { Messages } from '../../messages';
import type { views as en } from '../en/views';

export const views: Messages<typeof en> = {
};
