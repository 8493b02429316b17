// Scripted strategies for simulations and tests: random, hawk, dove,
// tit-for-tat and grim. Each sees only its own player's view and picks from
// the legal options that game/ lists; a seed makes every choice repeatable.
import { enumerateMoves } from '../../game/ai';
import type { MoveChoice } from '../../game/ai';
import type { Decider, Decision } from '../../game/headless';
import { isEscalation } from '../../game/actions';
import { legalActions } from '../../game/legal';
import { otherSide } from '../../game/state';
import type { Action, GameState, Side, Signal, Terms } from '../../game/state';
import { pick, seededRng } from './rng';
import type { Rng } from './rng';

export const STRATEGIES = ['random', 'hawk', 'dove', 'tit-for-tat', 'grim'] as const;
export type StrategyName = (typeof STRATEGIES)[number];
export const isStrategyName = (name: string): name is StrategyName => (STRATEGIES as ReadonlyArray<string>).includes(name);

const same = (a: Action, b: Action): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The first of `preferred` that is legal now, else standing pat. */
const firstLegal = (view: GameState, side: Side, preferred: ReadonlyArray<Action>): Action => {
  const legal = legalActions(view, side);
  return preferred.find((a) => legal.some((l) => same(a, l))) ?? { type: 'standPat' };
};

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

const threat = (side: Side): Signal =>
  side === 'us' ? { trigger: 'sellTreasuries', response: 'raiseTariff' } : { trigger: 'raiseTariff', response: 'sellTreasuries' };

/** The deal each side's moderate players offer: autos to 15% for money and purchases. */
const moderateTerms = (side: Side): Terms =>
  side === 'us'
    ? { usAutoTariff: 15, investment: 400, purchases: 15, noSaleRounds: 3 }
    : { usAutoTariff: 15, investment: 300, purchases: 10 };

const lastOpponentAction = (view: GameState, side: Side): Action | undefined =>
  view.reports[view.reports.length - 1]?.choices[otherSide(side)].action;

const everCrossed = (view: GameState, side: Side): boolean =>
  view.reports.some((r) => isEscalation(r.choices[otherSide(side)].action));

const choice = (moves: MoveChoice[], move: string): Decision | undefined => moves.find((m) => m.move === move);


/** Talks for a cooperative player: answer an open offer (accept if `acceptable`), offer once, then leave. */
const cooperativeTalks = (view: GameState, side: Side, moves: MoveChoice[], acceptable: boolean): Decision => {
  const open = view.talks.open;
  if (open && open.from !== side) return (acceptable ? choice(moves, 'accept') : choice(moves, 'reject')) ?? pick(() => 0, moves);
  if (!open && view.talks.made[side] === 0 && !view.talks.done[otherSide(side)]) {
    const offer = moves.find(
      (m) => m.move === 'propose' && JSON.stringify(m.args[0]) === JSON.stringify(moderateTerms(side)) && m.args[1] === true,
    );
    if (offer) return offer;
    return { move: 'propose', args: [moderateTerms(side), true] };
  }
  return choice(moves, 'endTalks') ?? pick(() => 0, moves);
};

const hostileTalks = (moves: MoveChoice[]): Decision => choice(moves, 'reject') ?? choice(moves, 'endTalks') ?? pick(() => 0, moves);

/** News responses: a cooperative player takes the first (conciliatory) option, a hostile one the last. */
const newsResponse = (moves: MoveChoice[], hostile: boolean): Decision => pick(() => (hostile ? 0.999999 : 0), moves);

const act = (action: Action, signal?: Signal): Decision => ({ move: 'chooseAction', args: signal ? [action, signal] : [action] });

type Plan = (view: GameState, side: Side, rng: Rng) => { hostile: boolean; action: Action; signal?: Signal };

const scripted =
  (plan: Plan) =>
  (seed: number): Decider => {
    const rng = seededRng(seed);
    return (view, phase, side) => {
      const moves = enumerateMoves(view, phase, side);
      if (moves.length === 0) throw new Error(`No legal move for ${side} in ${phase}`);
      const { hostile, action, signal } = plan(view, side, rng);
      switch (phase) {
        case 'news':
          return newsResponse(moves, hostile);
        case 'talks':
          return hostile ? hostileTalks(moves) : cooperativeTalks(view, side, moves, true);
        case 'moves':
          return act(action, signal);
        case 'review':
          return pick(rng, moves);
      }
    };
  };

/** Always escalates, never deals; mixes its escalations a little so games differ. */
const hawk: Plan = (view, side, rng) => {
  const options = escalations(side, view.round);
  const preferred = rng() < 0.75 ? options : [pick(rng, options), ...options];
  return { hostile: true, action: firstLegal(view, side, preferred), signal: threat(side) };
};

/** Stands pat, offers a moderate deal each round, accepts any deal. */
const dove: Plan = () => ({ hostile: false, action: { type: 'standPat' } });

/** Cooperates first, then does to the other side what it did last round. */
const titForTat: Plan = (view, side) => {
  const last = lastOpponentAction(view, side);
  const crossed = last !== undefined && isEscalation(last);
  const answer = firstLegal(view, side, escalations(side, view.round).slice(1));
  return { hostile: crossed, action: crossed ? answer : { type: 'standPat' }, signal: threat(side) };
};

/** Cooperates until crossed once, then escalates forever. */
const grim: Plan = (view, side) => {
  const crossed = everCrossed(view, side);
  return {
    hostile: crossed,
    action: crossed ? firstLegal(view, side, escalations(side, view.round)) : { type: 'standPat' },
    signal: threat(side),
  };
};

/** Uniformly random among the legal moves of each step. */
const random = (seed: number): Decider => {
  const rng = seededRng(seed);
  return (view, phase, side) => pick(rng, enumerateMoves(view, phase, side));
};

export const STRATEGY_FACTORIES: { readonly [N in StrategyName]: (seed: number) => Decider } = {
  random,
  hawk: scripted(hawk),
  dove: scripted(dove),
  'tit-for-tat': scripted(titForTat),
  grim: scripted(grim),
};

export const makeStrategy = (name: StrategyName, seed: number): Decider => STRATEGY_FACTORIES[name](seed);
