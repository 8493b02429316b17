// The board, loaded on demand (it carries the charts and most of the game's
// views, so the home page does not pay for it), with the first-game tutorial.
import { Suspense, lazy } from 'react';
import type { CardBoardProps } from '../board/types';
import { Loading } from '../screens/Loading';
import { Tutorial } from '../screens/Tutorial';

const Board = lazy(() => import('../board/Board').then((m) => ({ default: m.Board })));

export const BoardView = (props: CardBoardProps) => (
  <Suspense fallback={<Loading />}>
    <Board {...props} />
    {props.mode !== 'spectator' && props.mode !== 'replay' && <Tutorial />}
  </Suspense>
);
