// Free chat between the sides (boardgame.io's chat): plain text only, length
// limited, rendered as text (React escapes it; never HTML), with an unread
// badge while the chat is closed. A bot seat's reasons for its moves come
// through the chat too (from the server, online), each shown in the reader's
// language and marked as the bot's reasoning.
import { useState } from 'react';
import { isPlayerID, sideOf } from '../../../game/state';
import { useT, useText } from '../i18n/I18nProvider';
import { Badge, Button } from '../ui';
import { CHAT_MAX, chatLines } from './chat-lines';
import type { ChatLine } from './chat-lines';
import { useDescribe } from './describe';

type Props = {
  /** As boardgame.io's client collected them (off the wire: read by chatLines). */
  readonly messages: ReadonlyArray<unknown>;
  readonly playerID: string | null | undefined;
  readonly canSend: boolean;
  readonly onSend: (text: string) => void;
};

const Line = ({ line, playerID }: { readonly line: ChatLine; readonly playerID: string | null | undefined }) => {
  const t = useT();
  const text = useText();
  const d = useDescribe();
  const who = (sender: string) => (isPlayerID(sender) ? d.side(sideOf(sender)) : t('board.chat.spectator'));
  if (line.kind === 'bot') {
    return (
      <li className="chat__bot">
        <strong>{t('board.chat.botNote', { side: who(line.sender) })}</strong> {text(line.note.why)}{' '}
        <span className="muted">({t('board.chat.botRound', { round: line.note.round })})</span>
      </li>
    );
  }
  return (
    <li className={line.sender === playerID ? 'chat__mine' : undefined}>
      <strong>{who(line.sender)}:</strong> {line.text}
    </li>
  );
};

/** A line someone else wrote: a bot's note always (even on the seat a bot took over from this player). */
const fromOthers = (line: ChatLine, playerID: string | null | undefined): boolean => line.kind === 'bot' || line.sender !== playerID;

export const Chat = ({ messages, playerID, canSend, onSend }: Props) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState(0);
  const [draft, setDraft] = useState('');
  const lines = chatLines(messages);
  const unread = open ? 0 : lines.slice(seen).filter((line) => fromOthers(line, playerID)).length;
  const toggle = (next: boolean) => {
    setOpen(next);
    setSeen(lines.length);
  };
  return (
    <details className="chat panel" open={open} onToggle={(e) => toggle(e.currentTarget.open)}>
      <summary>
        {t('board.chat.title')}{' '}
        {unread > 0 && <Badge tone="info" label={t('board.chat.unread', { count: unread })}>{unread}</Badge>}
      </summary>
      {/* Focusable: a long chat scrolls, and a keyboard user must be able to scroll it. */}
      <ol className="chat__list" aria-label={t('board.chat.messages')} tabIndex={0}>
        {lines.length === 0 && <li className="muted">{t('board.chat.empty')}</li>}
        {lines.map((line) => (
          <Line key={line.key} line={line} playerID={playerID} />
        ))}
      </ol>
      {canSend && (
        <form
          className="chat__form"
          onSubmit={(e) => {
            e.preventDefault();
            const text = draft.trim().slice(0, CHAT_MAX);
            if (text) onSend(text);
            setDraft('');
          }}
        >
          <label className="vh" htmlFor="chat-input">
            {t('board.chat.label')}
          </label>
          <input id="chat-input" type="text" maxLength={CHAT_MAX} value={draft} onChange={(e) => setDraft(e.target.value)} autoComplete="off" />
          <Button type="submit" disabled={draft.trim() === ''}>
            {t('board.chat.send')}
          </Button>
        </form>
      )}
    </details>
  );
};
