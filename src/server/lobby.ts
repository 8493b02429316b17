// boardgame.io's Lobby REST API (the same routes and answers, so its
// LobbyClient and Lobby component work), with every field validated (zod),
// joins, leaves and rematches serialized per match (boardgame.io #429), a
// rate limit on creating and joining, and leaving that revokes the seat's
// credentials and drops its sockets (STACK.md trap 10).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { newCredentials, isSeatHolder } from './credentials';
import { serverOptions } from './game';
import { HttpError, readJson } from './http';
import { LIMITS } from './limits';
import type { MatchQueues } from './queue';
import type { ServedRules } from './rules';
import { tableOf, withTable } from './table';
import type { MatchData, MatchStore } from './storage/types';

export type LobbyDeps = {
  readonly rules: ServedRules;
  readonly storage: MatchStore;
  readonly queues: MatchQueues;
  /** Counts a create or join from this address; seconds to wait if over the limit. */
  readonly rateLimited: (req: IncomingMessage) => number | undefined;
  readonly dropSeat: (matchID: string, playerID: string) => void;
  readonly onCreated: (matchID: string) => void;
  readonly log: (fields: Record<string, unknown>, message: string) => void;
};

export type LobbyAnswer = { readonly status: number; readonly body: unknown; readonly matchID?: string };

const seat = z.enum(['0', '1'], { message: 'playerID must be "0" or "1"' });
const credentials = z.string().min(1).max(200);
const name = z.string().trim().min(1, 'playerName is required').max(LIMITS.maxNameChars, `playerName has at most ${LIMITS.maxNameChars} characters`);
const numPlayers = z.union([z.literal(2), z.literal('2')], { message: 'numPlayers must be 2' }).optional();

const CreateBody = z.strictObject({ numPlayers, setupData: z.unknown().optional(), unlisted: z.boolean().optional() });
const JoinBody = z.strictObject({ playerID: seat.optional(), playerName: name });
const SeatBody = z.strictObject({ playerID: seat, credentials });
const PlayAgainBody = z.strictObject({ playerID: seat, credentials, numPlayers, unlisted: z.boolean().optional(), setupData: z.unknown().optional() });
const UpdateBody = z.strictObject({ playerID: seat, credentials, newName: name });
const ListQuery = z.strictObject({
  isGameover: z.enum(['true', 'false']).optional(),
  updatedBefore: z.coerce.number().int().positive().optional(),
  updatedAfter: z.coerce.number().int().positive().optional(),
});

const parse = <T>(schema: z.ZodType<T>, value: unknown): T => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
  return parsed.data;
};

/** A match as the Lobby API shows it: no credentials, no server table. */
const publicMatch = (matchID: string, m: MatchData) => ({
  matchID,
  gameName: m.gameName,
  players: Object.values(m.players).map(({ id, name: n, isConnected }) => ({ id, ...(n !== undefined ? { name: n } : {}), ...(isConnected !== undefined ? { isConnected } : {}) })),
  setupData: m.setupData,
  ...(m.gameover !== undefined ? { gameover: m.gameover } : {}),
  ...(m.nextMatchID !== undefined ? { nextMatchID: m.nextMatchID } : {}),
  unlisted: m.unlisted === true,
  createdAt: m.createdAt,
  updatedAt: m.updatedAt,
});

const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const createLobby = (deps: LobbyDeps) => {
  const { storage, queues } = deps;
  const GAME_NAME = deps.rules.name;

  const limit = (req: IncomingMessage): void => {
    const wait = deps.rateLimited(req);
    if (wait !== undefined) throw new HttpError(429, `Too many matches created or joined from your address; try again in ${wait} s`);
  };

  const fetchMatch = async (matchID: string): Promise<MatchData> => {
    const { metadata } = await storage.fetch(matchID, { metadata: true });
    if (!metadata) throw new HttpError(404, `Match ${matchID} not found`);
    return metadata;
  };

  const authorize = (metadata: MatchData, playerID: string, creds: string): void => {
    if (!isSeatHolder(metadata, playerID, creds)) throw new HttpError(403, 'Invalid credentials for this seat');
  };

  /** Creates and stores a match; a bot seat is taken at once. */
  const create = async (setupData: unknown, unlisted: boolean): Promise<string> => {
    const made = deps.rules.newMatch(setupData, unlisted);
    if ('error' in made) throw new HttpError(400, made.error);
    const matchID = randomBytes(9).toString('base64url');
    const bot = serverOptions(made.metadata).bot;
    let metadata = made.metadata;
    if (bot) {
      const botSeat = { id: Number(bot.seat), name: `Bot (${bot.strength})`, credentials: newCredentials(), isConnected: true };
      metadata = withTable({ ...metadata, players: { ...metadata.players, [bot.seat]: botSeat } }, { ...tableOf(metadata), bots: { [bot.seat]: bot.strength } });
    }
    await storage.createMatch(matchID, { initialState: made.initialState, metadata });
    deps.log({ matchID, bot: bot?.seat }, 'match created');
    deps.onCreated(matchID);
    return matchID;
  };

  const routes = async (req: IncomingMessage, parts: ReadonlyArray<string>, query: URLSearchParams): Promise<LobbyAnswer> => {
    const [, gameName, matchID, action] = parts; // ['games', name, id, action]
    const method = req.method ?? 'GET';
    if (parts.length === 1 && method === 'GET') return { status: 200, body: [GAME_NAME] };
    if (gameName !== GAME_NAME) throw new HttpError(404, `Game ${gameName ?? ''} not found`);
    if (matchID !== undefined && !MATCH_ID.test(matchID)) throw new HttpError(404, 'Match not found');

    if (parts.length === 2 && method === 'GET') {
      const q = parse(ListQuery, Object.fromEntries(query));
      const ids = await storage.listMatches({
        gameName,
        where: { ...(q.isGameover ? { isGameover: q.isGameover === 'true' } : {}), ...(q.updatedBefore ? { updatedBefore: q.updatedBefore } : {}), ...(q.updatedAfter ? { updatedAfter: q.updatedAfter } : {}) },
      });
      const matches = [];
      for (const id of ids) {
        const { metadata } = await storage.fetch(id, { metadata: true });
        if (metadata && !metadata.unlisted) matches.push(publicMatch(id, metadata));
      }
      return { status: 200, body: { matches } };
    }
    if (parts.length === 3 && method === 'POST' && matchID === 'create') {
      limit(req);
      const body = parse(CreateBody, await readJson(req, LIMITS.maxBodyBytes));
      const id = await create(body.setupData, body.unlisted === true);
      return { status: 200, body: { matchID: id }, matchID: id };
    }
    if (matchID === undefined) throw new HttpError(404, 'Not found');
    if (parts.length === 3 && method === 'GET') return { status: 200, body: publicMatch(matchID, await fetchMatch(matchID)), matchID };
    if (parts.length !== 4 || method !== 'POST') throw new HttpError(404, 'Not found');

    switch (action) {
      case 'join': {
        limit(req);
        const body = parse(JoinBody, await readJson(req, LIMITS.maxBodyBytes));
        return queues.run(matchID, async () => {
          const metadata = await fetchMatch(matchID);
          const playerID = body.playerID ?? Object.values(metadata.players).find((p) => p.name === undefined)?.id.toString();
          if (playerID === undefined) throw new HttpError(409, `Match ${matchID} is full`);
          const current = metadata.players[Number(playerID)];
          if (!current) throw new HttpError(404, `Player ${playerID} not found`);
          if (current.name !== undefined) throw new HttpError(409, `Seat ${playerID} is taken`);
          const playerCredentials = newCredentials();
          await storage.setMetadata(matchID, { ...metadata, players: { ...metadata.players, [playerID]: { ...current, name: body.playerName, credentials: playerCredentials } } });
          deps.log({ matchID, playerID }, 'joined');
          return { status: 200, body: { playerID, playerCredentials }, matchID };
        });
      }
      case 'leave': {
        const body = parse(SeatBody, await readJson(req, LIMITS.maxBodyBytes));
        return queues.run(matchID, async () => {
          const metadata = await fetchMatch(matchID);
          authorize(metadata, body.playerID, body.credentials);
          // Leaving revokes the seat's credentials (trap 10): the seat is empty again.
          const next: MatchData = { ...metadata, players: { ...metadata.players, [body.playerID]: { id: Number(body.playerID), isConnected: false } } };
          const bots = tableOf(metadata).bots;
          const humansLeft = Object.values(next.players).some((p) => p.name !== undefined && bots[String(p.id)] === undefined);
          await (humansLeft ? storage.setMetadata(matchID, next) : storage.wipe(matchID));
          deps.dropSeat(matchID, body.playerID);
          deps.log({ matchID, playerID: body.playerID, wiped: !humansLeft }, 'left');
          return { status: 200, body: {}, matchID };
        });
      }
      case 'playAgain': {
        limit(req);
        const body = parse(PlayAgainBody, await readJson(req, LIMITS.maxBodyBytes));
        return queues.run(matchID, async () => {
          const metadata = await fetchMatch(matchID);
          authorize(metadata, body.playerID, body.credentials);
          if (metadata.nextMatchID) return { status: 200, body: { nextMatchID: metadata.nextMatchID }, matchID };
          const nextMatchID = await create(body.setupData ?? metadata.setupData, body.unlisted ?? metadata.unlisted === true);
          await storage.setMetadata(matchID, { ...metadata, nextMatchID });
          return { status: 200, body: { nextMatchID }, matchID };
        });
      }
      case 'update': {
        const body = parse(UpdateBody, await readJson(req, LIMITS.maxBodyBytes));
        return queues.run(matchID, async () => {
          const metadata = await fetchMatch(matchID);
          authorize(metadata, body.playerID, body.credentials);
          const current = metadata.players[Number(body.playerID)];
          await storage.setMetadata(matchID, { ...metadata, players: { ...metadata.players, [body.playerID]: { ...current, id: Number(body.playerID), name: body.newName } } });
          return { status: 200, body: {}, matchID };
        });
      }
      default:
        throw new HttpError(404, 'Not found');
    }
  };

  return { routes, create };
};
