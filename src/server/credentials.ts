// Seat credentials: generated from node:crypto, compared in constant time.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MatchData } from './storage/types';

export const newCredentials = (): string => randomBytes(18).toString('base64url');

/** Whether `credentials` open seat `playerID` of the match. */
export const isSeatHolder = (metadata: MatchData | undefined, playerID: unknown, credentials: unknown): boolean => {
  if (typeof playerID !== 'string' || typeof credentials !== 'string' || !metadata) return false;
  const seat = Object.hasOwn(metadata.players, playerID) ? metadata.players[Number(playerID)] : undefined;
  const expected = seat?.credentials;
  if (typeof expected !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(credentials);
  return a.length === b.length && timingSafeEqual(a, b);
};
