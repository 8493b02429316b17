// The board: a pure view of the match for one seat (or a spectator). It draws
// what game/ says is legal and reports the player's choice through
// boardgame.io's moves; it never decides legality itself.
import '../ui';
import './board.css';
import { useT } from '../i18n/I18nProvider';
import { Clock } from './Clock';
import { Indicators } from './Indicators';
import { seatOf } from './seat';
import { Status } from './Status';
import type { CardBoardProps } from './types';

export const Board = (props: CardBoardProps) => {
  const t = useT();
  const { G, ctx, playerID, mode } = props;
  const seat = seatOf(G, ctx, playerID, mode);
  return (
    <div className="board" data-side={seat.side ?? 'spectator'}>
      <header className="board__header">
        <h1 className="board__title">{t(seat.side ? (seat.side === 'us' ? 'board.youAre.us' : 'board.youAre.jp') : 'board.spectating')}</h1>
        <Clock G={G} phase={seat.phase} />
        <Status connection={props.connection} rejection={props.rejection} />
      </header>
      <main className="board__main">
        <Indicators G={G} />
      </main>
    </div>
  );
};
