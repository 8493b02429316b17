// Lobby fuzz: malformed JSON, wrong types, huge strings, unknown ids, invalid
// setupData all get a 4xx JSON answer with a message, store nothing, and
// leave the server healthy. Also: the rate limit and CORS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOBBY, get, newMatch, post, startServer } from './helpers';
import type { Running } from './helpers';

let running: Running;
beforeAll(async () => {
  running = await startServer({ env: { LOBBY_RATE_PER_MINUTE: '1000' } });
});
afterAll(async () => {
  await running.stop();
});

const BAD_CREATES: ReadonlyArray<unknown> = [
  { setupData: { scenario: 'atlantis' } },
  { setupData: { scenario: 42 } },
  { setupData: 'x' },
  { setupData: { scenario: '2025-pause', extra: 1 } },
  { setupData: { bot: { seat: '2', strength: 'hard' } } },
  { setupData: { bot: { seat: '1', strength: 'godlike' } } },
  { setupData: { timers: { moves: 1 } } },
  { setupData: { timers: { lunch: 60 } } },
  { setupData: { botTakeover: 'yes' } },
  { numPlayers: 3 },
  { numPlayers: 'two' },
  { unlisted: 'true' },
  { hack: true },
  [],
  'x'.repeat(100),
];

describe('lobby fuzz', () => {
  it('refuses every malformed request with a 4xx and a message, stores nothing, stays healthy', async () => {
    const before = await running.storage.listMatches();
    const answers = [
      ...(await Promise.all(BAD_CREATES.map((body) => post(running.base, `${LOBBY}/create`, body)))),
      await post(running.base, `${LOBBY}/create`, '{"setupData": ', true),
      await post(running.base, `${LOBBY}/create`, JSON.stringify({ setupData: { scenario: 'x'.repeat(40_000) } }), true),
      await post(running.base, `/games/chess/create`, {}),
      await post(running.base, `${LOBBY}/nope/join`, { playerName: 'a' }),
      await post(running.base, `${LOBBY}/${'x'.repeat(500)}/join`, { playerName: 'a' }),
      await get(running.base, `${LOBBY}/nope`),
      await get(running.base, `${LOBBY}?isGameover=maybe`),
    ];
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(typeof answer.body.error).toBe('string');
    }
    expect(await running.storage.listMatches()).toEqual(before);

    const { matchID, credentials } = await newMatch(running.base);
    const { metadata: stored } = await running.storage.fetch(matchID, { metadata: true });
    const badSeats = [
      await post(running.base, `${LOBBY}/${matchID}/join`, { playerID: '0', playerName: 'late' }),
      await post(running.base, `${LOBBY}/${matchID}/join`, { playerID: 7, playerName: 'x' }),
      await post(running.base, `${LOBBY}/${matchID}/join`, { playerName: 'y'.repeat(1000) }),
      await post(running.base, `${LOBBY}/${matchID}/join`, { playerName: 'z', data: { evil: true } }),
      await post(running.base, `${LOBBY}/${matchID}/leave`, { playerID: '0', credentials: 'wrong' }),
      await post(running.base, `${LOBBY}/${matchID}/leave`, { playerID: '0' }),
      await post(running.base, `${LOBBY}/${matchID}/playAgain`, { playerID: '1', credentials: credentials['0'] }),
      await post(running.base, `${LOBBY}/${matchID}/update`, { playerID: '0', credentials: credentials['0'], newName: '' }),
    ];
    for (const answer of badSeats) expect([400, 403, 404, 409]).toContain(answer.status);
    const { metadata: after } = await running.storage.fetch(matchID, { metadata: true });
    expect(after).toEqual(stored);
    expect((await get(running.base, '/healthz')).status).toBe(200);
  });

  it('lists public matches only; a rematch keeps the setup', async () => {
    const open = await post(running.base, `${LOBBY}/create`, { setupData: { scenario: '1985-plaza', timers: { moves: 60 } } });
    const hidden = await post(running.base, `${LOBBY}/create`, { unlisted: true });
    const list = (await get(running.base, LOBBY)).body.matches as Array<{ matchID: string; setupData: unknown }>;
    expect(list.map((m) => m.matchID)).toContain(open.body.matchID);
    expect(list.map((m) => m.matchID)).not.toContain(hidden.body.matchID);
    expect(JSON.stringify(list)).not.toContain('credentials');
    const matchID = String(open.body.matchID);
    const joined = await post(running.base, `${LOBBY}/${matchID}/join`, { playerName: 'A' });
    const again = await post(running.base, `${LOBBY}/${matchID}/playAgain`, { playerID: joined.body.playerID, credentials: joined.body.playerCredentials });
    expect(again.status).toBe(200);
    const next = await get(running.base, `${LOBBY}/${String(again.body.nextMatchID)}`);
    expect(next.body.setupData).toEqual({ scenario: '1985-plaza', timers: { moves: 60 } });
  });
});

describe('rate limit and CORS', () => {
  it('answers 429 with a message past the limit of creations and joins per minute', async () => {
    const limited = await startServer({ env: { LOBBY_RATE_PER_MINUTE: '3' } });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await post(limited.base, `${LOBBY}/create`, {}));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
    expect(String(answers[3]?.body.error)).toMatch(/try again in \d+ s/);
    await limited.stop();
  });

  it('counts the connection\'s address unless TRUST_PROXY is set; then the address the proxy forwarded', async () => {
    const create = (base: string, forwardedFor: string) =>
      fetch(`${base}${LOBBY}/create`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: '{}' }).then((r) => r.status);
    // No proxy trusted: a client cannot dodge the limit by writing X-Forwarded-For.
    const direct = await startServer({ env: { LOBBY_RATE_PER_MINUTE: '2' } });
    expect([await create(direct.base, '10.0.0.1'), await create(direct.base, '10.0.0.2'), await create(direct.base, '10.0.0.3')]).toEqual([200, 200, 429]);
    await direct.stop();
    // One proxy trusted (it appends the client's address): clients are counted apart, and a spoofed entry to its left is ignored.
    const proxied = await startServer({ env: { LOBBY_RATE_PER_MINUTE: '2', TRUST_PROXY: '1' } });
    const a = [await create(proxied.base, '203.0.113.7'), await create(proxied.base, '1.1.1.1, 203.0.113.7'), await create(proxied.base, '2.2.2.2, 203.0.113.7')];
    expect(a).toEqual([200, 200, 429]);
    expect(await create(proxied.base, '198.51.100.9')).toBe(200);
    await proxied.stop();
  });

  it('is same-origin by default; configured origins get CORS headers', async () => {
    const other = await fetch(`${running.base}${LOBBY}`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const withCors = await startServer({ env: { CORS_ORIGINS: 'https://play.example' } });
    const allowed = await fetch(`${withCors.base}${LOBBY}`, { headers: { origin: 'https://play.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://play.example');
    await withCors.stop();
  });
});
