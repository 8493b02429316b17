// Seeds: game i of a run from seed S is set up from S + i; each player gets
// its own seed derived from the game's, so that the two sides never share a
// random stream and any single game can be replayed from its number.
import { hashSeed } from '../../bot/rng';
import type { Side } from '../../../game/state';

export const setupSeed = (baseSeed: number, gameIndex: number): number => baseSeed + gameIndex;

export const playerSeed = (gameSeed: number, side: Side): number => hashSeed(`${gameSeed}/${side}`);
