// Hot-seat: two players on one device. One Local master, one client per
// seat; only the seat holding the device is rendered. When that seat owes
// nothing more and the other does, a hand-off screen replaces the board (the
// board of the wrong seat is never mounted) until the other player says they
// have the device.
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { useCallback, useEffect, useState } from 'react';
import { PHASES, owes } from '../../../game/flow';
import { PLAYER_IDS, otherSide, playerOf } from '../../../game/state';
import type { PlayerID, Side } from '../../../game/state';
import type { Rejection } from '../board/types';
import { navigate } from '../routes';
import { Loading } from '../screens/Loading';
import { HandOff } from '../screens/HandOff';
import { BoardView } from './BoardView';
import { boardPropsOf, useClientState, useTrackedMoves } from './client-state';
import type { GameClient, LiveState } from './client-state';
import { localGame } from './local-game';
import { useKeepWhenOver } from './replay-store';

type Seats = { readonly [P in PlayerID]: GameClient };

const startHotSeat = (scenario: string | undefined): { seats: Seats; stop: () => void } => {
  const game = localGame(scenario);
  const multiplayer = Local();
  const seats = Object.fromEntries(PLAYER_IDS.map((id) => [id, Client({ game, multiplayer, playerID: id, debug: false }) as GameClient])) as unknown as Seats;
  for (const id of PLAYER_IDS) seats[id].start();
  return { seats, stop: () => PLAYER_IDS.forEach((id) => seats[id].stop()) };
};

/** Whether a side owes an input in this state (public: who owes is never secret). */
const sideOwes = (state: LiveState, side: Side): boolean => {
  const phase = PHASES.find((p) => p === state.ctx.phase);
  return phase !== undefined && owes(state.G, phase, side);
};

const LOCAL_ACK_MS = 1200;

export const HotSeat = ({ scenario, onLeave }: { readonly scenario: string | undefined; readonly onLeave: () => void }) => {
  const [round, setRound] = useState(0);
  const [seats, setSeats] = useState<Seats>();
  const [holder, setHolder] = useState<Side>('us'); // who has the device
  const [handingTo, setHandingTo] = useState<Side | undefined>('us'); // the first player takes the device too
  const [rejection, setRejection] = useState<Rejection>();

  useEffect(() => {
    const started = startHotSeat(scenario);
    setSeats(started.seats);
    setHolder('us');
    setHandingTo('us');
    setRejection(undefined);
    return started.stop;
  }, [scenario, round]);

  const client = seats?.[playerOf(holder)];
  const state = useClientState(client);

  useEffect(() => {
    if (!state || state.ctx.gameover !== undefined) return;
    // Hand the device to whoever owes the next input (at the start, the news may ask Japan first).
    const from = handingTo ?? holder;
    const other = otherSide(from);
    if (!sideOwes(state, from) && sideOwes(state, other)) {
      setRejection(undefined);
      setHandingTo(other);
    }
  }, [state, holder, handingTo]);

  const onMissing = useCallback((move: string) => setRejection({ move, reason: undefined, at: Date.now() }), []);
  const moves = useTrackedMoves(client, LOCAL_ACK_MS, onMissing);
  useKeepWhenOver(state?.G);

  if (handingTo) {
    return (
      <HandOff
        to={handingTo}
        onReady={() => {
          setHolder(handingTo);
          setHandingTo(undefined);
        }}
      />
    );
  }
  if (!client || !state) return <Loading />;
  return (
    <BoardView
      key={client.playerID ?? 'none'}
      {...boardPropsOf(client, state, moves)}
      mode="hotseat"
      connection="connected"
      {...(rejection ? { rejection } : {})}
      onRematch={() => setRound((r) => r + 1)}
      onReplay={() => navigate('/replay')}
      onLeave={onLeave}
    />
  );
};
