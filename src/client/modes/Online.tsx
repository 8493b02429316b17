// Online: a seat (or a spectator's view) of a match on the server. The
// waiting room comes first, until both seats are taken and the player starts,
// or at once when the match is already under way (a reload, a spectator).
import { useState } from 'react';
import { navigate } from '../routes';
import type { HeldSeat } from '../net/seats';
import { forgetSeat, holdSeat } from '../net/seats';
import { lobby } from '../net/lobby';
import { Loading } from '../screens/Loading';
import { MatchFailure } from '../screens/MatchFailure';
import { WaitingRoom } from '../screens/WaitingRoom';
import { BoardView } from './BoardView';
import { boardPropsOf } from './client-state';
import { useOnlineMatch } from './online/useOnlineMatch';

export type OnlineProps = {
  readonly matchID: string;
  readonly seat: HeldSeat | undefined; // undefined: a spectator
  readonly onLeave: () => void;
};

export const Online = ({ matchID, seat, onLeave }: OnlineProps) => {
  const { client, state, moves, connection, rejection, failure } = useOnlineMatch(matchID, seat);
  const [started, setStarted] = useState(false);

  if (failure) return <MatchFailure matchID={matchID} failure={failure} seated={seat !== undefined} onForget={() => forgetSeat(matchID)} />;
  if (!client || !state) return <Loading />;

  const players = client.matchData ?? [];
  const underway = state._stateID > 0 || state.ctx.gameover !== undefined;
  if (seat && !started && !underway) {
    return <WaitingRoom matchID={matchID} seat={seat} players={players} onStart={() => setStarted(true)} onLeave={onLeave} />;
  }

  const rematch = async () => {
    if (!seat) return;
    const next = await lobby.playAgain(matchID, seat);
    try {
      const held = await lobby.join(next, seat.playerID, seat.name);
      holdSeat(next, { ...held, name: seat.name });
    } catch {
      // The seat in the next match is already ours or taken: the join screen sorts it out.
    }
    navigate(`/match/${next}`);
  };

  return (
    <BoardView
      {...boardPropsOf(client, state, moves)}
      mode={seat ? 'online' : 'spectator'}
      connection={connection}
      {...(rejection ? { rejection } : {})}
      {...(seat ? { onRematch: () => void rematch() } : {})}
      onReplay={() => navigate(`/match/${matchID}/replay`)}
      onLeave={onLeave}
    />
  );
};
