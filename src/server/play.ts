// Playing moves: a client's, a bot's or a timer's, each in the match's queue,
// through engine.ts (store, then publish). In a match with a bot seat, the
// bots are asked after every move that lands, so a bot seat answers as soon as
// it owes something; other matches skip that (it would re-read the state).
// A bot's reason for its move is posted to the match's chat, or held until
// the round is revealed (bot-notes.ts).
import type { State } from 'boardgame.io';
import type { GenericPubSub } from 'boardgame.io/server';
import type { Logger } from 'pino';
import { PHASES } from '../../game/flow';
import type { Phase } from '../../game/flow';
import { isPlayerID, sideOf } from '../../game/state';
import type { GameState } from '../../game/state';
import { playerView } from '../../game/view';
import type { BotNoteChat } from '../protocol/chat';
import type { PubSubPayload } from './pubsub';
import { botNote, settleNotes } from './bot-notes';
import type { BotRunner } from './bots';
import { applyMove } from './engine';
import type { MoveAction, MoveOutcome } from './engine';
import { channelOf } from './pubsub';
import type { MatchQueues } from './queue';
import type { ServedRules } from './rules';
import { tableOf, withTable } from './table';
import type { MatchData, MatchStore } from './storage/types';
import type { Refusal } from '../protocol/rejections';

export type PlayDeps = {
  readonly rules: ServedRules;
  readonly storage: MatchStore;
  readonly queues: MatchQueues;
  readonly pubSub: GenericPubSub<PubSubPayload>;
  readonly logger: Logger;
  readonly bots: BotRunner;
  readonly resync: (matchID: string) => Promise<void>;
};

const BOT_STEPS = 50;

export const phaseOf = (phase: unknown): Phase | undefined => PHASES.find((p) => p === phase);

/** A move the server makes for a seat: no credentials needed. */
export const serverAction = (playerID: string, move: string, args: ReadonlyArray<unknown>): MoveAction => ({
  type: 'MAKE_MOVE',
  payload: { type: move, args, playerID, credentials: '' },
});

export const createPlay = (deps: PlayDeps) => {
  const { storage, queues, pubSub, logger, bots } = deps;

  /**
   * Applies a move; the caller holds the match's queue. `note` is a bot's
   * reason for it. The notes this move posts (its own, or held ones it
   * reveals) are written with the move and published after it.
   */
  const applyInQueue = async (matchID: string, action: MoveAction, stateID: number, by: 'player' | 'bot' | 'timer', note?: BotNoteChat): Promise<MoveOutcome> => {
    let posted: ReadonlyArray<BotNoteChat> = [];
    const amend = (metadata: MatchData, next: State): MatchData | undefined => {
      const settled = settleNotes(tableOf(metadata), next.G as GameState, note, Date.now());
      posted = settled?.posted ?? [];
      return settled && withTable(metadata, settled.table);
    };
    const outcome = await applyMove(deps.rules.processed, storage, matchID, action, stateID, by !== 'player', amend);
    const fields = { matchID, playerID: action.payload.playerID, move: action.payload.type, by };
    if (outcome.ok) {
      for (const payload of outcome.payloads) pubSub.publish(channelOf(matchID), payload);
      for (const entry of posted) pubSub.publish(channelOf(matchID), { type: 'chat', args: [matchID, entry] });
      logger.info({ ...fields, stateID: outcome.state._stateID, gameover: outcome.state.ctx.gameover !== undefined, notes: posted.length }, 'move');
    } else if (outcome.stale) {
      logger.warn(fields, 'stale write: resyncing clients from storage');
      await deps.resync(matchID);
    }
    return outcome;
  };

  /**
   * Lets each bot seat that owes a move make it (several in a row: talks take
   * a few). After BOT_STEPS moves it queues itself again, behind the match's
   * other tasks, rather than holding the queue (two bots, after a takeover,
   * play a whole match).
   */
  const botTurns = async (matchID: string): Promise<void> => {
    for (let step = 0; step < BOT_STEPS; step++) {
      const { state, metadata } = await storage.fetch(matchID, { state: true, metadata: true });
      if (!state || state.ctx.gameover !== undefined) return;
      const phase = phaseOf(state.ctx.phase);
      const seat = Object.keys(tableOf(metadata).bots).find((s) => state.ctx.activePlayers?.[s] !== undefined);
      const strength = seat === undefined ? undefined : tableOf(metadata).bots[seat];
      if (!phase || seat === undefined || !isPlayerID(seat) || !strength) return;
      const view = playerView({ G: state.G as GameState, playerID: seat });
      const decision = await bots.decide({ matchID, seat, strength, view, phase, side: sideOf(seat) });
      const note = botNote(seat, decision, view.round, state._stateID, Date.now());
      const outcome = await applyInQueue(matchID, serverAction(seat, decision.move, decision.args), state._stateID, 'bot', note);
      if (!outcome.ok) {
        logger.error({ matchID, seat, move: decision.move, reason: outcome.reason }, 'bot move rejected');
        return;
      }
    }
    pokeBots(matchID);
  };

  const pokeBots = (matchID: string): void => {
    queues.run(matchID, () => botTurns(matchID)).catch((error: unknown) => logger.error({ err: error, matchID }, 'bot failed'));
  };

  /** A client's move; resolves with why it was refused, or undefined. */
  const playMove = async (matchID: string, action: MoveAction, stateID: number): Promise<Refusal | undefined> => {
    const outcome = await queues.run(matchID, () => applyInQueue(matchID, action, stateID, 'player'));
    if (outcome.ok) {
      if (Object.keys(tableOf(outcome.metadata).bots).length > 0) pokeBots(matchID);
      return undefined;
    }
    return { code: outcome.code, reason: outcome.reason };
  };

  return { applyInQueue, pokeBots, playMove };
};
