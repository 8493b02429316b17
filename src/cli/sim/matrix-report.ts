// The matrix as JSON or as a table for people: one row per pairing, grouped
// by the US's strategy, with the outcome rates and each side's mean score.
import type { MatrixCell, MatrixSummary } from './matrix';

export const matrixJson = (summary: MatrixSummary): string => JSON.stringify(summary);

const pct = (n: number, games: number): string => `${games === 0 ? '0' : ((n / games) * 100).toFixed(0)}%`;
const rate = (x: number): string => `${(x * 100).toFixed(0)}%`;
const num = (x: number): string => x.toFixed(1);

type Column = { readonly title: string; readonly value: (c: MatrixCell) => string };

const COLUMNS: ReadonlyArray<Column> = [
  { title: 'US win', value: (c) => pct(c.wins.us, c.games) },
  { title: 'JP win', value: (c) => pct(c.wins.jp, c.games) },
  { title: 'both lose', value: (c) => pct(c.wins.neither, c.games) },
  { title: 'draw', value: (c) => pct(c.wins.draw, c.games) },
  { title: 'score US', value: (c) => num(c.meanScore.us) },
  { title: 'score JP', value: (c) => num(c.meanScore.jp) },
  { title: 'joint', value: (c) => num(c.meanJointScore) },
  { title: 'crisis', value: (c) => rate(c.crisisRate) },
  { title: 'deal', value: (c) => rate(c.dealRate) },
];

export const formatMatrix = (s: MatrixSummary): string => {
  const games = s.cells[0]?.games ?? 0;
  const wUs = Math.max('US'.length, ...s.cells.map((c) => c.us.length)) + 2;
  const wJp = Math.max('Japan'.length, ...s.cells.map((c) => c.jp.length)) + 2;
  const widths = COLUMNS.map((col) => Math.max(col.title.length, 6) + 2);
  const row = (us: string, jp: string, values: ReadonlyArray<string>): string =>
    `${us.padEnd(wUs)}${jp.padEnd(wJp)}${values.map((v, i) => v.padStart(widths[i] ?? 0)).join('')}`.trimEnd();
  const lines = [
    `Card on the Table: strategy matrix, ${games} game${games === 1 ? '' : 's'} a pairing, scenario ${s.scenario}, ` +
      `setup seeds ${s.seeds.first}..${s.seeds.last} in every pairing, ${s.engines.join(' and ')} engine`,
    'Win: above 0 (better than doing nothing) and above the other side. Both lose: neither side above 0.',
    'Scores are means against the no-war path of the same match.',
    '',
    row('US', 'Japan', COLUMNS.map((c) => c.title)),
  ];
  let previous: string | undefined;
  for (const cell of s.cells) {
    if (previous !== undefined && cell.us !== previous) lines.push('');
    lines.push(row(cell.us, cell.jp, COLUMNS.map((col) => col.value(cell))));
    previous = cell.us;
  }
  if (s.notes.length > 0) lines.push('', 'Notes:', ...s.notes.map((n) => `- ${n}`));
  return lines.join('\n');
};
