// The board, loaded on demand (it carries the charts and most of the game's
// views, so the home page does not pay for it), with the first-game tutorial.
import { Suspense, lazy } from 'react';
import type { CardBoardProps } from '../board/types';
import { Loading } from '../screens/Loading';
import { Tutorial } from '../screens/Tutorial';

// Fetched as soon as a mode's code arrives, in parallel with the match's
// setup, instead of after the first state (a request waterfall otherwise).
const boardModule = import('../board/Board');
const Board = lazy(() => boardModule.then((m) => ({ default: m.Board })));

export const BoardView = (props: CardBoardProps) => (
  <Suspense fallback={<Loading />}>
    <Board {...props} />
    {props.mode !== 'spectator' && props.mode !== 'replay' && <Tutorial />}
  </Suspense>
);
