// The last finished solo or hot-seat game on this device, kept for its replay
// (/replay). There is no server to ask afterwards, so the final state is kept
// in sessionStorage (a reload of the replay still works; closing the tab
// forgets it) and in memory when storage is disabled.
import { useEffect } from 'react';
import type { GameState } from '../../../game/state';

const KEY = 'cott.replay.local';
let inMemory: GameState | undefined;

/** Whether a value read back looks like a finished game (an older or foreign value is ignored). */
const isFinished = (value: unknown): value is GameState => {
  const G = value as Partial<GameState> | null;
  return typeof G === 'object' && G !== null && Array.isArray(G.reports) && Array.isArray(G.history) && typeof G.outcome === 'object' && G.outcome !== null;
};

/** Keeps a finished game (its final state reveals both sides: game/view.ts). */
export const keepReplay = (G: GameState): void => {
  if (!G.outcome) return;
  inMemory = G;
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(G));
  } catch {
    // Storage full or disabled: the in-memory copy serves this page.
  }
};

/** The last finished game kept on this device, if any. */
export const keptReplay = (): GameState | undefined => {
  try {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    if (raw) {
      const parsed: unknown = JSON.parse(raw);
      if (isFinished(parsed)) return parsed;
    }
  } catch {
    // Unreadable: fall back on memory.
  }
  return inMemory;
};

/** Keeps the game as soon as it is over (a solo or hot-seat runner's state). */
export const useKeepWhenOver = (G: GameState | undefined): void => {
  const over = G?.outcome ? G : undefined;
  useEffect(() => {
    if (over) keepReplay(over);
  }, [over]);
};
