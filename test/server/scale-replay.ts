// Proof that a stored match did not fork: replaying its stored log from its
// initial state through the server's rules gives exactly the stored state.
// A lost update or two instances each writing "their" next state would leave
// a log and a state that disagree (or a log with a version twice).
import type { State } from 'boardgame.io';
import { CreateGameReducer } from 'boardgame.io/internal';
import { PROCESSED_GAME } from '../../src/server/engine';
import type { MatchStore } from '../../src/server/storage/types';

type Entry = { readonly _stateID: number; readonly action: { readonly type: string; readonly payload: unknown } };

export type Replay = {
  readonly storedStateID: number;
  /** The state ID each stored move was made at, in log order. */
  readonly moveStateIDs: ReadonlyArray<number>;
  readonly replayed: unknown;
  readonly stored: unknown;
};

const comparable = (state: State): unknown => JSON.parse(JSON.stringify({ G: state.G, ctx: state.ctx, _stateID: state._stateID }));

export const replayStoredMatch = async (storage: MatchStore, matchID: string): Promise<Replay> => {
  const { state, initialState, log } = await storage.fetch(matchID, { state: true, initialState: true, log: true });
  if (!state || !initialState) throw new Error(`Match ${matchID} is not stored`);
  const reducer = CreateGameReducer({ game: PROCESSED_GAME, isClient: false });
  const moves = (log as unknown as ReadonlyArray<Entry>).filter((e) => e.action.type === 'MAKE_MOVE');
  let replayed = initialState;
  for (const entry of moves) replayed = reducer(replayed, entry.action as never);
  return {
    storedStateID: state._stateID,
    moveStateIDs: moves.map((e) => e._stateID),
    replayed: comparable(replayed),
    stored: comparable(state),
  };
};
