// The board: a pure view of the match for one seat (or a spectator). It draws
// what game/ says is legal and reports the player's choice through
// boardgame.io's moves; it never decides legality itself. Hot-seat runners
// switch playerID between seats: every seat's local state is keyed by it.
import '../ui';
import './board.css';
import { useState } from 'react';
import { ChartsPanel } from '../charts/ChartsPanel';
import { useT } from '../i18n/I18nProvider';
import { Agendas } from './Agendas';
import { Chat } from './Chat';
import { botLogOf } from './chat-lines';
import { Clock } from './Clock';
import { EndScreen } from './EndScreen';
import { Indicators } from './Indicators';
import { Log } from './Log';
import { ofRound } from './bot-notes';
import { boardMoves } from './moves';
import { MovePicker } from './moves-step/MovePicker';
import { NewsCard } from './NewsCard';
import { Pledges } from './Pledges';
import { Review } from './Review';
import { seatOf } from './seat';
import type { Seat } from './seat';
import { Status } from './Status';
import { Talks } from './talks/Talks';
import type { CardBoardProps } from './types';
import { Panel } from '../ui';
import flagUs from '../../../assets/art/flag-us.svg';
import flagJp from '../../../assets/art/flag-jp.svg';

const PlayArea = ({ props, seat }: { readonly props: CardBoardProps; readonly seat: Seat }) => {
  const t = useT();
  const { G } = props;
  const moves = boardMoves(props.moves);
  const { side, phase } = seat;
  // The bot's reasons (solo), each only in the round it was given.
  const notes = props.mode === 'solo' ? props.botNotes : undefined;
  const lastReport = G.reports[G.reports.length - 1];
  if (G.outcome) {
    return (
      <EndScreen
        G={G}
        outcome={G.outcome}
        viewer={side}
        botLog={props.mode === 'solo' ? props.botLog : botLogOf(props.chatMessages ?? [])}
        onRematch={props.onRematch}
        onReplay={props.onReplay}
        onLeave={props.onLeave}
      />
    );
  }
  return (
    <>
      {phase === 'review' ? (
        <Review G={G} side={side} active botWhy={ofRound(notes?.action, lastReport?.round ?? 0)?.why} onAcknowledge={moves.acknowledge} />
      ) : (
        <NewsCard G={G} side={side} active={phase === 'news'} onRespond={moves.respond} botNote={ofRound(notes?.news, G.round)} />
      )}
      {(phase === 'talks' || phase === 'news') && <Talks G={G} side={side} active={phase === 'talks'} moves={moves} botProposal={ofRound(notes?.proposal, G.round)} botNote={ofRound(notes?.talks, G.round)} />}
      {phase === 'moves' &&
        (side ? (
          <MovePicker G={G} side={side} onChoose={moves.chooseAction} />
        ) : (
          <Panel title={t('board.moves.title')}>
            <p role="status">{t('board.moves.spectator')}</p>
          </Panel>
        ))}
    </>
  );
};

const AllCharts = ({ props }: { readonly props: CardBoardProps }) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="panel all-charts" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('board.charts')}</summary>
      {/* Mounted only when opened: the chart library loads on demand. */}
      {open && <ChartsPanel G={props.G} />}
    </details>
  );
};

export const Board = (props: CardBoardProps) => {
  const t = useT();
  const { G, ctx, playerID, mode } = props;
  const seat = seatOf(G, ctx, playerID, mode);
  const seatKey = seat.side ?? 'spectator';
  return (
    <div className="board" data-side={seatKey}>
      <header className="board__header">
        <h1 className="board__title">
          {seat.side && <img src={seat.side === 'us' ? flagUs : flagJp} alt="" width="36" height="24" className="flag" />}
          {t(seat.side ? (seat.side === 'us' ? 'board.youAre.us' : 'board.youAre.jp') : 'board.spectating')}
        </h1>
        <Clock G={G} phase={seat.phase} />
      </header>
      <Status connection={props.connection} rejection={props.rejection} />
      <div className="board__grid">
        {/* The app shell's <main> holds the whole board: one main landmark per page. */}
        <div className="board__play" key={seatKey}>
          <PlayArea props={props} seat={seat} />
        </div>
        <div className="board__indicators">
          <Indicators G={G} />
          {!G.outcome && <AllCharts props={props} />}
        </div>
        {/* A named region, not <aside>: inside <main>, a complementary landmark is not top-level. */}
        <section className="board__aside" aria-label={t('board.aside')} key={`aside-${seatKey}`}>
          {/* Once over, the end screen shows both sides' agendas as met or not: no "right now" twice. */}
          {seat.side && !G.outcome && <Agendas G={G} side={seat.side} />}
          <Pledges G={G} />
          {mode !== 'solo' && (
            <Chat messages={props.chatMessages ?? []} playerID={playerID} canSend={seat.side !== undefined && !seat.over} onSend={(text) => props.sendChatMessage?.(text)} />
          )}
          <Log G={G} />
        </section>
      </div>
    </div>
  );
};
