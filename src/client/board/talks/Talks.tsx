// The talks step: who speaks first, proposals left, the proposal on the table
// and the builder. Everything offered comes from talkOptions; every answer is
// a boardgame.io move the rules will check again.
import { useState } from 'react';
import type { GameState, Side, Terms } from '../../../../game/state';
import { talkOptions } from '../../../../game/talk-options';
import { useT } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/messages';
import { Button, Panel } from '../../ui';
import { useDescribe } from '../describe';
import { BotWhy } from '../BotWhy';
import type { TalkMoves } from '../moves';
import type { BotNote } from '../types';
import { OpenProposal } from './OpenProposal';
import { ProposalBuilder } from './ProposalBuilder';

type Props = {
  readonly G: GameState;
  readonly side: Side | undefined;
  readonly active: boolean; // the talks step is on
  readonly moves: TalkMoves;
  readonly botProposal?: BotNote | undefined; // solo: the bot's reason for its latest proposal this round
  readonly botNote?: BotNote | undefined; //     solo: the bot's latest other word in this round's talks
};

// The bot's talk moves that leave nothing on the table to sit beside: said with what it did.
const BOT_DID: { readonly [move: string]: MessageId | undefined } = {
  accept: 'board.bot.accept',
  reject: 'board.bot.reject',
  withdraw: 'board.bot.withdraw',
  endTalks: 'board.bot.endTalks',
};

export const Talks = ({ G, side, active, moves, botProposal, botNote }: Props) => {
  const t = useT();
  const d = useDescribe();
  const [countering, setCountering] = useState<number | undefined>(undefined);
  const [building, setBuilding] = useState(false);
  const open = G.talks.open;
  const options = side ? talkOptions(G, side) : undefined;
  const canPropose = active && side !== undefined && options?.proposing === undefined;
  const left = side ? Math.max(0, G.rules.proposalsPerRound - G.talks.made[side]) : 0;
  const done = side ? G.talks.done[side] : false;
  // The rules refuse endTalks while a proposal awaits our answer (game/moves/talks.ts): say so rather than offer it.
  const mustAnswer = side !== undefined && open !== undefined && open.from !== side;
  const counterOpen = countering !== undefined && open !== undefined && countering === open.id && mustAnswer;
  // A proposal's reason goes with the bot's proposal while it is on the table; other moves get a line of their own.
  const proposalWhy = botProposal && open && open.from !== side ? botProposal.why : undefined;
  const botDid = botNote ? BOT_DID[botNote.move] : undefined;

  const send = (terms: Terms, comprehensive: boolean) => {
    if (counterOpen && open) moves.counter(open.id, terms, comprehensive);
    else moves.propose(terms, comprehensive);
    setCountering(undefined);
    setBuilding(false);
  };

  return (
    <Panel title={t('board.talks.title')} className="talks">
      <p className="talks__meta">
        {t('board.talks.first', { side: d.side(G.talks.first) })}
        {side && active && <> · {t('board.talks.left', { count: left })}</>}
      </p>
      {active && side && done && !mustAnswer && <p className="talks__done" role="status">{t('board.talks.youAreDone')}</p>}
      {active && side && G.talks.done[side === 'us' ? 'jp' : 'us'] && !done && <p className="talks__meta">{t('board.talks.otherDone')}</p>}
      {open ? (
        <OpenProposal
          G={G}
          proposal={open}
          side={active ? side : undefined}
          canCounter={canPropose}
          onAccept={() => moves.accept(open.id)}
          onReject={() => moves.reject(open.id)}
          onCounter={() => setCountering(open.id)}
          onWithdraw={() => moves.withdraw(open.id)}
          botWhy={proposalWhy}
        />
      ) : (
        active && <p className="talks__empty">{t('board.talks.noneOpen')}</p>
      )}
      {botNote && botDid && <BotWhy lead={t(botDid)} why={botNote.why} />}
      {side && active && counterOpen && open && (
        <ProposalBuilder key={`counter-${open.id}`} G={G} side={side} initial={open.terms} initialComprehensive={open.comprehensive} submitLabel={t('board.talks.sendCounter')} onSubmit={send} onCancel={() => setCountering(undefined)} />
      )}
      {side && active && !open && canPropose && (building ? (
        <ProposalBuilder key="new" G={G} side={side} submitLabel={t('board.talks.propose')} onSubmit={send} onCancel={() => setBuilding(false)} />
      ) : (
        <Button onClick={() => setBuilding(true)}>{t('board.talks.newProposal')}</Button>
      ))}
      {side && active && !done && (
        <div className="talks__end">
          <Button variant="primary" onClick={() => moves.endTalks()} disabled={mustAnswer} aria-describedby={mustAnswer ? 'talks-must-answer' : undefined}>
            {t('board.talks.end')}
          </Button>
          {mustAnswer && <span id="talks-must-answer" className="term__hint">{t('board.talks.answerFirst')}</span>}
        </div>
      )}
    </Panel>
  );
};
