// @vitest-environment jsdom
// The chat with a bot seat's reasons in it (issue 8): a note from the server
// shows in the reader's language, marked as the bot's reasoning; players' text
// renders as before; anything malformed or repeated is dropped; and the
// reasons make the online debrief.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Board } from '../../../src/client/board/Board';
import { Chat } from '../../../src/client/board/Chat';
import { botLogOf, chatLines } from '../../../src/client/board/chat-lines';
import { advanceTo, quietMatch } from '../../game/helpers';
import { boardProps, renderIn } from './fixtures';

afterEach(cleanup);

const WHY = { en: 'I sold $50B because you raised the auto tariff twice.', ja: '自動車関税を二度引き上げられたので、500億ドルを売った。' };
const NOTE = { kind: 'bot', id: 'bot:1:42', sender: '1', why: WHY, move: 'chooseAction', round: 3, at: 1 };
const TEXT = { id: 'k3', sender: '0', payload: 'Deal?', at: 2 };

const openChat = async () => {
  await userEvent.setup().click(screen.getByText(/^(Chat|チャット)/));
  return screen.getByRole('list', { name: /Messages|メッセージ/ });
};

describe('chat with bot notes', () => {
  it('shows a bot note in English, marked as the bot’s reasoning, beside plain text as before', async () => {
    renderIn(<Chat messages={[TEXT, NOTE]} playerID="0" canSend onSend={vi.fn()} />, 'en');
    // The note is someone else's: it counts as unread, the player's own message does not.
    expect(screen.getByLabelText('1 unread message')).toBeTruthy();
    const list = await openChat();
    const [text, note] = within(list).getAllByRole('listitem');
    expect(text?.textContent).toBe('United States: Deal?');
    expect(text?.className).toBe('chat__mine');
    expect(note?.textContent).toBe(`Japan (bot) explains: ${WHY.en} (round 3)`);
    expect(note?.className).toBe('chat__bot');
  });

  it('shows the same note in Japanese to a Japanese reader', async () => {
    renderIn(<Chat messages={[NOTE]} playerID={null} canSend={false} onSend={vi.fn()} />, 'ja');
    const list = await openChat();
    expect(within(list).getByRole('listitem').textContent).toBe(`日本（ボット）の説明： ${WHY.ja} (第3ラウンド)`);
    expect(list.textContent).not.toContain(WHY.en);
  });

  it('drops malformed notes and repeats (the server sends the history again after a sync); a player cannot hide a note', () => {
    const lines = chatLines([
      NOTE,
      TEXT,
      { ...NOTE }, // the same note again, after a resync
      { ...TEXT },
      { ...NOTE, id: 'bot:1:43', why: { en: 'only English' } },
      { ...NOTE, id: 'bot:1:44', sender: 'spectator' },
      { ...NOTE, id: 'bot:1:45', round: 'three' },
      { kind: 'shout', id: 'x', sender: '0', payload: 'LOUD' },
      { id: 'bot:1:42', sender: '1', payload: 'same id as the note' }, // a player's message with the note's id
      null,
      'just a string',
    ]);
    expect(lines.map((line) => (line.kind === 'bot' ? `bot ${line.note.id}` : `text ${line.text}`))).toEqual([
      'bot bot:1:42',
      'text Deal?',
      'text same id as the note',
    ]);
  });

  it('lists the bot seat’s reasons in the online debrief at the end of the match', () => {
    const over = advanceTo(quietMatch(), 'news', 99);
    const chatMessages = [TEXT, NOTE, { ...NOTE, id: 'bot:1:50', move: 'respond', round: 4, why: { en: 'I answered the news.', ja: 'ニュースに応じた。' } }];
    expect(botLogOf(chatMessages).map((note) => note.round)).toEqual([3, 4]);
    renderIn(<Board {...boardProps(over, 'us', { mode: 'online', chatMessages: chatMessages as never })} />, 'en');
    const debrief = screen.getByRole('region', { name: "The bot's reasoning, move by move" });
    expect(within(debrief).getByText(WHY.en)).toBeTruthy();
    expect(within(debrief).getByText('I answered the news.')).toBeTruthy();
  });
});
