// The Lobby REST API of our server (src/server/lobby.ts), from the browser:
// create, list, fetch, join and leave matches. Answers are checked for the
// fields the app reads, so a changed server fails loudly here, not in a screen.

export type LobbyPlayer = {
  readonly id: number; //             1
  readonly name?: string; //          'Aiko'  absent while the seat is free
  readonly isConnected?: boolean; //  true    a socket is open for the seat
};

export type LobbyMatch = {
  readonly matchID: string; //        'Xw3k9aQ2mP1'
  readonly players: ReadonlyArray<LobbyPlayer>;
  readonly setupData?: MatchSetup;
  readonly gameover?: unknown;
  readonly unlisted: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
};

export type Strength = 'easy' | 'normal' | 'hard';
export const TIMER_STEPS = ['news', 'talks', 'moves', 'review'] as const;
export type TimerStep = (typeof TIMER_STEPS)[number];

/** What the app sends as setupData (the server validates it again with zod). */
export type MatchSetup = {
  readonly scenario?: string; //                                   '2025-pause'
  readonly bot?: { readonly seat: '0' | '1'; readonly strength: Strength };
  readonly timers?: { readonly [S in TimerStep]?: number }; //       { moves: 120 } seconds
};

export type Seat = { readonly playerID: string; readonly credentials: string };

/** A refused lobby call: the HTTP status and the server's message. */
export class LobbyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** game/index.ts GAME_NAME, written out so the first screen need not load the rules (a test keeps them equal). */
export const GAME_NAME = 'card-on-the-table';
const base = `/games/${GAME_NAME}`;

const call = async (path: string, init?: { readonly method: 'POST'; readonly body: unknown }): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetch(path, init ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) } : undefined);
  } catch (error) {
    throw new LobbyError(0, error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  if (!response.ok) throw new LobbyError(response.status, text.slice(0, 300) || response.statusText);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LobbyError(response.status, 'The server answered with something other than JSON');
  }
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const asMatch = (value: unknown): LobbyMatch => {
  if (!isObject(value) || typeof value.matchID !== 'string' || !Array.isArray(value.players)) throw new LobbyError(500, 'Malformed match from the server');
  return value as LobbyMatch;
};

const asString = (value: unknown, key: string): string => {
  const field = isObject(value) ? value[key] : undefined;
  if (typeof field !== 'string') throw new LobbyError(500, `The server's answer has no ${key}`);
  return field;
};

export const lobby = {
  create: async (setupData: MatchSetup, unlisted: boolean): Promise<string> =>
    asString(await call(`${base}/create`, { method: 'POST', body: { numPlayers: 2, setupData, unlisted } }), 'matchID'),

  list: async (): Promise<ReadonlyArray<LobbyMatch>> => {
    const body = await call(`${base}?isGameover=false`);
    const matches = isObject(body) && Array.isArray(body.matches) ? body.matches : [];
    return matches.map(asMatch);
  },

  get: async (matchID: string): Promise<LobbyMatch> => asMatch(await call(`${base}/${encodeURIComponent(matchID)}`)),

  join: async (matchID: string, playerID: string, playerName: string): Promise<Seat> => {
    const body = await call(`${base}/${encodeURIComponent(matchID)}/join`, { method: 'POST', body: { playerID, playerName } });
    return { playerID: asString(body, 'playerID'), credentials: asString(body, 'playerCredentials') };
  },

  leave: async (matchID: string, seat: Seat): Promise<void> => {
    await call(`${base}/${encodeURIComponent(matchID)}/leave`, { method: 'POST', body: { playerID: seat.playerID, credentials: seat.credentials } });
  },

  playAgain: async (matchID: string, seat: Seat): Promise<string> =>
    asString(await call(`${base}/${encodeURIComponent(matchID)}/playAgain`, { method: 'POST', body: { playerID: seat.playerID, credentials: seat.credentials } }), 'nextMatchID'),
};

/** Free seats of a match ('0' the US, '1' Japan). */
export const freeSeats = (match: LobbyMatch): string[] => match.players.filter((p) => p.name === undefined).map((p) => String(p.id));
