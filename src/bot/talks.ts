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

type Talked = Decision & { readonly why: Text };

const termsSeed = (seed: number, terms: unknown): number => hashSeed(`${seed}/${JSON.stringify(terms)}`);

export const decideTalks = (
  view: GameState,
  me: Side,
  worlds: ReadonlyArray<GameState>,
  config: LevelConfig,
  seed: number,
  habits: Habits,
): Talked => {
  const valuer: Valuer = { me, winBonus: config.winBonus, habits };
  const open = view.talks.open;
  if (open && open.from === me) return { move: 'endTalks', args: [], why: why.endTalks(true) };
  const base = disagreement(worlds, valuer, 2, seed);
  const margin = marginNow(view, config);
  const k = view.talks.made[me];
  const mayPropose = proposingProblem(view, me) === undefined && k < MAX_PROPOSALS;
  // The k-th best bundle this round: a rejected offer is never made again in the round.
  const next = (): Valued | undefined => {
    if (!mayPropose) return undefined;
    const valued = bundles(view, me).map((terms) => ({ terms, gains: dealGains(worlds, valuer, terms, true, base, termsSeed(seed, terms)) }));
    return ranked(valued, greedNow(view, config), margin)[k];
  };
  if (open) {
    const gains = dealGains(worlds, valuer, open.terms, open.comprehensive, base, termsSeed(seed, open));
    const mine = next();
    const counter = (v: Valued): Talked => ({
      move: 'counter',
      args: [open.id, v.terms, true],
      why: why.propose(v.terms, v.gains, true),
    });
    if (gains.me >= margin) {
      const late = view.round >= view.rounds;
      if (mine && k === 0 && !late && mine.gains.me > gains.me + COUNTER_IF_BETTER_BY) return counter(mine);
      return { move: 'accept', args: [open.id], why: why.accept(open.terms, gains.me) };
    }
    if (mine) return counter(mine);
    return { move: 'reject', args: [open.id], why: why.reject(open.terms, gains.me, margin) };
  }
  const mine = next();
  if (mine) return { move: 'propose', args: [mine.terms, true], why: why.propose(mine.terms, mine.gains, false) };
  return { move: 'endTalks', args: [], why: why.endTalks(false) };
};
