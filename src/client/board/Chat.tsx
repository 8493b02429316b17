// Free chat between the sides (boardgame.io's chat): plain text only, length
// limited, rendered as text (React escapes it; never HTML), with an unread
// badge while the chat is closed.
import { useState } from 'react';
import { isPlayerID, sideOf } from '../../../game/state';
import { useT } from '../i18n/I18nProvider';
import { Badge, Button } from '../ui';
import { useDescribe } from './describe';

export const CHAT_MAX = 280;

type Message = { readonly id: string; readonly sender: string; readonly payload: unknown };

type Props = {
  readonly messages: ReadonlyArray<Message>;
  readonly playerID: string | null | undefined;
  readonly canSend: boolean;
  readonly onSend: (text: string) => void;
};

/** A message's text, or undefined if the payload is not a plain string (dropped: never rendered). */
export const messageText = (payload: unknown): string | undefined =>
  typeof payload === 'string' ? payload.slice(0, CHAT_MAX) : undefined;

export const Chat = ({ messages, playerID, canSend, onSend }: Props) => {
  const t = useT();
  const d = useDescribe();
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState(0);
  const [draft, setDraft] = useState('');
  const readable = messages.filter((m) => messageText(m.payload) !== undefined);
  const unread = open ? 0 : readable.slice(seen).filter((m) => m.sender !== playerID).length;
  const who = (sender: string) => (isPlayerID(sender) ? d.side(sideOf(sender)) : t('board.chat.spectator'));
  const toggle = (next: boolean) => {
    setOpen(next);
    setSeen(readable.length);
  };
  return (
    <details className="chat panel" open={open} onToggle={(e) => toggle(e.currentTarget.open)}>
      <summary>
        {t('board.chat.title')}{' '}
        {unread > 0 && <Badge tone="info" label={t('board.chat.unread', { count: unread })}>{unread}</Badge>}
      </summary>
      <ol className="chat__list" aria-label={t('board.chat.messages')}>
        {readable.length === 0 && <li className="muted">{t('board.chat.empty')}</li>}
        {readable.map((m) => (
          <li key={m.id} className={m.sender === playerID ? 'chat__mine' : undefined}>
            <strong>{who(m.sender)}:</strong> {messageText(m.payload)}
          </li>
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
