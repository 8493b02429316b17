// An indicator's history as a series of points: the starting board, the board
// at the end of each round played, and the board now when it has moved since
// (news, a deal). Pure, so the board, the end screen and the replay agree.
import type { GameState, IndicatorId, Indicators } from '../../../game/state';

export type Point = { readonly label: number; readonly value: number }; // label: 0 = start, n = end of round n

const sameBoard = (a: Indicators, b: Indicators): boolean =>
  (Object.keys(a) as IndicatorId[]).every((id) => a[id] === b[id]);

/** The boards to chart, oldest first: start, each round's end, and now (if different). */
export const boards = (G: Pick<GameState, 'start' | 'history' | 'board'>): ReadonlyArray<Indicators> => {
  const rows = [G.start, ...G.history];
  const last = rows[rows.length - 1];
  return last && sameBoard(last, G.board) ? rows : [...rows, G.board];
};

/** One indicator's series from those boards. The last point's label is the round it belongs to. */
export const series = (rows: ReadonlyArray<Indicators>, id: IndicatorId): ReadonlyArray<Point> =>
  rows.map((row, i) => ({ label: i, value: row[id] }));

export type Trend = 'up' | 'down' | 'flat';

export const trendOf = (delta: number, epsilon: number): Trend => (delta > epsilon ? 'up' : delta < -epsilon ? 'down' : 'flat');
