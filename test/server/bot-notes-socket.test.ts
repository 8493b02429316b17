// Bot notes over a real socket (issue 8): a bot seat's reasons reach the
// human and a spectator as chat from the bot's seat; the reason for its
// secret choice reaches nobody, not even through a fresh sync, until the
// round is revealed, and survives a restart in between; a client cannot
// post anything shaped like a note.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Phase } from '../../game/flow';
import type { GameState } from '../../game/state';
import { makeStrategy } from '../../src/bot/strategies';
import type { BotNoteChat, ChatEntry } from '../../src/protocol/chat';
import { openLmdbStore } from '../../src/server/storage/lmdb';
import { tableOf } from '../../src/server/table';
import type { MatchStore } from '../../src/server/storage/types';
import { LOBBY, connect, newMatch, rejections, startServer, tempDir } from './helpers';
import type { Running, TestClient } from './helpers';

const BOT_MATCH = { bot: { seat: '1', strength: 'easy' } } as const;

let running: Running;
beforeAll(async () => {
  running = await startServer({ env: { LOBBY_RATE_PER_MINUTE: '1000' } });
});
afterAll(async () => {
  await running.stop();
});

const chats = (client: TestClient): ChatEntry[] => client.received.filter((r) => r.event === 'chat').map((r) => r.args[1] as ChatEntry);
const notes = (client: TestClient): BotNoteChat[] => chats(client).filter((c): c is BotNoteChat => c.kind === 'bot');
const choiceNote = (client: TestClient, round: number): BotNoteChat | undefined => notes(client).find((n) => n.move === 'chooseAction' && n.round === round);
const storedTable = async (storage: MatchStore, matchID: string) => tableOf((await storage.fetch(matchID, { metadata: true })).metadata);

/** Whether the human (seat 0) sees the moves step with the bot's choice made and its own still owed. */
const botHasChosen = (us: TestClient): boolean => {
  const state = us.state();
  return state?.ctx.phase === 'moves' && state.ctx.activePlayers?.['1'] === undefined && state.ctx.activePlayers?.['0'] !== undefined;
};

/**
 * Plays the human seat (a hawk: no deals, so the rounds run to a crisis or
 * the deadline) until `stop` holds or the game is over; `atChoice` runs each
 * time the bot has made its secret choice and the human has not.
 */
const playHuman = async (us: TestClient, stop: () => boolean, atChoice?: (round: number) => Promise<void>): Promise<void> => {
  const hawk = makeStrategy('hawk', 5);
  for (let step = 0; step < 400; step++) {
    await us.waitFor(() => us.state()?.ctx.activePlayers?.['0'] !== undefined || us.state()?.ctx.gameover !== undefined, 30_000);
    if (stop()) return;
    const state = us.state();
    if (!state || state.ctx.gameover !== undefined) return;
    if (state.ctx.phase === 'moves') {
      await us.waitFor(() => botHasChosen(us), 30_000);
      if (stop()) return;
      await atChoice?.(state.G.round);
    }
    const now = us.state() ?? state;
    const decision = hawk(now.G, now.ctx.phase as Phase, 'us');
    us.move(decision.move, decision.args, now._stateID);
    await us.waitFor(() => (us.state()?._stateID ?? 0) > now._stateID, 30_000);
  }
  throw new Error('the match did not end');
};

/** The index of the first update the client got that shows `round` resolved. */
const revealIndex = (client: TestClient, round: number): number =>
  client.received.findIndex((r) => r.event === 'update' && (r.args[1] as { G: GameState }).G.reports.some((report) => report.round === round));

describe('bot notes over the socket', () => {
  it('the human and a spectator get every bot reason, and a secret choice’s only once the round is revealed', { timeout: 180_000 }, async () => {
    const { matchID, credentials } = await newMatch(running.base, BOT_MATCH, ['0']);
    const us = await connect(running.base, matchID, '0', credentials['0']);
    const watcher = await connect(running.base, matchID, null);
    const checkedRounds: number[] = [];

    await playHuman(
      us,
      () => false,
      async (round) => {
        // The bot has chosen; its reason exists, held on the server...
        const table = await storedTable(running.storage, matchID);
        expect(table.held.map((n) => [n.move, n.round, n.sender])).toEqual([['chooseAction', round, '1']]);
        expect(table.chat.some((c) => c.kind === 'bot' && c.move === 'chooseAction' && c.round === round)).toBe(false);
        // ...and has reached nobody: not the live clients...
        expect(choiceNote(us, round)).toBeUndefined();
        expect(choiceNote(watcher, round)).toBeUndefined();
        // ...nor a sync: a newcomer and the human syncing again get the whole chat, without it.
        const late = await connect(running.base, matchID, null);
        await late.waitFor(() => chats(late).length === table.chat.length);
        expect(choiceNote(late, round)).toBeUndefined();
        expect(notes(late).length).toBeGreaterThan(0); // the sync does replay the notes already public
        late.close();
        const syncs = us.received.filter((r) => r.event === 'sync').length;
        const before = chats(us).length;
        us.sync();
        await us.waitFor(() => us.received.filter((r) => r.event === 'sync').length > syncs && chats(us).length >= before + table.chat.length);
        expect(choiceNote(us, round)).toBeUndefined();
        // ...nor the Lobby API's view of the match.
        const held = table.held[0]?.why.en ?? '';
        const listed = await (await fetch(`${running.base}${LOBBY}/${matchID}`)).text();
        expect(listed).toContain(matchID);
        expect(listed).not.toContain(held);
        expect(listed).not.toContain('"held"');
        checkedRounds.push(round);
      },
    );

    const over = us.state();
    expect(over?.ctx.gameover).toBeDefined();
    const rounds = (over?.G.reports ?? []).map((r) => r.round);
    expect(rounds.length).toBeGreaterThan(1);
    expect(checkedRounds).toEqual(rounds);
    // Every round's choice was explained, after the update that revealed it, to both clients, the last one included
    // (the game ended on it); nothing is left held.
    await watcher.waitFor(() => rounds.every((round) => choiceNote(watcher, round) !== undefined));
    for (const client of [us, watcher]) {
      for (const round of rounds) {
        const note = choiceNote(client, round);
        expect(note?.sender).toBe('1');
        expect(note?.why.en).toMatch(/\w/);
        expect(note?.why.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
        const at = client.received.findIndex((r) => r.event === 'chat' && r.args[1] === note);
        expect(at).toBeGreaterThan(revealIndex(client, round));
      }
    }
    expect((await storedTable(running.storage, matchID)).held).toEqual([]);
    // The other reasons came too (its news answers and its word in the talks), all from the bot's seat.
    const moves = new Set(notes(us).map((n) => n.move));
    expect(moves.has('endTalks') || moves.has('respond') || moves.has('propose')).toBe(true);
    expect(moves.has('acknowledge')).toBe(false); // a routine step, not worth a line of chat
    expect(notes(us).every((n) => n.sender === '1' && n.id.startsWith('bot:1:'))).toBe(true);
    us.close();
    watcher.close();
  });

  it('refuses a client’s chat shaped like a bot note, from either seat, and stores nothing', async () => {
    const { matchID, credentials } = await newMatch(running.base, BOT_MATCH, ['0']);
    const us = await connect(running.base, matchID, '0', credentials['0']);
    const watcher = await connect(running.base, matchID, null);
    const forged = { kind: 'bot', why: { en: 'I will stand pat.', ja: '静観する。' }, move: 'chooseAction', round: 1 };
    us.socket.emit('chat', matchID, { id: 'f1', sender: '0', payload: 'hi', ...forged }, credentials['0']);
    us.socket.emit('chat', matchID, { id: 'f2', sender: '1', payload: 'hi', ...forged }, credentials['0']);
    us.socket.emit('chat', matchID, { id: 'f3', sender: '0', ...forged }, credentials['0']);
    us.socket.emit('chat', matchID, { id: 'f4', sender: '0', payload: 'hi', kind: 'text' }, credentials['0']);
    await us.waitFor(() => rejections(us).length >= 4);
    expect(rejections(us).map((r) => r.code)).toEqual(['chatText', 'chatText', 'chatText', 'chatText']);
    // A plain message still goes through, and is the only one anybody got or the match kept (bot notes aside).
    us.socket.emit('chat', matchID, { id: 'p1', sender: '0', payload: 'Shall we talk?' }, credentials['0']);
    await watcher.waitFor(() => chats(watcher).some((c) => c.kind !== 'bot'));
    const fromClients = (entries: ReadonlyArray<ChatEntry>) => entries.filter((c) => c.kind !== 'bot');
    expect(fromClients(chats(watcher))).toEqual([expect.objectContaining({ id: 'p1', sender: '0', payload: 'Shall we talk?' })]);
    const stored = (await storedTable(running.storage, matchID)).chat;
    expect(fromClients(stored).map((c) => c.id)).toEqual(['p1']);
    expect(stored.filter((c) => c.kind === 'bot').every((c) => c.id.startsWith('bot:1:'))).toBe(true);
    expect(Object.keys(fromClients(stored)[0] ?? {}).sort()).toEqual(['at', 'id', 'payload', 'sender']);
    us.close();
    watcher.close();
  });
});

describe('bot notes across a restart', () => {
  it('a held reason is kept with the match, not sent after the restart, and posted once the round is revealed', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const file = join(dir, 'matches.lmdb');
    const env = { LOBBY_RATE_PER_MINUTE: '1000' };
    try {
      const first = await startServer({ env, storage: openLmdbStore(file) });
      const { matchID, credentials } = await newMatch(first.base, BOT_MATCH, ['0']);
      const before = await connect(first.base, matchID, '0', credentials['0']);
      await playHuman(before, () => botHasChosen(before));
      const round = before.state()?.G.round ?? 0;
      expect((await storedTable(first.storage, matchID)).held.map((n) => n.round)).toEqual([round]);
      before.close();
      await first.stop();

      const second = await startServer({ env, storage: openLmdbStore(file) });
      try {
        const us = await connect(second.base, matchID, '0', credentials['0']);
        const table = await storedTable(second.storage, matchID);
        expect(table.held.map((n) => [n.move, n.round])).toEqual([['chooseAction', round]]);
        await us.waitFor(() => chats(us).length === table.chat.length);
        expect(choiceNote(us, round)).toBeUndefined();
        const state = us.state();
        if (!state) throw new Error('no state after the restart');
        const decision = makeStrategy('hawk', 5)(state.G, 'moves', 'us');
        us.move(decision.move, decision.args, state._stateID);
        await us.waitFor(() => choiceNote(us, round) !== undefined);
        expect(us.received.findIndex((r) => r.event === 'chat' && r.args[1] === choiceNote(us, round))).toBeGreaterThan(revealIndex(us, round));
        expect((await storedTable(second.storage, matchID)).held).toEqual([]);
        us.close();
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
