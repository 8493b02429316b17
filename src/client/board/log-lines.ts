// The match as a list of sentences, oldest first: every news card, deal, move
// and outcome, derived from G alone so that every client (and a screen
// reader's live region) tells the same story.
import { eventCard } from '../../../game/cards/events';
import type { GameState } from '../../../game/state';
import { SIDES } from '../../../game/state';
import type { Format } from '../format';
import type { useT, useText } from '../i18n/I18nProvider';
import type { Describe } from './describe';

type Tools = {
  readonly t: ReturnType<typeof useT>;
  readonly text: ReturnType<typeof useText>;
  readonly d: Describe;
  readonly f: Format;
};

const newsLine = (card: string, response: string | undefined, round: number, { t, text }: Tools): string => {
  const c = eventCard(card);
  const answer = c.response?.options.find((o) => o.id === response);
  const head = t('board.log.news', { round, title: text(c.title) });
  return answer && c.response ? `${head} ${t('board.news.answered', { side: t(c.response.side === 'us' ? 'board.side.us' : 'board.side.jp'), answer: text(answer.label) })}` : head;
};

export const logLines = (G: GameState, tools: Tools): string[] => {
  const { t, d, f } = tools;
  const lines: string[] = [];
  const dealsIn = (round: number) =>
    G.talks.deals.filter((deal) => deal.round === round).map((deal) => t('board.log.deal', { side: d.side(deal.proposal.from), terms: d.terms(deal.proposal.terms).join('; ') }));
  G.reports.forEach((r, i) => {
    if (r.news) lines.push(newsLine(r.news.card, r.news.response, r.round, tools));
    lines.push(...dealsIn(r.round));
    for (const side of SIDES) lines.push(t('board.log.move', { side: d.side(side), move: d.choice(side, r.choices[side]) }));
    const before = i === 0 ? G.start : G.history[i - 1];
    const after = G.history[i];
    if (before && after) {
      lines.push(
        t('board.log.markets', {
          round: r.round,
          yield: f.value('yield10y', after.yield10y),
          yieldChange: f.change('yield10y', after.yield10y - before.yield10y),
          usdjpy: f.value('usdjpy', after.usdjpy),
          stress: f.value('stress', after.stress),
        }),
      );
    }
    for (const c of r.breaches) lines.push(t('board.log.breach', { side: d.side(c.side), pledge: d.commitment(c) }));
  });
  // The round under way: its card and any deal so far.
  if (!G.outcome && G.reports.length < G.round) {
    if (G.news) lines.push(newsLine(G.news.card, G.news.response, G.round, tools));
    lines.push(...dealsIn(G.round));
    if (G.talks.open) lines.push(t('board.log.proposal', { side: d.side(G.talks.open.from), terms: d.terms(G.talks.open.terms).join('; ') }));
  }
  if (G.outcome) lines.push(t('board.log.end', { us: f.score(G.outcome.scores.us.total), jp: f.score(G.outcome.scores.jp.total) }));
  return lines;
};
