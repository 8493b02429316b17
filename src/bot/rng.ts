// Seeded randomness for bots (the PRNG itself lives in game/seeded.ts, which
// determinize shares): reproducible from a seed, so a simulated match replays exactly.
import { seededRng, shuffled } from '../../game/seeded';
import type { Rng } from '../../game/seeded';

export { seededRng };
export type { Rng };

/** A seed from any string, so that "--seed abc" and player names can seed a bot. */
export const hashSeed = (text: string): number => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
};

export const pick = <T>(rng: Rng, list: ReadonlyArray<T>): T => {
  const item = list[Math.floor(rng() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** A stand-in for boardgame.io's `random.Shuffle` outside a match. */
export const seededShuffler = (rng: Rng) => ({
  Shuffle: <T>(deck: T[]): T[] => shuffled(deck, rng),
});
