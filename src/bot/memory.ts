// What the bot remembers of the opponent, rebuilt from the public record in
// its view (G.reports), so a bot re-created after a restart remembers the
// same: the escalations it suffered (fading with time: it forgives), the
// pledges the opponent broke and the threats it left empty.
import { isHostile } from '../../game/actions';
import { otherSide } from '../../game/state';
import type { Action, GameState, Side } from '../../game/state';
import type { Habits } from './search/rollout';

/** How much of an old grievance is left after each round: a third fades every round. */
export const FORGIVENESS = 0.65;

export type Memory = {
  readonly grudge: number; //          1.4  escalations suffered, recent ones weighing most (0 = none)
  readonly lastHostile: Action | undefined; // the opponent's escalation last round, if any
  readonly lastHostileRound: number; // 3
  readonly brokenPledges: number; //   1    pledges the opponent broke in deals with us
  readonly emptyThreats: number; //    2    signals the opponent did not honour when their trigger came
  readonly keptThreats: number; //     1
};

export const memoryOf = (view: GameState, me: Side): Memory => {
  const them = otherSide(me);
  let grudge = 0;
  let lastHostile: Action | undefined;
  let lastHostileRound = 0;
  let brokenPledges = 0;
  let emptyThreats = 0;
  let keptThreats = 0;
  for (const report of view.reports) {
    grudge *= FORGIVENESS;
    const theirs = report.choices[them].action;
    if (isHostile(them, theirs)) {
      grudge += 1;
      lastHostile = theirs;
      lastHostileRound = report.round;
    }
    const breaches = report.breaches.filter((b) => b.side === them).length;
    brokenPledges += breaches;
    grudge += breaches * 1.5;
    emptyThreats += report.signalsBroken.filter((s) => s === them).length;
    keptThreats += report.signalsKept.filter((s) => s === them).length;
  }
  const last = view.reports[view.reports.length - 1];
  return {
    grudge,
    lastHostile: last && lastHostileRound === last.round ? lastHostile : undefined,
    lastHostileRound,
    brokenPledges,
    emptyThreats,
    keptThreats,
  };
};

/**
 * The opponent's habits for the rollouts: how often it escalated (recent
 * rounds weighing most, starting from a guess of none) and its last weapon.
 */
export const habitsOf = (view: GameState, me: Side, memory: Memory): Habits => {
  const them = otherSide(me);
  let hostile = 0;
  let weight = 1; // the prior: one peaceful round
  for (const report of view.reports) {
    hostile *= FORGIVENESS;
    weight *= FORGIVENESS;
    if (isHostile(them, report.choices[them].action)) hostile += 1;
    weight += 1;
  }
  const last = [...view.reports].reverse().find((r) => isHostile(them, r.choices[them].action))?.choices[them].action;
  const habits = { [me]: { rate: 0, weapon: undefined }, [them]: { rate: hostile / weight, weapon: last ?? memory.lastHostile } };
  return habits as unknown as Habits;
};

/** How far the bot believes the opponent's threats: its Credibility on the board, less for each empty threat it saw. */
export const believed = (view: GameState, them: Side, memory: Memory): number => {
  const credibility = view.board[them === 'us' ? 'usCredibility' : 'jpCredibility'] / 100;
  return Math.max(0, Math.min(1, credibility * 0.8 ** memory.emptyThreats));
};
