// A seat's side as the app names it: seat '0' is the United States, '1' Japan.
import type { MessageId } from '../i18n/messages';

export const sideKey = (playerID: string | number): MessageId => (String(playerID) === '0' ? 'mode.side.us' : 'mode.side.jp');
