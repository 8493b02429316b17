// A small seeded PRNG (mulberry32) for bots: reproducible from a seed, and
// never the global unseeded generator, so that a simulated match replays exactly.
export type Rng = () => number;

export const seededRng = (seed: number): Rng => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

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

/** Fisher-Yates with a seeded PRNG: a stand-in for boardgame.io's `random.Shuffle` outside a match. */
export const seededShuffler = (rng: Rng) => ({
  Shuffle: <T>(deck: T[]): T[] => {
    const copy = [...deck];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  },
});
