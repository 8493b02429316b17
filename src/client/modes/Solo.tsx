// Solo: the player against the bot, all in the browser (solo/solo-match.ts),
// the bot thinking in a Web Worker; rematch starts a fresh match.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Side } from '../../../game/state';
import { withNote } from '../board/bot-notes';
import type { BotNote, BotNotes, Rejection } from '../board/types';
import { navigate } from '../routes';
import type { Level } from '../routes';
import { Loading } from '../screens/Loading';
import { BoardView } from './BoardView';
import { boardPropsOf, useClientState, useTrackedMoves } from './client-state';
import { useKeepWhenOver } from './replay-store';
import type { BotWorker, SoloMatch } from './solo/solo-match';
import { startSoloMatch } from './solo/solo-match';

export type SoloProps = {
  readonly side: Side;
  readonly level: Level;
  readonly scenario: string | undefined;
  readonly onLeave: () => void;
};

const newWorker = (): BotWorker => new Worker(new URL('./solo/bot.worker.ts', import.meta.url), { type: 'module' }) as BotWorker;

// Local answers at once; a move with no new state after this long was refused.
const LOCAL_ACK_MS = 1200;

export const Solo = ({ side, level, scenario, onLeave }: SoloProps) => {
  const [round, setRound] = useState(0); // bumped by rematch
  const [match, setMatch] = useState<SoloMatch>();
  // Every reason the bot gave this match; the latest of each kind (shown beside its move) derives from it.
  const [botLog, setBotLog] = useState<ReadonlyArray<BotNote>>([]);
  const botNotes = useMemo<BotNotes>(() => botLog.reduce(withNote, {}), [botLog]);
  const [rejection, setRejection] = useState<Rejection>();

  useEffect(() => {
    const onNote = (note: BotNote) => setBotLog((log) => [...log, note]);
    const started = startSoloMatch({ side, level, scenario, worker: newWorker, onNote });
    setMatch(started);
    setBotLog([]);
    setRejection(undefined);
    return () => started.stop();
  }, [side, level, scenario, round]);

  const state = useClientState(match?.human);
  const onMissing = useCallback((move: string) => setRejection({ move, reason: undefined, at: Date.now() }), []);
  const moves = useTrackedMoves(match?.human, LOCAL_ACK_MS, onMissing);
  useKeepWhenOver(state?.G);
  if (!match || !state) return <Loading />;
  return (
    <BoardView
      {...boardPropsOf(match.human, state, moves)}
      mode="solo"
      connection="connected"
      {...(rejection ? { rejection } : {})}
      botNotes={botNotes}
      botLog={botLog}
      onRematch={() => setRound((r) => r + 1)}
      onReplay={() => navigate('/replay')}
      onLeave={onLeave}
    />
  );
};
