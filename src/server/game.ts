// The game as the server runs it: the rules object unchanged, except that
// setupData also carries server-only options (a bot seat, step timers), which
// are validated here and kept out of the rules' setup; and every match is
// seeded from node:crypto (STACK.md trap 7: boardgame.io's default seed is the
// creation time, which the Lobby API makes public).
import { randomBytes } from 'node:crypto';
import type { Game, State } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { z } from 'zod';
import { CardOnTheTable } from '../../game/index';
import { PHASES } from '../../game/flow';
import type { GameState } from '../../game/state';
import type { MatchData } from './storage/types';

export const BOT_STRENGTHS = ['easy', 'normal', 'hard'] as const;
export type BotStrength = (typeof BOT_STRENGTHS)[number];

const seconds = z.number().int().min(5).max(24 * 3600);

/** Server-only options: everything in setupData that the rules do not read. */
const ServerOptionsSchema = z
  .object({
    /** A seat the server plays, and how well. */
    bot: z.strictObject({ seat: z.enum(['0', '1']), strength: z.enum(BOT_STRENGTHS) }).optional(), // { seat: '1', strength: 'hard' }
    /** Seconds per step; a step without a limit waits forever. */
    timers: z.strictObject(Object.fromEntries(PHASES.map((p) => [p, seconds.optional()])) as { [P in (typeof PHASES)[number]]: z.ZodOptional<typeof seconds> }).optional(), // { moves: 60 }
    /** Whether a side absent for two rounds is replaced by a bot. */
    botTakeover: z.boolean().optional(), // true
  });

const SERVER_KEYS = ['bot', 'timers', 'botTakeover'] as const;

export type ServerOptions = z.infer<typeof ServerOptionsSchema>;

/** setupData as the server keeps it: the rules' own keys plus the server's. */
export type ServerSetupData = Readonly<Record<string, unknown>> & ServerOptions;

const splitSetupData = (setupData: unknown): { rules: Record<string, unknown> | undefined; server: Record<string, unknown> } | string => {
  if (setupData === undefined) return { rules: undefined, server: {} };
  if (typeof setupData !== 'object' || setupData === null || Array.isArray(setupData)) return 'setupData must be an object';
  const rules: Record<string, unknown> = {};
  const server: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(setupData)) {
    if ((SERVER_KEYS as ReadonlyArray<string>).includes(key)) server[key] = value;
    else rules[key] = value;
  }
  return { rules: Object.keys(rules).length > 0 ? rules : undefined, server };
};

/** Why setupData is unacceptable to the server or to `rules` (a message for the player), or undefined. */
export const setupDataProblem = (setupData: unknown, numPlayers = 2, rules: Game = CardOnTheTable): string | undefined => {
  const split = splitSetupData(setupData);
  if (typeof split === 'string') return split;
  const parsed = ServerOptionsSchema.safeParse(split.server);
  if (!parsed.success) return parsed.error.issues.map((i) => `setupData.${i.path.join('.')}: ${i.message}`).join('; ');
  return rules.validateSetupData?.(split.rules as never, numPlayers);
};

/** The server options of a stored match (validated when it was created). */
export const serverOptions = (metadata: MatchData | undefined): ServerOptions => {
  const split = splitSetupData(metadata?.setupData ?? undefined);
  const parsed = ServerOptionsSchema.safeParse(typeof split === 'string' ? {} : split.server);
  return parsed.success ? parsed.data : {};
};

/** A rules object as the server runs it: setup sees only the rules' own keys. */
export const serverGame = <G>(rules: Game<G>): Game<G> =>
  ({
    ...rules,
    validateSetupData: (setupData: unknown, numPlayers: number) => setupDataProblem(setupData, numPlayers, rules as Game),
    setup: (context, setupData: unknown) => {
      const split = splitSetupData(setupData);
      if (typeof split === 'string' || !rules.setup) throw new Error(`Invalid setupData`);
      return rules.setup(context, split.rules);
    },
  }) as Game<G>;

/** The game's rules as the server runs them. */
export const SERVER_GAME: Game<GameState> = serverGame(CardOnTheTable);

/** A new match of `game` (a serverGame), seeded from the operating system's randomness; or why not. */
export const newMatch = (setupData: unknown, unlisted: boolean, game: Game = SERVER_GAME as Game): { metadata: MatchData; initialState: State } | { error: string } => {
  const seeded = { ...game, seed: randomBytes(16).toString('base64url') };
  const created = createMatch({ game: seeded, numPlayers: 2, setupData, unlisted });
  if ('setupDataError' in created) return { error: created.setupDataError };
  return { metadata: created.metadata, initialState: created.initialState };
};
