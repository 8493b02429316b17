// The game state G: plain, readonly JSON (no classes, Maps or Dates), so that
// boardgame.io can store, send and replay it. Unions come from `as const` arrays.
import type { Params } from './model/params';

/** boardgame.io player ids: "0" is the United States, "1" is Japan. */
export const PLAYER_IDS = ['0', '1'] as const;
export type PlayerID = (typeof PLAYER_IDS)[number];

export const SIDES = ['us', 'jp'] as const;
export type Side = (typeof SIDES)[number];

export const sideOf = (playerID: PlayerID): Side => (playerID === '0' ? 'us' : 'jp');
export const playerOf = (side: Side): PlayerID => (side === 'us' ? '0' : '1');
export const otherSide = (side: Side): Side => (side === 'us' ? 'jp' : 'us');
export const isPlayerID = (value: unknown): value is PlayerID => value === '0' || value === '1';

/** A text every player sees, in both of the game's languages. */
export type Text = { readonly en: string; readonly ja: string };

/**
 * Every public number on the board, flat, so that history rows, event effects,
 * agenda conditions and charts can all name an indicator by its id.
 */
export const INDICATORS = [
  'yield10y', //            4.22   US 10-year Treasury yield, % a year
  'usdjpy', //              145    yen per dollar (lower = stronger yen)
  'stress', //              20     Market Stress 0-100; 100 = global financial crisis
  'usBaselineTariff', //    10     US tariff on Japanese goods other than autos, %
  'usAutoTariff', //        25     US Section 232 tariff on Japanese autos and parts, %
  'jpRetaliatoryTariff', // 0      Japan's retaliatory tariff on US goods, %
  'jpExports', //           148.2  Japan's goods exports to the US, $B a year
  'usExports', //           87.7   US goods exports to Japan, $B a year
  'balance', //             -60.5  US goods balance with Japan, $B a year
  'holdings', //            1130.8 Japan's holdings of US Treasuries, $B
  'reserves', //            159.7  Japan's usable FX reserves (deposits), $B
  'trust', //               70     Alliance Trust 0-100
  'usEconomy', //           100    US output index; 100 = the no-war path
  'usApproval', //          50     US political capital 0-100
  'usCredibility', //       50     do US threats mean anything, 0-100
  'usInterestBill', //      881    US federal net interest, $B a year once repriced
  'jpEconomy', //           100    Japan output index; 100 = the no-war path
  'jpApproval', //          45     Japan political capital 0-100
  'jpCredibility', //       50     do Japan's threats mean anything, 0-100
  'jpPortfolio', //         1130.8 mark-to-market value of Japan's Treasuries, $B at the starting exchange rate
] as const;
export type IndicatorId = (typeof INDICATORS)[number];
export type Indicators = { readonly [K in IndicatorId]: number };
export type IndicatorDelta = { readonly [K in IndicatorId]?: number };

/** What the economic model carries between rounds besides the board. */
export type Markets = {
  readonly yieldFading: number; // 0.15  part of the 10Y move (pp) that fades by half each round
  readonly fxFading: number; //    -3    part of the USD/JPY move (yen) that fades by half each round
  readonly realizedLoss: number; // 12   $B Japan lost on Treasuries it sold below their starting value
  readonly pause: PauseState; //   'active'
  readonly manipulatorLabel: boolean; // false  the US has labelled Japan a currency manipulator
  readonly chinaHedge: number; //  0     how far Japan has hedged toward China (0-4)
  readonly autoRestraint: boolean; // false  Japan restrains auto exports under a deal
  readonly purchases: number; //   20    Japan's purchase commitments, $B a year
  readonly investment: number; //  400   Japan's investment pledge, $B in all
  readonly riceOpened: boolean; // false Japan has opened its rice market under a deal
  readonly reassured: boolean; //  false the US has given a security reassurance under a deal
};

export const PAUSE_STATES = ['active', 'extended', 'ended'] as const;
export type PauseState = (typeof PAUSE_STATES)[number];

export const TARIFF_LINES = ['baseline', 'auto'] as const;
export type TariffLine = (typeof TARIFF_LINES)[number];

export const TARIFF_STEPS = [5, 10, 25] as const;
export type TariffStep = (typeof TARIFF_STEPS)[number];
export const SALE_TRANCHES = [25, 50, 100, 200] as const;
export type SaleTranche = (typeof SALE_TRANCHES)[number];
export const PURCHASE_TRANCHES = [25, 50] as const;
export type PurchaseTranche = (typeof PURCHASE_TRANCHES)[number];
export const INTERVENTION_AMOUNTS = [20, 40, 80] as const;
export type InterventionAmount = (typeof INTERVENTION_AMOUNTS)[number];
export const FX_DIRECTIONS = ['buyYen', 'sellYen'] as const;
export type FxDirection = (typeof FX_DIRECTIONS)[number];
export const LEVELS = [1, 2] as const;
export type Level = (typeof LEVELS)[number];

/** A United States policy action for one round. */
export type UsAction =
  | { readonly type: 'standPat' }
  | { readonly type: 'raiseTariff'; readonly line: TariffLine; readonly step: TariffStep }
  | { readonly type: 'cutTariff'; readonly line: TariffLine; readonly step: TariffStep }
  | { readonly type: 'endPause' }
  | { readonly type: 'extendPause' }
  | { readonly type: 'labelManipulator' }
  | { readonly type: 'pressSecurity'; readonly level: Level };

/** A Japanese policy action for one round. */
export type JpAction =
  | { readonly type: 'standPat' }
  | { readonly type: 'sellTreasuries'; readonly amount: SaleTranche }
  | { readonly type: 'buyTreasuries'; readonly amount: PurchaseTranche }
  | { readonly type: 'intervene'; readonly direction: FxDirection; readonly amount: InterventionAmount }
  | { readonly type: 'retaliate'; readonly step: TariffStep }
  | { readonly type: 'hedgeChina'; readonly level: Level };

export type UsActionType = UsAction['type'];
export type JpActionType = JpAction['type'];
export type Action = UsAction | JpAction;
export type ActionType = UsActionType | JpActionType;

/**
 * "If you do X, I will do Y": a public threat or promise. X is an opponent
 * action type, Y one of the maker's own; neither may be standing pat.
 */
export type Signal = { readonly trigger: ActionType; readonly response: ActionType };

export type LiveSignal = Signal & {
  readonly madeRound: number; //              3
  readonly dueRound: number | undefined; //   5  set once X happened: Y must come in that round
  readonly repeats: number; //                2  times an untested threat was re-posted before this one
};

/** A side's choice for the moves step, secret until both have chosen. */
export type Choice = { readonly action: Action; readonly signal: Signal | undefined };

/**
 * Terms of a proposal. The US gives tariff levels, a pause extension, dropping
 * the currency complaint and a security reassurance; Japan gives money,
 * purchases, rice, auto restraint, a no-sale pledge and a stronger yen.
 */
export type Terms = {
  readonly usBaselineTariff?: number; // 10   US baseline tariff set to this, %
  readonly usAutoTariff?: number; //     15   US auto tariff set to this, %
  readonly extendPause?: true;
  readonly dropCurrencyComplaint?: true;
  readonly securityReassurance?: true;
  readonly investment?: number; //       550  Japan's investment pledge, $B
  readonly purchases?: number; //        20   LNG, farm goods and aircraft, $B a year
  readonly riceOpening?: true;
  readonly autoRestraint?: true;
  readonly noSaleRounds?: number; //     3    no Treasury sales for this many rounds
  readonly yenAccord?: number; //        10   "Plaza-style": the yen strengthens by this many yen
};
export type TermKey = keyof Terms;

export type Proposal = {
  readonly id: number; //              4   unique in the match; accept/reject/counter name it
  readonly from: Side;
  readonly terms: Terms;
  readonly comprehensive: boolean; // a comprehensive deal ends the war when accepted
};

/** A pledge on the board: breaking it is allowed, and costs Credibility, Trust and Stress. */
export type Commitment =
  | { readonly type: 'tariffCap'; readonly side: 'us'; readonly line: TariffLine; readonly max: number }
  | { readonly type: 'noSale'; readonly side: 'jp'; readonly untilRound: number }
  | { readonly type: 'noYenSelling'; readonly side: 'jp' }
  | { readonly type: 'noCurrencyLabel'; readonly side: 'us' };

export type Talks = {
  readonly open: Proposal | undefined;
  readonly made: { readonly us: number; readonly jp: number }; // proposals made this round, by side
  readonly done: { readonly us: boolean; readonly jp: boolean }; // side has finished talking this round
  readonly first: Side; //       'jp'  speaks first this round: seeded in round 1, then alternating
  readonly nextId: number;
  readonly deals: ReadonlyArray<{ readonly round: number; readonly proposal: Proposal }>;
};

export type News = {
  readonly card: string; //                   'moodys-downgrade'
  readonly awaiting: Side | undefined; //     the side that must still answer the card
  readonly response: string | undefined; //   'walk-back'
};

/** What happened in one resolved round, for the review step and the debrief. */
export type RoundReport = {
  readonly round: number;
  readonly news: News | undefined; // the round's card; undefined only when a round is resolved without one (model tests)
  readonly choices: { readonly us: Choice; readonly jp: Choice };
  readonly breaches: ReadonlyArray<Commitment>;
  readonly signalsKept: ReadonlyArray<Side>;
  readonly signalsBroken: ReadonlyArray<Side>;
  readonly stressBy: { readonly us: number; readonly jp: number };
};

export const END_REASONS = ['deadline', 'deal', 'crisis'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** A side's result, part by part, against the starting board; then against the no-war path. */
export type ScoreBreakdown = {
  readonly economy: number; //  12.5  output against the start
  readonly approval: number; // -2    political capital against the start
  readonly fiscal: number; //   -4    US: interest bill; Japan: portfolio result
  readonly agendas: number; //  6     secret agendas met
  readonly crisis: number; //   0     penalty if the markets broke
  readonly result: number; //   12.5  the parts added: the side's result
  readonly noWar: number; //    -3    the same, on the no-war path of this match
  readonly total: number; //    15.5  the score: result minus noWar (0 = no better than doing nothing)
};

export const WINNERS = ['us', 'jp', 'draw', 'neither'] as const;
/** 'neither': no side beat doing nothing (a trade war with no winner). */
export type Winner = (typeof WINNERS)[number];

export type Outcome = {
  readonly reason: EndReason;
  readonly round: number; //              the round the game ended in
  readonly tippedBy: Side | undefined; // crisis only: whose action pushed Stress to 100
  readonly scores: { readonly us: ScoreBreakdown; readonly jp: ScoreBreakdown };
  readonly agendasMet: { readonly us: ReadonlyArray<string>; readonly jp: ReadonlyArray<string> };
  readonly settled: Indicators; //        the board where the markets settle after the game: what was scored
  readonly winner: Winner;
  readonly joint: number; //              both scores added: above 0, this pair did better together than doing nothing
};

/**
 * The rules a match was created with (see game/rules.ts): the scenario's
 * settings and the model's parameters as they were at setup.
 */
export type Rules = {
  readonly version: number; //           2
  readonly scenario: string; //          '2025-pause'
  readonly pause: PauseState; //         'active': the pause at the start of the match
  readonly daysPerRound: number; //      10
  readonly reciprocalRate: number; //    24  the suspended rate that snaps back at the deadline, %
  readonly proposalsPerRound: number; // 3
  readonly events: ReadonlyArray<string>; //  the news deck's cards (its order is secret; its contents are not)
  readonly agendaDecks: { readonly us: ReadonlyArray<string>; readonly jp: ReadonlyArray<string> }; // each side draws from its own
  readonly agendasPerSide: number; //         2
  readonly params: Params;
};

export type GameState = {
  readonly rules: Rules;
  readonly round: number; //               1..rounds
  readonly rounds: number; //              9
  readonly day: number; //                 0..90
  readonly board: Indicators;
  readonly start: Indicators; //           the starting board: results are measured from it
  // Secret until the end (it reflects the deck order and both agendas): each side's
  // result on the no-war path of this match. Undefined only while computing that path.
  readonly noWar: { readonly us: number; readonly jp: number } | undefined;
  readonly markets: Markets;
  readonly history: ReadonlyArray<Indicators>; // board at the end of each round played
  readonly deck: ReadonlyArray<string>; // secret: event cards still to draw, in order
  readonly news: News | undefined;
  readonly agendas: { readonly us: ReadonlyArray<string>; readonly jp: ReadonlyArray<string> }; // secret per side
  readonly pending: { readonly us: Choice | undefined; readonly jp: Choice | undefined }; // secret per side
  // Standing signals: at most one waiting for its trigger, plus any already triggered and still owed.
  readonly signals: { readonly us: ReadonlyArray<LiveSignal>; readonly jp: ReadonlyArray<LiveSignal> };
  readonly commitments: ReadonlyArray<Commitment>;
  readonly talks: Talks;
  readonly acknowledged: { readonly us: boolean; readonly jp: boolean }; // review step read by each side
  readonly reports: ReadonlyArray<RoundReport>;
  readonly outcome: Outcome | undefined;
};

/** A writable view of G for moves (immer drafts) and the pure engine. */
export type Mutable<T> = T extends ReadonlyArray<infer U>
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
// The outcome is written once, whole, so it stays readonly inside a draft.
export type Draft = Mutable<Omit<GameState, 'outcome'>> & { outcome: Outcome | undefined };
