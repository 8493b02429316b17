// @vitest-environment jsdom
// The rest of the board: a refused move and a lost connection are shown (the
// alert takes focus); news answers; own agendas only; chat as text; the live
// log; the review step's reveal and "Next round".
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { agendaCard, agendaMet } from '../../../game/cards/agendas';
import { legalResponses } from '../../../game/legal';
import { Board } from '../../../src/client/board/Board';
import { ofRound, withNote } from '../../../src/client/board/bot-notes';
import { advanceTo, initialState, play, playRound, quietMatch, withDeck } from '../../game/helpers';
import { newHeadless } from '../../../game/headless';
import { boardProps, renderIn } from './fixtures';

afterEach(cleanup);

describe('board status', () => {
  it('shows a refused move as a focused alert with the reason, and a lost connection', () => {
    const match = advanceTo(quietMatch(), 'moves');
    const rejection = { move: 'chooseAction', reason: { en: 'Not enough Approval for so bold a move.', ja: '支持率が足りない。' }, at: 1 };
    renderIn(<Board {...boardProps(match, 'jp', { rejection, connection: 'offline' })} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('That move was refused.');
    expect(alert.textContent).toContain('Not enough Approval');
    expect(document.activeElement).toBe(alert);
    expect(screen.getByText(/Connection lost/)).toBeTruthy();
  });
});

describe('news', () => {
  it('asks the side the card names, with its options as buttons, and sends the chosen one', async () => {
    const user = userEvent.setup();
    const match = newHeadless(withDeck(initialState(), ['yen-158', ...Array.from({ length: 19 }, () => 'quiet-week')]));
    const options = legalResponses(match.G, 'jp');
    expect(options).toEqual(['verbal-warning', 'let-it-slide']);
    const props = boardProps(match, 'jp');
    renderIn(<Board {...props} />);
    const group = screen.getByRole('group', { name: 'Your answer to the news' });
    await user.click(within(group).getByRole('button', { name: /Let it slide/ }));
    expect(props.moves.respond).toHaveBeenCalledWith('let-it-slide');
    cleanup();
    renderIn(<Board {...boardProps(match, 'us')} />);
    expect(screen.queryByRole('group', { name: 'Your answer to the news' })).toBeNull();
    expect(screen.getByText('Waiting for Japan to answer the news.')).toBeTruthy();
  });
});

describe('agendas', () => {
  it("shows this seat's agendas only, with whether each is met now", () => {
    const match = advanceTo(quietMatch(), 'talks');
    renderIn(<Board {...boardProps(match, 'us')} />);
    const panel = screen.getByRole('region', { name: 'Your secret agendas' });
    for (const id of match.G.agendas.us) {
      const card = agendaCard(id);
      const item = within(panel).getByText(card.title.en).closest('li');
      expect(item?.textContent).toContain(agendaMet(card, match.G) ? 'met right now' : 'not met right now');
    }
    for (const id of match.G.agendas.jp) expect(screen.queryByText(agendaCard(id).title.en)).toBeNull();
  });
});

describe('chat', () => {
  it('renders messages as text, never HTML, drops non-text payloads, and counts unread ones', async () => {
    const user = userEvent.setup();
    const match = advanceTo(quietMatch(), 'talks');
    const chatMessages = [
      { id: 'a', sender: '1', payload: '<img src=x onerror=alert(1)> hello' },
      { id: 'b', sender: '1', payload: { html: '<b>bold</b>' } },
    ];
    const props = boardProps(match, 'us', { chatMessages });
    renderIn(<Board {...props} />);
    expect(screen.getByLabelText('1 unread message')).toBeTruthy();
    await user.click(screen.getByText('Chat'));
    expect(screen.getByText('<img src=x onerror=alert(1)> hello')).toBeTruthy();
    expect(document.querySelector('.chat img')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Shall we talk about autos?');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(props.sendChatMessage).toHaveBeenCalledWith('Shall we talk about autos?');
  });
});

describe('review and the live log', () => {
  it('reveals both moves side by side, says what they did, and acknowledges with "Next round"', async () => {
    const user = userEvent.setup();
    const match = quietMatch();
    playRound(match, [{ type: 'raiseTariff', line: 'auto', step: 10 }], [{ type: 'sellTreasuries', amount: 50 }, { trigger: 'raiseTariff', response: 'retaliate' }]);
    const props = boardProps(match, 'us', { mode: 'solo', botNotes: { action: { move: 'chooseAction', round: 1, why: { en: 'A threat answered in kind.', ja: '脅しには脅しで応じる。' } } } });
    renderIn(<Board {...props} />);
    const us = screen.getByRole('article', { name: 'United States' });
    const jp = screen.getByRole('article', { name: 'Japan' });
    expect(within(us).getByText('Raise the auto tariff by 10 points')).toBeTruthy();
    expect(within(jp).getByText('Sell $50B of Treasuries')).toBeTruthy();
    expect(within(jp).getByText(/Signal: If you choose “Raise a tariff”, I answer with “Retaliatory tariff”/)).toBeTruthy();
    expect(within(jp).getByText('A threat answered in kind.')).toBeTruthy();
    const table = screen.getByRole('table', { name: /The markets in round 1/ });
    expect(within(table).getByRole('rowheader', { name: 'US 10-year yield' })).toBeTruthy();
    // The live region speaks the newest line of the log.
    expect(screen.getByTestId('live-log').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByTestId('live-log').textContent).toMatch(/^After round 1: 10-year yield/);
    await user.click(screen.getByRole('button', { name: 'Next round' }));
    expect(props.moves.acknowledge).toHaveBeenCalledOnce();
    cleanup();
    play(match, 'us', 'acknowledge');
    renderIn(<Board {...boardProps(match, 'us')} />);
    expect(screen.queryByRole('button', { name: 'Next round' })).toBeNull();
    expect(screen.getByText('Waiting for the other side to read the round.')).toBeTruthy();
  });
});

describe("the bot's reasons (solo)", () => {
  const why = (en: string) => ({ en, ja: `${en}（日本語）` });

  it('keeps the latest reason of each kind; an acknowledgement explains nothing shown', () => {
    let notes = withNote({}, { move: 'respond', round: 1, why: why('news') });
    notes = withNote(notes, { move: 'propose', round: 1, why: why('offer') });
    notes = withNote(notes, { move: 'reject', round: 1, why: why('no') });
    notes = withNote(notes, { move: 'acknowledge', round: 1, why: why('read') });
    expect(notes.news?.why.en).toBe('news');
    expect(notes.proposal?.why.en).toBe('offer');
    expect(notes.talks?.move).toBe('reject');
    expect(notes.action).toBeUndefined();
    expect(ofRound(notes.news, 2)).toBeUndefined();
  });

  it('shows its reason beside its answer to the news, in that round only', () => {
    const match = newHeadless(withDeck(initialState(), ['yen-158', ...Array.from({ length: 19 }, () => 'quiet-week')]));
    play(match, 'jp', 'respond', 'let-it-slide');
    const note = { move: 'respond', round: 1, why: why('Words cost nothing; the yen can wait.') };
    renderIn(<Board {...boardProps(match, 'us', { mode: 'solo', botNotes: { news: note } })} />);
    expect(screen.getByText('Words cost nothing; the yen can wait.')).toBeTruthy();
    cleanup();
    renderIn(<Board {...boardProps(match, 'us', { mode: 'solo', botNotes: { news: { ...note, round: 2 } } })} />);
    expect(screen.queryByText('Words cost nothing; the yen can wait.')).toBeNull();
    cleanup();
    // Online, the board never shows notes (a server bot sends none; a runner passing some is ignored).
    renderIn(<Board {...boardProps(match, 'us', { mode: 'online', botNotes: { news: note } })} />);
    expect(screen.queryByText('Words cost nothing; the yen can wait.')).toBeNull();
  });

  it('shows its reason inside its proposal, and says what it did when it rejects, in Japanese too', () => {
    const match = advanceTo(quietMatch(), 'talks');
    play(match, 'us', 'propose', { usAutoTariff: 20, investment: 400 }, false);
    renderIn(<Board {...boardProps(match, 'jp', { mode: 'solo', botNotes: { proposal: { move: 'propose', round: 1, why: why('Autos for investment is fair.') }, talks: { move: 'endTalks', round: 1, why: why('Nothing to add.') } } })} />);
    const offer = screen.getByRole('group', { name: 'Proposal from United States' });
    expect(within(offer).getByText('Autos for investment is fair.')).toBeTruthy();
    expect(screen.getByText(/The bot has finished talking this round\./).textContent).toContain('Nothing to add.');
    cleanup();
    const talking = advanceTo(quietMatch(), 'talks');
    renderIn(<Board {...boardProps(talking, 'jp', { mode: 'solo', botNotes: { talks: { move: 'reject', round: 1, why: why('Too little for too much.') } } })} />, 'ja');
    const line = screen.getByText(/ボットはあなたの提案を拒否した。/);
    expect(line.textContent).toContain('Too little for too much.（日本語）');
  });
});
