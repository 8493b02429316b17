// The seats this browser holds, by match, in localStorage: closing the tab
// and opening the match's link again resumes the seat.
import type { Seat } from './lobby';

const KEY = (matchID: string) => `cott.seat.${matchID}`;

export type HeldSeat = Seat & { readonly name: string };

export const heldSeat = (matchID: string): HeldSeat | undefined => {
  try {
    const raw = globalThis.localStorage?.getItem(KEY(matchID));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<HeldSeat>;
    if ((parsed.playerID === '0' || parsed.playerID === '1') && typeof parsed.credentials === 'string' && typeof parsed.name === 'string') {
      return { playerID: parsed.playerID, credentials: parsed.credentials, name: parsed.name };
    }
  } catch {
    // Unreadable or disabled storage: the seat is simply not remembered.
  }
  return undefined;
};

export const holdSeat = (matchID: string, seat: HeldSeat): void => {
  try {
    globalThis.localStorage?.setItem(KEY(matchID), JSON.stringify(seat));
  } catch {
    // Not remembered: this tab still plays; a reload would ask again.
  }
};

export const forgetSeat = (matchID: string): void => {
  try {
    globalThis.localStorage?.removeItem(KEY(matchID));
  } catch {
    // Nothing to forget.
  }
};

const NAME_KEY = 'cott.name';
export const rememberedName = (): string => {
  try {
    return globalThis.localStorage?.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
};
export const rememberName = (name: string): void => {
  try {
    globalThis.localStorage?.setItem(NAME_KEY, name);
  } catch {
    // Asked again next time.
  }
};
