// @vitest-environment jsdom
// The end screen for real finished matches: a win, a draw, and a trade war
// both sides lost; both scores against doing nothing; both agendas revealed
// with met or not; rematch and leave. (Seed 1, quiet news: a comprehensive
// deal in round 1 decides the result; standing pat throughout loses for both.)
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agendaCard } from '../../../game/cards/agendas';
import type { Terms } from '../../../game/state';
import { Board } from '../../../src/client/board/Board';
import { Replay } from '../../../src/client/board/Replay';
import { newHeadless, playHeadless } from '../../../game/headless';
import type { Phase } from '../../../game/flow';
import type { GameState, Side } from '../../../game/state';
import { decide } from '../../../src/bot/bot';
import { makeStrategy } from '../../../src/bot/strategies';
import type { BotNote } from '../../../src/client/board/types';
import { advanceTo, initialState, play, quietMatch } from '../../game/helpers';
import { boardProps, renderIn } from './fixtures';

afterEach(cleanup);

const dealMatch = (terms: Terms) => {
  const match = advanceTo(quietMatch(), 'talks');
  play(match, 'us', 'propose', terms, true);
  play(match, 'jp', 'accept', match.G.talks.open?.id);
  return match;
};
const usWins = () => dealMatch({ extendPause: true, investment: 300, purchases: 20 });
const jpWins = () => dealMatch({ usAutoTariff: 15, investment: 400 });
const drawn = () => dealMatch({ extendPause: true, usAutoTariff: 15, investment: 700, purchases: 20 });
const bothLose = () => advanceTo(quietMatch(), 'news', 99);

const scoreRow = (side: RegExp) => {
  const table = screen.getByRole('table', { name: 'Scores against doing nothing' });
  const row = within(table).getAllByRole('row').find((r) => side.test(within(r).queryByRole('rowheader')?.textContent ?? ''));
  if (!row) throw new Error(`no row ${side}`);
  return within(row).getAllByRole('cell').map((c) => c.textContent);
};

describe('end screen', () => {
  it('a win: the winner is named, to each seat as it should be', () => {
    const match = usWins();
    expect(match.G.outcome?.winner).toBe('us');
    renderIn(<Board {...boardProps(match, 'us')} />);
    expect(screen.getByText('You win.')).toBeTruthy();
    expect(screen.getByText('A comprehensive deal ended the war in round 1.')).toBeTruthy();
    cleanup();
    renderIn(<Board {...boardProps(match, 'jp')} />);
    expect(screen.getByText('United States wins.')).toBeTruthy();
    cleanup();
    renderIn(<Board {...boardProps(jpWins(), undefined)} />);
    expect(screen.getByText('Japan wins.')).toBeTruthy();
  });

  it('shows both scores against the no-war path: result, doing nothing and score', () => {
    const match = usWins();
    const o = match.G.outcome;
    renderIn(<Board {...boardProps(match, 'jp')} />);
    const fmt = (v: number) => new Intl.NumberFormat('en', { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
    expect(scoreRow(/^United States/)).toEqual([fmt(o?.scores.us.result ?? 0), fmt(o?.scores.us.noWar ?? 0), fmt(o?.scores.us.total ?? 0)]);
    expect(scoreRow(/^Japan/)).toEqual([fmt(o?.scores.jp.result ?? 0), fmt(o?.scores.jp.noWar ?? 0), fmt(o?.scores.jp.total ?? 0)]);
    expect(screen.getByText(new RegExp(`^Joint score: ${fmt(o?.joint ?? 0).replace('+', '\\+')}\\.`))).toBeTruthy();
  });

  it('a draw', () => {
    const match = drawn();
    expect(match.G.outcome?.winner).toBe('draw');
    renderIn(<Board {...boardProps(match, 'us')} />);
    expect(screen.getByText('A draw.')).toBeTruthy();
  });

  it('a trade war both sides lost, in English and Japanese', () => {
    const match = bothLose();
    expect(match.G.outcome?.winner).toBe('neither');
    renderIn(<Board {...boardProps(match, 'us')} />);
    expect(screen.getByText(/A trade war both sides lost/)).toBeTruthy();
    expect(screen.getByText('The game ended at the deadline (round 9).')).toBeTruthy();
    cleanup();
    renderIn(<Board {...boardProps(match, 'us')} />, 'ja');
    expect(screen.getByText(/勝者なき貿易戦争/)).toBeTruthy();
  });

  it("reveals both sides' agendas with met or not", () => {
    const match = usWins();
    const o = match.G.outcome;
    renderIn(<Board {...boardProps(match, 'jp')} />);
    for (const side of ['us', 'jp'] as const) {
      for (const id of match.G.agendas[side]) {
        const title = screen.getAllByText(agendaCard(id).title.en).find((el) => el.closest('.end'));
        const item = title?.closest('li');
        expect(item?.textContent).toContain(o?.agendasMet[side].includes(id) ? '✓ met' : '✗ not met');
      }
    }
  });

  it('offers rematch, the replay and leave when the runner gives them', async () => {
    const user = userEvent.setup();
    const onRematch = vi.fn();
    const onReplay = vi.fn();
    const onLeave = vi.fn();
    renderIn(<Board {...boardProps(bothLose(), 'us', { onRematch, onReplay, onLeave })} />);
    await user.click(screen.getByRole('button', { name: 'Rematch' }));
    await user.click(screen.getByRole('button', { name: 'Watch the replay' }));
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    expect(onRematch).toHaveBeenCalledOnce();
    expect(onReplay).toHaveBeenCalledOnce();
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it('charts the whole game with a table for each chart', () => {
    renderIn(<Board {...boardProps(bothLose(), 'us')} />);
    const table = screen.getByRole('table', { name: 'US 10-year yield' });
    // Start, nine rounds, and the board after the deadline snapback.
    expect(within(table).getAllByRole('row').length).toBeGreaterThanOrEqual(11);
  });
});

describe('replay', () => {
  it('steps through a finished match round by round, with both agendas shown', async () => {
    const user = userEvent.setup();
    const match = bothLose();
    renderIn(<Replay G={match.G} />);
    expect(screen.getByRole('heading', { name: 'Round 1: what happened' })).toBeTruthy();
    for (const side of ['us', 'jp'] as const) {
      for (const id of match.G.agendas[side]) expect(screen.getAllByText(agendaCard(id).title.en).length).toBeGreaterThan(0);
    }
    await user.click(screen.getByRole('button', { name: 'Next round' }));
    expect(screen.getByRole('heading', { name: 'Round 2: what happened' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Go to' }), 'Result');
    expect(screen.getByText(/A trade war both sides lost/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next round' })).toHaveProperty('disabled', true);
  });

  it('steps by the arrow keys, Home and End, and says where it stands', async () => {
    const user = userEvent.setup();
    const match = bothLose();
    renderIn(<Replay G={match.G} />);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'Round 3: what happened' })).toBeTruthy();
    expect(screen.getByText(`Round 3 of ${match.G.reports.length}`)).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { name: 'Round 2: what happened' })).toBeTruthy();
    await user.keyboard('{End}');
    expect(screen.getByText(/A trade war both sides lost/)).toBeTruthy();
    await user.keyboard('{Home}');
    expect(screen.getByRole('heading', { name: 'Round 1: what happened' })).toBeTruthy();
    // The round list keeps its own arrow keys.
    screen.getByRole('combobox', { name: 'Go to' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'Round 1: what happened' })).toBeTruthy();
  });
});

describe("end screen: the bot's reasons (solo debrief)", () => {
  /** A whole match (against a hawk, so no early deal) of the Easy bot as Japan, keeping every reason it gave, as solo mode does. */
  const soloMatch = () => {
    const match = newHeadless(initialState('2025-pause', 3));
    const notes: BotNote[] = [];
    const bot = (view: GameState, phase: Phase, side: Side) => {
      const decision = decide(view, phase, side, { level: 'easy', seed: 5, budget: 60 });
      notes.push({ move: decision.move, round: view.round, why: decision.why });
      return decision;
    };
    playHeadless(match, { us: makeStrategy('hawk', 1), jp: bot });
    return { match, notes };
  };

  it('lists every reason it gave, round by round, in either language; other modes show none', () => {
    const { match, notes } = soloMatch();
    const shown = notes.filter((n) => n.move !== 'acknowledge');
    expect(shown.length).toBeGreaterThan(1);
    const first = shown[0];
    if (!first) throw new Error('no note');
    renderIn(<Board {...boardProps(match, 'us', { mode: 'solo', botLog: notes })} />);
    const list = within(screen.getByRole('region', { name: "The bot's reasoning, move by move" })).getAllByRole('listitem');
    expect(list).toHaveLength(shown.length);
    expect(list[0]?.textContent).toContain(`Round ${first.round}`);
    expect(list[0]?.textContent).toContain(first.why.en);
    cleanup();
    renderIn(<Board {...boardProps(match, 'us', { mode: 'solo', botLog: notes })} />, 'ja');
    const ja = within(screen.getByRole('region', { name: 'ボットの考え（手ごと）' })).getAllByRole('listitem');
    expect(ja[0]?.textContent).toContain(first.why.ja);
    cleanup();
    renderIn(<Board {...boardProps(match, 'us', { mode: 'online', botLog: notes })} />);
    expect(screen.queryByRole('region', { name: "The bot's reasoning, move by move" })).toBeNull();
  });
});

describe("end screen: the bot seats' reasons (online debrief)", () => {
  // As the server sends a bot seat's note (boardgame.io's chat message type wants a payload; a note has none).
  const note = (sender: string, id: number, en: string) => ({
    payload: undefined,
    kind: 'bot',
    id: `bot:${sender}:${id}`,
    sender,
    why: { en, ja: `${en}（日本語）` },
    move: 'respond',
    round: 1,
    at: id,
  });
  const region = (name = "The bot's reasoning, move by move") => within(screen.getByRole('region', { name }));

  it('names each reason\'s side when bots held both seats, in either language', () => {
    const chatMessages = [note('0', 1, 'The US bot answered the news.'), note('1', 2, 'Japan answered the news.')];
    renderIn(<Board {...boardProps(usWins(), 'us', { mode: 'online', chatMessages })} />);
    const [us, jp] = region().getAllByRole('listitem');
    expect(us?.textContent).toContain('United States (bot)');
    expect(jp?.textContent).toContain('Japan (bot)');
    cleanup();
    renderIn(<Board {...boardProps(usWins(), 'us', { mode: 'online', chatMessages })} />, 'ja');
    expect(region('ボットの考え（手ごと）').getAllByRole('listitem')[1]?.textContent).toContain('日本（ボット）');
  });

  it('does not name the side when one seat had a bot', () => {
    const chatMessages = [note('1', 1, 'Japan answered the news.'), note('1', 2, 'Japan answered again.')];
    renderIn(<Board {...boardProps(usWins(), 'us', { mode: 'online', chatMessages })} />);
    const items = region().getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items.some((item) => item.textContent?.includes('(bot)'))).toBe(false);
  });
});
