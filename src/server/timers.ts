// Step timers (boardgame.io has none, #92). A sweeper looks at every timed
// match: when the step changes it records the step's start in the match's
// metadata (so deadlines survive a restart), and when a step's time is up it
// plays the absent side's default through the Master, in the match's queue
// like any move: doing nothing (game/no-war.ts passiveMove: news, the first
// response; talks, reject an offer awaiting it or leave the talks; moves,
// stand pat; review, acknowledge). A seat that timed
// out in two rounds is handed to a bot if the match allows it.
import type { State } from 'boardgame.io';
import type { Logger } from 'pino';
import { owingSides } from '../../game/flow';
import { passiveMove } from '../../game/no-war';
import { playerOf } from '../../game/state';
import type { GameState } from '../../game/state';
import type { MoveAction, MoveOutcome } from './engine';
import { serverOptions } from './game';
import { phaseOf, serverAction } from './play';
import type { MatchQueues } from './queue';
import { tableOf, withTable } from './table';
import type { MatchStore } from './storage/types';

export type SweeperDeps = {
  readonly storage: MatchStore;
  readonly queues: MatchQueues;
  readonly logger: Logger;
  readonly intervalMs: number;
  readonly now?: () => number;
  readonly applyInQueue: (matchID: string, action: MoveAction, stateID: number, by: 'timer') => Promise<MoveOutcome>;
  readonly pokeBots: (matchID: string) => void;
};

const stepKey = (state: State): string => `${state.ctx.turn}:${String(state.ctx.phase)}`;

export const createSweeper = (deps: SweeperDeps) => {
  const { storage, queues, logger } = deps;
  const now = deps.now ?? Date.now;
  const watched = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> | undefined;

  const sweepMatch = async (matchID: string): Promise<void> => {
    const { state, metadata } = await storage.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata || state.ctx.gameover !== undefined) {
      watched.delete(matchID);
      return;
    }
    const options = serverOptions(metadata);
    const phase = phaseOf(state.ctx.phase);
    const limit = phase ? options.timers?.[phase] : undefined;
    if (!phase || limit === undefined) return;
    const table = tableOf(metadata);
    const step = stepKey(state);
    if (table.clock?.step !== step) {
      await storage.setMetadata(matchID, withTable(metadata, { ...table, clock: { step, since: now() } }));
      return;
    }
    if (now() - table.clock.since < limit * 1000) return;
    const G = state.G as GameState;
    let absences = table.absences;
    let stateID = state._stateID;
    for (const side of owingSides(G, phase)) {
      const seat = playerOf(side);
      if (table.bots[seat] !== undefined) continue; // a bot is never absent
      const { move, args } = passiveMove(G, phase, side);
      const outcome = await deps.applyInQueue(matchID, serverAction(seat, move, args), stateID, 'timer');
      logger.info({ matchID, playerID: seat, phase, move, ok: outcome.ok }, 'time out');
      if (outcome.ok) stateID = outcome.state._stateID;
      const rounds = absences[seat] ?? [];
      if (!rounds.includes(G.round)) absences = { ...absences, [seat]: [...rounds, G.round] };
    }
    const { metadata: latest } = await storage.fetch(matchID, { metadata: true });
    if (!latest) return;
    const bots = { ...tableOf(latest).bots };
    for (const [seat, rounds] of Object.entries(absences)) {
      if (options.botTakeover && rounds.length >= 2 && bots[seat] === undefined) {
        bots[seat] = 'hard';
        logger.info({ matchID, playerID: seat }, 'absent two rounds: a bot takes the seat');
      }
    }
    await storage.setMetadata(matchID, withTable(latest, { ...tableOf(latest), absences, bots }));
    deps.pokeBots(matchID);
  };

  const sweep = async (): Promise<void> => {
    await Promise.all(
      [...watched].map((matchID) =>
        queues.run(matchID, () => sweepMatch(matchID)).catch((error: unknown) => logger.error({ err: error, matchID }, 'sweep failed')),
      ),
    );
  };

  return {
    /** Starts sweeping; picks up every unfinished timed match from storage. */
    start: async (): Promise<void> => {
      for (const matchID of await storage.listMatches({ where: { isGameover: false } })) {
        const { metadata } = await storage.fetch(matchID, { metadata: true });
        if (serverOptions(metadata).timers !== undefined) watched.add(matchID);
      }
      timer = setInterval(() => {
        sweeping ??= sweep().finally(() => (sweeping = undefined));
      }, deps.intervalMs);
      timer.unref();
    },
    watch: (matchID: string): void => void watched.add(matchID),
    stop: async (): Promise<void> => {
      if (timer) clearInterval(timer);
      await sweeping;
    },
  };
};
