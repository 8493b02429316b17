// Scripted strategies for simulations and tests: random, hawk, dove,
// tit-for-tat, grim and coercer. Each sees only its own player's view and
// picks from the legal options that game/ lists; a seed makes every choice
// repeatable.
import { enumerateMoves } from '../../game/ai';
import type { MoveChoice } from '../../game/ai';
import type { Decider, Decision } from '../../game/headless';
import { isHostile } from '../../game/actions';
import { owes } from '../../game/flow';
import { actionProblem } from '../../game/legal';
import { proposingProblem, termsProblem } from '../../game/talk-options';
import { otherSide } from '../../game/state';
import type { Action, GameState, Side, Signal, Terms } from '../../game/state';
import { atLeastAsGood, coercerDemand } from './deal-terms';
import { pick, seededRng } from './rng';
import type { Rng } from './rng';

export const STRATEGIES = ['random', 'hawk', 'dove', 'tit-for-tat', 'grim', 'coercer'] as const;
export type StrategyName = (typeof STRATEGIES)[number];
export const isStrategyName = (name: string): name is StrategyName => (STRATEGIES as ReadonlyArray<string>).includes(name);

/** The first of `preferred` that is legal now, else standing pat. */
const firstLegal = (view: GameState, side: Side, preferred: ReadonlyArray<Action>): Action =>
  preferred.find((a) => actionProblem(view, side, a) === undefined) ?? { type: 'standPat' };

/** Escalations, harshest first, for a side: what a hawk or a crossed grim reaches for. */
const escalations = (side: Side, round: number): Action[] =>
  side === 'us'
    ? [
        { type: 'endPause' },
        ...(round % 2 === 0
          ? [{ type: 'raiseTariff', line: 'auto', step: 10 } as const, { type: 'raiseTariff', line: 'baseline', step: 10 } as const]
          : [{ type: 'raiseTariff', line: 'baseline', step: 10 } as const, { type: 'raiseTariff', line: 'auto', step: 10 } as const]),
        { type: 'labelManipulator' },
        { type: 'pressSecurity', level: 2 },
        { type: 'raiseTariff', line: 'baseline', step: 5 },
        { type: 'pressSecurity', level: 1 },
      ]
    : [
        { type: 'sellTreasuries', amount: round >= 3 ? 200 : round === 2 ? 100 : 50 },
        { type: 'sellTreasuries', amount: 100 },
        { type: 'retaliate', step: 10 },
        { type: 'sellTreasuries', amount: 50 },
        { type: 'sellTreasuries', amount: 25 },
        { type: 'retaliate', step: 5 },
      ];

/** Measured answers, mildest harm to oneself first: what tit-for-tat hits back with. */
const proportionate = (side: Side): Action[] =>
  side === 'us'
    ? [
        { type: 'raiseTariff', line: 'baseline', step: 10 },
        { type: 'raiseTariff', line: 'auto', step: 10 },
        { type: 'pressSecurity', level: 1 },
      ]
    : [
        { type: 'retaliate', step: 10 },
        { type: 'sellTreasuries', amount: 50 },
        { type: 'retaliate', step: 5 },
      ];

const threat = (side: Side): Signal =>
  side === 'us' ? { trigger: 'sellTreasuries', response: 'raiseTariff' } : { trigger: 'raiseTariff', response: 'sellTreasuries' };

/** The deal each side's moderate players offer: lower tariffs for money and purchases. */
const moderateTerms = (side: Side): Terms =>
  side === 'us'
    ? // Autos to 20% for the investment, purchases and rice the US's agendas ask for.
      { usAutoTariff: 20, investment: 450, purchases: 25, riceOpening: true }
    : // Autos to 15%, a security reassurance and baseline relief (what Japan's agendas ask for) for enough
      // investment and purchases to leave the US better off too.
      { usAutoTariff: 15, usBaselineTariff: 8, investment: 400, purchases: 20, securityReassurance: true };

const lastOpponentAction = (view: GameState, side: Side): Action | undefined =>
  view.reports[view.reports.length - 1]?.choices[otherSide(side)].action;

const everCrossed = (view: GameState, side: Side): boolean =>
  view.reports.some((r) => isHostile(otherSide(side), r.choices[otherSide(side)].action));

/** The legal move at `index` (negative counts from the end). */
const at = (moves: ReadonlyArray<MoveChoice>, index: number): Decision => {
  const move = moves.at(index);
  if (!move) throw new Error('No legal move');
  return move;
};

/** The first of the named moves that is legal, else the first legal move. */
const choice = (moves: ReadonlyArray<MoveChoice>, ...names: string[]): Decision => {
  for (const name of names) {
    const found = moves.find((m) => m.move === name);
    if (found) return found;
  }
  return at(moves, 0);
};

/** Talks for a cooperative player: accept an open offer, else offer a moderate comprehensive deal once, then leave. */
const cooperativeTalks = (view: GameState, side: Side, moves: ReadonlyArray<MoveChoice>): Decision => {
  const open = view.talks.open;
  if (open && open.from !== side) return choice(moves, 'accept');
  const terms = moderateTerms(side);
  // The moderate terms are not always a concession the board allows (1985 starts with autos at 3%).
  if (!open && view.talks.made[side] === 0 && !view.talks.done[otherSide(side)] && termsProblem(view, terms) === undefined) {
    return { move: 'propose', args: [terms, true] };
  }
  return choice(moves, 'endTalks');
};

/** News responses: a cooperative player takes the first (conciliatory) option, a hostile one the last. */
const newsResponse = (moves: ReadonlyArray<MoveChoice>, hostile: boolean): Decision => at(moves, hostile ? -1 : 0);

const act = (action: Action, signal?: Signal): Decision => ({ move: 'chooseAction', args: signal ? [action, signal] : [action] });

/**
 * A player's stance this step: hostile or not, and the actions it wants, best
 * first (none: stand pat). The action is picked from them only in the moves
 * step: checking them against the legal actions in every step was a third of
 * a simulated game's time. The random draws still happen in every step.
 */
type Plan = (view: GameState, side: Side, rng: Rng) => { hostile: boolean; wants: ReadonlyArray<Action>; signal?: Signal };

/** How a player talks: by default a hostile one rejects and leaves, a cooperative one deals. */
type TalkPolicy = (view: GameState, side: Side, moves: ReadonlyArray<MoveChoice>, hostile: boolean) => Decision;

const defaultTalks: TalkPolicy = (view, side, moves, hostile) =>
  hostile ? choice(moves, 'reject', 'endTalks') : cooperativeTalks(view, side, moves);

const NOTHING: ReadonlyArray<Action> = [];

const scripted =
  (plan: Plan, talks: TalkPolicy = defaultTalks) =>
  (seed: number): Decider => {
    const rng = seededRng(seed);
    return (view, phase, side) => {
      // The moves step needs no list of moves (the action comes from firstLegal), only the check that one is owed.
      const moves = phase === 'moves' ? [] : enumerateMoves(view, phase, side);
      if (phase === 'moves' ? !owes(view, phase, side) : moves.length === 0) throw new Error(`No legal move for ${side} in ${phase}`);
      const { hostile, wants, signal } = plan(view, side, rng);
      switch (phase) {
        case 'news':
          return newsResponse(moves, hostile);
        case 'talks':
          return talks(view, side, moves, hostile);
        case 'moves':
          return act(firstLegal(view, side, wants), signal);
        case 'review':
          return pick(rng, moves);
      }
    };
  };

/** Always escalates, never deals; mixes its escalations a little so games differ. */
const hawk: Plan = (view, side, rng) => {
  const options = escalations(side, view.round);
  const preferred = rng() < 0.75 ? options : [pick(rng, options), ...options];
  return { hostile: true, wants: preferred, signal: threat(side) };
};

/** Stands pat, offers a moderate deal each round, accepts any deal. */
const dove: Plan = () => ({ hostile: false, wants: NOTHING });

/** Cooperates first, then does to the other side what it did last round. */
const titForTat: Plan = (view, side) => {
  const last = lastOpponentAction(view, side);
  const crossed = last !== undefined && isHostile(otherSide(side), last);
  return { hostile: crossed, wants: crossed ? proportionate(side) : NOTHING, signal: threat(side) };
};

/** Cooperates until crossed once, then escalates forever. */
const grim: Plan = (view, side) => {
  const crossed = everCrossed(view, side);
  return {
    hostile: crossed,
    wants: crossed ? escalations(side, view.round) : NOTHING,
    signal: threat(side),
  };
};

/** The coercer's first round of talks in which it makes its demand: it escalates for the two before. */
const COERCER_DEMANDS_FROM = 3;

/** Always escalates (harshest first, with a threat) until its demand is accepted, which ends the war. */
const coercer: Plan = (view, side) => ({ hostile: true, wants: escalations(side, view.round), signal: threat(side) });

/**
 * The coercer's talks: it accepts any offer at least as good for itself as its
 * own demand (atLeastAsGood, term by term), in any round; from round 3 it
 * makes its demand as a comprehensive deal, or counters with it, once a round
 * while it has proposals left; otherwise it rejects and leaves.
 */
const coercerTalks: TalkPolicy = (view, side, moves) => {
  const open = view.talks.open;
  const demand = coercerDemand(view, side);
  const offered = open !== undefined && open.from !== side;
  if (offered && demand && atLeastAsGood(side, open.terms, demand)) return choice(moves, 'accept');
  const demanding = demand !== undefined && view.round >= COERCER_DEMANDS_FROM && proposingProblem(view, side) === undefined;
  if (offered) return demanding ? { move: 'counter', args: [open.id, demand, true] } : choice(moves, 'reject');
  if (demanding && !open && view.talks.made[side] === 0) return { move: 'propose', args: [demand, true] };
  return choice(moves, 'endTalks');
};

/** Uniformly random among the legal moves of each step. */
const random = (seed: number): Decider => {
  const rng = seededRng(seed);
  return (view, phase, side) => pick(rng, enumerateMoves(view, phase, side));
};

const STRATEGY_FACTORIES: { readonly [N in StrategyName]: (seed: number) => Decider } = {
  random,
  hawk: scripted(hawk),
  dove: scripted(dove),
  'tit-for-tat': scripted(titForTat),
  grim: scripted(grim),
  coercer: scripted(coercer, coercerTalks),
};

export const makeStrategy = (name: StrategyName, seed: number): Decider => STRATEGY_FACTORIES[name](seed);
