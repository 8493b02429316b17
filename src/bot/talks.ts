// The bot in the talks step: answer an offer, make one, or leave (see
// negotiate.ts for how deals are valued and ranked).
import type { Decision } from '../../game/headless';
import { proposingProblem } from '../../game/talk-options';
import type { GameState, Side, Text } from '../../game/state';
import { why } from './explain';
import type { LevelConfig } from './levels';
import { bundles, dealGains, disagreement, greedNow, marginNow, ranked } from './negotiate';
import type { Valued, Valuer } from './negotiate';
import type { Habits } from './search/rollout';
import { hashSeed } from './rng';

/** At most this many proposals of its own a round: the bot does not spam. */
export const MAX_PROPOSALS = 2;
/** A counter instead of accepting a good offer only when it is worth this much more to the bot. */
const COUNTER_IF_BETTER_BY = 3;
/** The chance that waiting for the next round's talks brings a deal the bot wins (who speaks first alternates). */
const WAIT_SHARE = 0.5;
/** Points a round's delay costs: the bot waits for a better deal only when waiting is expected to gain more. */
const WAIT_COST = 1.5;

/** The share of the game's talks still to come after this round: 1 in round 1, 0 in the last. */
const roundsLeftShare = (view: GameState): number => (view.rounds <= 1 ? 0 : (view.rounds - view.round) / (view.rounds - 1));

/** The view without the offer open now: what its own offers are ranked on (see bot.ts). */
const roundView = (view: GameState): GameState => (view.talks.open ? { ...view, talks: { ...view.talks, open: undefined } } : view);

type Talked = Decision & { readonly why: Text };

const termsSeed = (seed: number, terms: unknown): number => hashSeed(`${seed}/${JSON.stringify(terms)}`);

/** The worlds a talks decision values in: `now` with the open offer as evidence, `round` without it (for its own offers). */
export type TalksWorlds = { readonly now: ReadonlyArray<GameState>; readonly round: ReadonlyArray<GameState> };

export const decideTalks = (
  view: GameState,
  me: Side,
  worlds: TalksWorlds,
  config: LevelConfig,
  seed: number,
  habits: Habits,
): Talked => {
  const valuer: Valuer = { me, winBonus: config.winBonus, habits, wary: config.bargainToWin };
  const open = view.talks.open;
  if (open && open.from === me) return { move: 'endTalks', args: [], why: why.endTalks(true) };
  const base = disagreement(worlds.now, valuer, 2, seed);
  const roundBase = worlds.round === worlds.now ? base : disagreement(worlds.round, valuer, 2, seed);
  const margin = marginNow(view, config);
  const k = view.talks.made[me];
  const mayPropose = proposingProblem(view, me) === undefined && k < MAX_PROPOSALS;
  let ranking: Valued[] | undefined;
  const rankedNow = (): Valued[] => {
    ranking ??= ranked(
      bundles(roundView(view), me).map((terms) => ({ terms, gains: dealGains(worlds.round, valuer, terms, true, roundBase, termsSeed(seed, terms)) })),
      greedNow(view, config),
      margin,
      config.bargainToWin,
    );
    return ranking;
  };
  // The k-th best bundle this round: a rejected offer is never made again in the round.
  const next = (): Valued | undefined => (mayPropose ? rankedNow()[k] : undefined);
  if (open) {
    const gains = dealGains(worlds.now, valuer, open.terms, open.comprehensive, base, termsSeed(seed, open));
    const mine = next();
    const counter = (v: Valued): Talked => ({
      move: 'counter',
      args: [open.id, v.terms, true],
      why: why.propose(v.terms, v.gains, true),
    });
    const late = view.round >= view.rounds;
    // Win-aware: an offer under which the other side is the likelier winner is countered with one the bot
    // expects to win (it needs no margin over the offer: winning is the point); a better offer by a clear margin, too.
    const losing = config.bargainToWin && gains.lose > gains.win;
    if (gains.me >= margin && mine && k === 0 && !late && (losing || mine.gains.me > gains.me + COUNTER_IF_BETTER_BY)) return counter(mine);
    // Its real alternative to a losing offer is not "no deal ever" but the talks to come: who speaks first
    // alternates, so about half the time the next deal is one it wins. It waits while that is worth more
    // than the delay costs; as the deadline nears, waiting is worth nothing and it takes the best it can get.
    const best = losing ? rankedNow()[0] : undefined;
    const waiting = best ? WAIT_SHARE * Math.max(0, best.gains.me - gains.me) * roundsLeftShare(view) : 0;
    if (gains.me >= margin && waiting <= WAIT_COST) return { move: 'accept', args: [open.id], why: why.accept(open.terms, gains.me) };
    if (mine) return counter(mine);
    return { move: 'reject', args: [open.id], why: why.reject(open.terms, gains.me, margin) };
  }
  const mine = next();
  if (mine) return { move: 'propose', args: [mine.terms, true], why: why.propose(mine.terms, mine.gains, false) };
  return { move: 'endTalks', args: [], why: why.endTalks(false) };
};
