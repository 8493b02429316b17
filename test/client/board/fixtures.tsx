// Real game states for the board's component tests: matches built with the
// rules' own setup and headless engine (test/game/helpers.ts), seen through
// playerView as a client would see them, and rendered in either language.
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { Ctx } from 'boardgame.io';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { HeadlessMatch } from '../../../game/headless';
import { playerOf } from '../../../game/state';
import type { GameState, Side } from '../../../game/state';
import { playerView } from '../../../game/view';
import type { CardBoardProps, Mode } from '../../../src/client/board/types';
import { I18nProvider } from '../../../src/client/i18n/I18nProvider';
import type { Locale } from '../../../src/client/i18n/messages';

export const MOVE_NAMES = ['respond', 'propose', 'counter', 'accept', 'reject', 'withdraw', 'endTalks', 'chooseAction', 'acknowledge'] as const;
export type Moves = { readonly [M in (typeof MOVE_NAMES)[number]]: ReturnType<typeof vi.fn> };

export const fakeMoves = (): Moves => Object.fromEntries(MOVE_NAMES.map((name) => [name, vi.fn()])) as unknown as Moves;

/**
 * The props boardgame.io's React client hands the board for one seat
 * (undefined: a spectator): the filtered state, the step, spied moves. The
 * framework's other props (log, events, undo...) the board never reads.
 */
export const boardProps = (
  match: HeadlessMatch | { readonly G: GameState; readonly phase: string | null },
  side: Side | undefined,
  extra: Partial<CardBoardProps> & { readonly mode?: Mode } = {},
): CardBoardProps & { readonly moves: Moves } => {
  const playerID = side ? playerOf(side) : null;
  const G = playerView({ G: match.G as GameState, playerID });
  const ctx = { phase: G.outcome ? null : match.phase, numPlayers: 2, turn: 1, currentPlayer: '0', playOrder: ['0', '1'], playOrderPos: 0, activePlayers: null } as unknown as Ctx;
  const moves = fakeMoves();
  return {
    G,
    ctx,
    playerID,
    moves,
    chatMessages: [],
    sendChatMessage: vi.fn(),
    isActive: true,
    isConnected: true,
    isMultiplayer: false,
    mode: side ? 'online' : 'spectator',
    ...extra,
  } as unknown as CardBoardProps & { readonly moves: Moves };
};

export const renderIn = (ui: ReactElement, locale: Locale = 'en'): RenderResult => render(<I18nProvider locale={locale}>{ui}</I18nProvider>);
