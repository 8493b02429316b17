// A move's leverage: how it moves the deal the talks can reach. The rollouts
// that value a move have no talks, so on their own they price a bargaining
// chip (a harm to the other side that a deal undoes, such as the manipulator
// label or a Treasury sale) as a pure cost, and a player who knows the game
// wins by playing chips against a bot that cannot see them (docs/bot.md,
// "What the exploiter did"). Here a move is also valued at the Nash
// bargaining point of the next round's talks: each side's gain over no deal,
// after the round is resolved, for the plain Nash product's best bundle of
// the bot's menu, projected in a few worlds.
import { resolveRound, startNextRound } from '../../../game/round';
import type { Choice, Draft, GameState, Side } from '../../../game/state';
import { bundles, dealGains } from '../negotiate';
import type { Gains, Valuer } from '../negotiate';
import { copyWorld } from './copy-world';
import { NO_HABITS } from './rollout';

/** Worlds a move's leverage is projected in: a deal's projection has no dice, so a few suffice. */
export const LEVERAGE_WORLDS = 4;

const NONE: Gains = { me: 0, them: 0 };

/**
 * Both sides' gains over `noDeal` (their mean utilities when no deal is ever
 * made after these choices) at the Nash bargaining point of the next round's
 * talks, after `choices` resolve this round in `worlds`. Zero for both when
 * no bundle leaves both better off, or the game ends this round.
 */
export const bargainingGains = (
  worlds: ReadonlyArray<GameState>,
  me: Side,
  choices: { readonly us: Choice; readonly jp: Choice },
  noDeal: Gains,
  winBonus: number,
): Gains => {
  const next: Draft[] = [];
  for (const world of worlds.slice(0, LEVERAGE_WORLDS)) {
    const G = copyWorld(world);
    G.pending.us = choices.us as Draft['pending']['us'];
    G.pending.jp = choices.jp as Draft['pending']['jp'];
    resolveRound(G, { record: false });
    if (G.outcome) continue;
    startNextRound(G);
    next.push(G);
  }
  const menuWorld = next[0];
  if (!menuWorld) return NONE;
  // Valued as the talks value a comprehensive deal (projected at once), but not wary: this is where the
  // talks would land, not an offer to be suspicious of.
  const valuer: Valuer = { me, winBonus, habits: NO_HABITS, wary: false };
  let best: { product: number; gains: Gains } | undefined;
  for (const terms of bundles(menuWorld, me)) {
    const gains = dealGains(next, valuer, terms, true, noDeal, 0);
    if (gains.me <= 0 || gains.them <= 0) continue;
    const product = Math.log(gains.me) + Math.log(gains.them);
    if (!best || product > best.product) best = { product, gains };
  }
  return best?.gains ?? NONE;
};
