// The debrief's record of the bot's reasons: every decision it explained,
// round by round, so a player can see why it did what it did. When bots held
// both seats (online, after a takeover), each reason names its side.
import { useT, useText } from '../i18n/I18nProvider';
import type { MessageId } from '../i18n/messages';
import { kindOf } from './bot-notes';
import { useDescribe } from './describe';
import type { BotNote, BotNotes } from './types';

const KIND_LABEL: { readonly [K in keyof BotNotes]-?: MessageId } = {
  news: 'board.botLog.news',
  proposal: 'board.botLog.proposal',
  talks: 'board.botLog.talks',
  action: 'board.botLog.action',
};

export const BotLog = ({ notes }: { readonly notes: ReadonlyArray<BotNote> }) => {
  const t = useT();
  const text = useText();
  const d = useDescribe();
  const bothSides = new Set(notes.map((note) => note.side)).size > 1;
  const shown = notes.flatMap((note) => {
    const kind = kindOf(note.move);
    return kind ? [{ note, kind }] : [];
  });
  return (
    <section className="bot-log" aria-labelledby="bot-log-title">
      <h3 className="sub" id="bot-log-title">
        {t('board.botLog.title')}
      </h3>
      <ol className="bot-log__list">
        {shown.map(({ note, kind }, i) => (
          <li key={i}>
            <span className="muted">
              {t('board.botLog.round', { round: note.round })} · {t(KIND_LABEL[kind])}
              {bothSides && note.side ? ` · ${t('board.botLog.side', { side: d.side(note.side) })}` : ''}
            </span>{' '}
            {text(note.why)}
          </li>
        ))}
      </ol>
    </section>
  );
};
