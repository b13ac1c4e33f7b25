/** Urdu messages: the editor namespace. */
import type { Messages } from '../../messages';
import type { editor as en } from '../en/editor';

export const editor: Messages<typeof en> = {
};
