// One match driven by the load generator: created and joined through the
// Lobby API, then two socket.io clients (one per seat) speaking boardgame.io's
// socket protocol, as a browser's boardgame.io client would. A move's round
// trip runs from sending it to receiving the update that carries it; the
// server's `rejected` event, or no answer in time, counts as an error.
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { Ctx } from 'boardgame.io';
import type { Latencies } from './server-load-stats';

export type Seat = '0' | '1';
export type Decision = { readonly move: string; readonly args: ReadonlyArray<unknown> };
/** A seat's choice from what the server shows it (its filtered G). */
export type Decide = (G: unknown, ctx: Ctx, seat: Seat) => Decision;

type View = { readonly G: unknown; readonly ctx: Ctx; readonly _stateID: number };
type LogEntry = { readonly _stateID: number; readonly action: { readonly type: string; readonly payload: { readonly playerID?: string } } };
type Pending = { readonly stateID: number; readonly sentAt: number; readonly done: () => void; readonly timer: NodeJS.Timeout };

type SeatClient = {
  readonly seat: Seat;
  readonly socket: Socket;
  readonly credentials: string;
  view?: View;
  pending?: Pending;
  /** Refused: the server sends the stored state next; the seat waits for it before deciding again. */
  awaitingSync?: boolean;
};

export const MOVE_TIMEOUT_MS = 10_000;

const post = async (url: string, body: unknown): Promise<unknown> => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as unknown;
};

const field = (value: unknown, key: string): string => {
  const found = (value as Record<string, unknown> | null)?.[key];
  if (typeof found !== 'string') throw new Error(`Expected "${key}" in ${JSON.stringify(value).slice(0, 200)}`);
  return found;
};

/** Creates a two-seat match and takes both seats; resolves with the credentials. */
export const createAndJoin = async (server: string, gameName: string, setupData?: unknown): Promise<{ matchID: string; credentials: Record<Seat, string> }> => {
  const matchID = field(await post(`${server}/games/${gameName}/create`, { numPlayers: 2, ...(setupData ? { setupData } : {}) }), 'matchID');
  const join = async (seat: Seat) =>
    field(await post(`${server}/games/${gameName}/${matchID}/join`, { playerID: seat, playerName: `load-${seat}` }), 'playerCredentials');
  const [c0, c1] = await Promise.all([join('0'), join('1')]);
  return { matchID, credentials: { 0: c0, 1: c1 } };
};

const carriesMoveOf = (log: ReadonlyArray<LogEntry> | undefined, seat: Seat, sentAt: number): boolean =>
  (log ?? []).some((e) => e.action.type === 'MAKE_MOVE' && e.action.payload.playerID === seat && e._stateID >= sentAt);

export class LoadMatch {
  private readonly seats: SeatClient[] = [];
  private closed = false;

  private constructor(
    readonly matchID: string,
    private readonly decide: Decide,
    private readonly latencies: () => Latencies | undefined,
  ) {}

  /**
   * Opens a match on `server` (Lobby API), connects both seats and waits for
   * their first sync. `latencies` is read at each answer, so a runner can
   * switch from warm-up to measuring (or to nothing) while moves are in flight.
   */
  static async open(server: string, gameName: string, decide: Decide, latencies: () => Latencies | undefined, setupData?: unknown): Promise<LoadMatch> {
    const { matchID, credentials } = await createAndJoin(server, gameName, setupData);
    return LoadMatch.attach({ 0: `${server}/${gameName}`, 1: `${server}/${gameName}` }, matchID, credentials, decide, latencies);
  }

  /**
   * Connects both seats of an existing match, each to its own socket URL
   * (`http://host:port/<game>`): one seat per server instance, say.
   */
  static async attach(
    urls: Readonly<Record<Seat, string>>,
    matchID: string,
    credentials: Readonly<Record<Seat, string>>,
    decide: Decide,
    latencies: () => Latencies | undefined,
  ): Promise<LoadMatch> {
    const match = new LoadMatch(matchID, decide, latencies);
    try {
      await Promise.all((['0', '1'] as const).map((seat) => match.connect(urls[seat], seat, credentials[seat])));
    } catch (error) {
      match.close(); // no half-open match left holding sockets
      throw error;
    }
    return match;
  }

  /** The state ID each seat last saw. */
  stateIDs(): Readonly<Partial<Record<Seat, number>>> {
    return Object.fromEntries(this.seats.map((s) => [s.seat, s.view?._stateID]));
  }

  private connect(url: string, seat: Seat, credentials: string): Promise<void> {
    const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
    const client: SeatClient = { seat, socket, credentials };
    this.seats.push(client);
    const synced = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`A seat got no sync within ${MOVE_TIMEOUT_MS} ms`)), MOVE_TIMEOUT_MS);
      socket.on('sync', (matchID: string, info: { state: View; log?: ReadonlyArray<LogEntry> }) => {
        if (matchID !== this.matchID) return;
        client.awaitingSync = false;
        this.see(client, info.state, undefined);
        clearTimeout(timer);
        resolve();
      });
      socket.on('connect_error', (error: Error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    socket.on('update', (matchID: string, state: View, log?: ReadonlyArray<LogEntry>) => {
      if (matchID === this.matchID) this.see(client, state, log);
    });
    socket.on('rejected', (rejection: { reason?: string }) => {
      if (client.pending) client.awaitingSync = true;
      this.settle(client, `rejected: ${rejection.reason ?? '?'}`);
    });
    socket.on('disconnect', () => this.settle(client, 'disconnected'));
    socket.emit('sync', this.matchID, seat, credentials, 2);
    return synced;
  }

  private see(client: SeatClient, view: View, log: ReadonlyArray<LogEntry> | undefined): void {
    if (!client.view || view._stateID >= client.view._stateID) client.view = view;
    const pending = client.pending;
    if (pending && carriesMoveOf(log, client.seat, pending.stateID)) this.settle(client, undefined);
  }

  /** Ends the seat's move in flight: acknowledged (no reason) or failed. */
  private settle(client: SeatClient, failure: string | undefined): void {
    const pending = client.pending;
    if (!pending) return;
    client.pending = undefined;
    clearTimeout(pending.timer);
    const latencies = this.latencies();
    if (latencies && !this.closed) {
      if (failure === undefined) latencies.record(performance.now() - pending.sentAt);
      else latencies.fail(failure);
    }
    pending.done();
  }

  get over(): boolean {
    return this.seats.some((s) => s.view?.ctx.gameover !== undefined);
  }

  /**
   * The seats that owe a move now and have none in flight, among those that
   * have seen the latest state: a seat still waiting for the other's update
   * would decide on an old view (the server would take the move, since our
   * moves ignore stale state IDs, and then refuse it under the rules).
   */
  ready(): ReadonlyArray<Seat> {
    const latest = Math.max(...this.seats.map((s) => s.view?._stateID ?? -1));
    return this.seats
      .filter((s) => !s.pending && !s.awaitingSync && s.view && s.view._stateID === latest && s.view.ctx.gameover === undefined && s.view.ctx.activePlayers?.[s.seat] !== undefined)
      .map((s) => s.seat);
  }

  /** Sends the seat's chosen move; resolves once it is acknowledged, refused or timed out. */
  move(seat: Seat): Promise<void> {
    const client = this.seats.find((s) => s.seat === seat);
    const view = client?.view;
    if (!client || !view || client.pending) return Promise.resolve();
    const decision = this.decide(view.G, view.ctx, seat);
    return new Promise<void>((done) => {
      const timer = setTimeout(() => {
        this.settle(client, 'timeout');
        // Out of step after a lost answer: ask for the stored state again.
        client.socket.emit('sync', this.matchID, seat, client.credentials, 2);
      }, MOVE_TIMEOUT_MS);
      client.pending = { stateID: view._stateID, sentAt: performance.now(), done, timer };
      const action = { type: 'MAKE_MOVE', payload: { type: decision.move, args: decision.args, playerID: seat, credentials: client.credentials } };
      client.socket.emit('update', action, view._stateID, this.matchID, seat);
    });
  }

  close(): void {
    this.closed = true;
    for (const s of this.seats) {
      this.settle(s, 'closed');
      s.socket.disconnect();
    }
  }
}
