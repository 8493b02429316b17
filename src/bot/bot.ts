// The bot: one decision from a player's own view, for every step of a round,
// deterministic for a seed, with a one-sentence reason in English and
// Japanese. It never sees more than its view: play() filters whatever state
// it is handed through playerView first, and everything it searches comes
// from determinize(view). It keeps no state between decisions (its memory and
// belief are rebuilt from the view's public record), so a bot re-created
// after a server restart decides exactly as the old one would have.
import { isHostile } from '../../game/actions';
import type { Phase } from '../../game/flow';
import type { Decider, Decision } from '../../game/headless';
import { legalResponses } from '../../game/legal';
import { respond } from '../../game/moves/news';
import { seededRng } from '../../game/seeded';
import { isPlayerID, otherSide, sideOf } from '../../game/state';
import type { GameState, Side, Signal, Text } from '../../game/state';
import { playerView } from '../../game/view';
import { owedResponse, theirFavouriteWeapon } from './anchor';
import { beliefOf } from './belief';
import { why } from './explain';
import { configFor } from './levels';
import type { Level, LevelConfig } from './levels';
import { habitsOf, memoryOf } from './memory';
import type { Habits } from './search/rollout';
import { hashSeed } from './rng';
import { planAction } from './search/moves';
import { rolloutFromTalks, utility } from './search/rollout';
import { drawIndex } from './search/solve';
import { sampleWorlds } from './search/worlds';
import { decideTalks } from './talks';

export type BotDecision = Decision & { readonly why: Text };
export type BotOptions = { readonly level: Level; readonly seed: number; readonly budget?: number };

/** Toward the deadline the bot plays less to win and more to gain: a war both lose is the worst end. */
const concede = (config: LevelConfig, view: GameState): LevelConfig => {
  const progress = view.rounds <= 1 ? 1 : (view.round - 1) / (view.rounds - 1);
  return { ...config, winBonus: config.winBonus * (1 - 0.6 * progress) };
};

/** How many times its level's worlds the bot values deals in: up to 3, fewer on a small budget (tests, quick tournaments). */
const talksWorlds = (config: LevelConfig): number => Math.min(3, Math.max(1, Math.round(config.budget / 200)));

/** A decision's seed: the bot's seed, the round and the step (and a tag), never a counter kept between calls. */
const seedOf = (seed: number, view: GameState, tag: string): number => hashSeed(`${seed}/${view.round}/${tag}`);

/** What the bot threatens this round: its proportionate answer to the opponent's favourite weapon. */
const chooseSignal = (view: GameState, me: Side): Signal | undefined => {
  const credibility = view.board[me === 'us' ? 'usCredibility' : 'jpCredibility'];
  // A re-posted untested threat carries half the force: keep the standing one instead.
  if (credibility < 25 || view.signals[me].some((s) => s.dueRound === undefined)) return undefined;
  const trigger = theirFavouriteWeapon(view, me) ?? (me === 'us' ? 'sellTreasuries' : 'raiseTariff');
  return { trigger, response: me === 'us' ? 'raiseTariff' : 'retaliate' } as Signal;
};

const decideNews = (view: GameState, me: Side, worlds: ReadonlyArray<GameState>, config: LevelConfig, seed: number, habits: Habits): BotDecision => {
  const options = legalResponses(view, me);
  const card = view.news?.card ?? '';
  const reps = Math.max(1, Math.floor(config.budget / 4 / Math.max(1, options.length * worlds.length)));
  const values = options.map((option) => {
    let total = 0;
    worlds.forEach((world, w) => {
      for (let r = 0; r < reps; r++) {
        const outcome = rolloutFromTalks(world, seededRng(hashSeed(`${seed}/${w}/${r}`)), (G) => respond(G, me, [option]), habits);
        total += utility(outcome, me, config.winBonus);
      }
    });
    return total / Math.max(1, worlds.length * reps);
  });
  // The anchor leans to the card's first (conciliatory) answer; the pull decides how far the values override it.
  const top = Math.max(...values);
  const weights = values.map((v, i) => (i === 0 ? 0.6 : 0.4) * Math.exp((v - top) / config.pull));
  const total = weights.reduce((a, b) => a + b, 0);
  const index = drawIndex(weights.map((w) => w / total), seededRng(seed)());
  const chosen = options[index] ?? options[0] ?? '';
  const other = values.filter((_, i) => i !== index);
  const gain = (values[index] ?? 0) - (other.length > 0 ? Math.max(...other) : (values[index] ?? 0));
  return { move: 'respond', args: [chosen], why: why.news(card, chosen, gain) };
};

const decideMoves = (view: GameState, me: Side, worlds: ReadonlyArray<GameState>, config: LevelConfig, seed: number, habits: Habits): BotDecision => {
  const them = otherSide(me);
  const signal = chooseSignal(view, me);
  const plan = planAction(view, me, worlds, signal, config, seed, habits);
  const value = plan.values.find((v) => v.action === plan.action)?.value ?? 0;
  const standing = view.signals[me].find((s) => s.dueRound === view.round);
  const owedType = owedResponse(view, me);
  const reason = why.action(me, plan.action, value, {
    owed: standing && owedType ? { trigger: standing.trigger, response: owedType } : undefined,
    provocation: memoryOf(view, me).lastHostile,
    theirSide: them,
    hostile: isHostile(me, plan.action),
    leverage: plan.leverage,
  });
  const signalText = signal ? why.signal(me, them, signal.trigger, signal.response) : undefined;
  return {
    move: 'chooseAction',
    args: signal ? [plan.action, signal] : [plan.action],
    why: signalText ? { en: reason.en + signalText.en, ja: reason.ja + signalText.ja } : reason,
  };
};

/**
 * The bot's move for `side` in `phase`, from that side's own view. Pure:
 * the same view, phase, side and options always give the same decision.
 */
export const decide = (view: GameState, phase: Phase, side: Side, options: BotOptions): BotDecision => {
  const config = concede(configFor(options.level, options.budget), view);
  if (phase === 'review') return { move: 'acknowledge', args: [], why: why.acknowledge() };
  const seed = seedOf(options.seed, view, phase);
  const belief = beliefOf(view, side);
  // Talks value ~80 bundles by who would win: more worlds there, since a bundle picked as the best of many
  // on a few worlds is the one whose chances were overestimated most. A projected deal is cheap.
  const worldCount = phase === 'talks' ? config.worlds * talksWorlds(config) : config.worlds;
  const worlds = sampleWorlds(view, side, belief, worldCount, seed);
  const habits = habitsOf(view, side, memoryOf(view, side));
  switch (phase) {
    case 'news':
      return decideNews(view, side, worlds, config, seed, habits);
    case 'talks': {
      // Its own offers are ranked in worlds drawn without the offer open now, so the ranking is the same at
      // every decision of the round and its k-th offer is never one it already made (the view keeps no list).
      const roundView = view.talks.open ? { ...view, talks: { ...view.talks, open: undefined } } : view;
      const roundWorlds = roundView === view ? worlds : sampleWorlds(roundView, side, beliefOf(roundView, side), worldCount, seed);
      return decideTalks(view, side, { now: worlds, round: roundWorlds }, config, seed, habits);
    }
    case 'moves':
      return decideMoves(view, side, worlds, config, seed, habits);
  }
};

/** The bot as a Decider for the headless engine and the command-line tools. */
export const makeBot = (options: BotOptions): Decider => (view, phase, side) => decide(view, phase, side, options);

/** A boardgame.io MAKE_MOVE action, as Bot.play resolves to (built here: the bot does not import boardgame.io). */
export type MakeMove = {
  readonly type: 'MAKE_MOVE';
  readonly payload: { readonly type: string; readonly args: ReadonlyArray<unknown>; readonly playerID: string };
};

/**
 * A boardgame.io-style bot: `play({ G, ctx }, playerID)` resolves to
 * `{ action, why }`. Whatever G it is handed, it decides on that player's own
 * view (playerView is applied first), so a full state never reaches the search.
 */
export const createBot = (options: BotOptions) => ({
  play: async (state: { readonly G: GameState; readonly ctx: { readonly phase: string | null } }, playerID: string) => {
    if (!isPlayerID(playerID)) throw new Error(`The bot plays a seat, not player ${playerID}`);
    const view = playerView({ G: state.G, playerID });
    const phase = state.ctx.phase as Phase;
    const decision = decide(view, phase, sideOf(playerID), options);
    const action: MakeMove = { type: 'MAKE_MOVE', payload: { type: decision.move, args: decision.args, playerID } };
    return { action, why: decision.why };
  },
});
