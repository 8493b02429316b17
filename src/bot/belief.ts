// The bot's belief over the opponent's secret agendas: every hand the
// opponent could hold from its deck (rules.agendaDecks, agendasPerSide),
// weighted by what it has done in the open. Rebuilt from the view each time
// (its deals, its open proposal, its actions and the board they moved), so it
// survives the bot being re-created.
import { agendaCard, agendaMet } from '../../game/cards/agendas';
import { copyState } from '../../game/copy';
import { isHostile } from '../../game/actions';
import { rulesOf } from '../../game/rules';
import { applyDeal } from '../../game/terms';
import { otherSide } from '../../game/state';
import type { Draft, GameState, Side, Terms } from '../../game/state';
import type { Rng } from '../../game/seeded';

export type Hand = ReadonlyArray<string>;
export type Belief = ReadonlyArray<{ readonly hand: Hand; readonly weight: number }>;

const combinations = (cards: ReadonlyArray<string>, k: number): string[][] => {
  if (k === 0) return [[]];
  return cards.flatMap((card, i) => combinations(cards.slice(i + 1), k - 1).map((rest) => [card, ...rest]));
};

/** How much more likely a move is from a player it serves (or less, from one it hurts). */
const SERVES = 5;
const HURTS = 0.25;

/** Which of `cards` a deal's terms would newly meet (+1) or newly break (-1) on this board. */
const dealEffect = (G: GameState, terms: Terms, cards: ReadonlyArray<string>): Map<string, number> => {
  const after = copyState(G) as Draft;
  applyDeal(after, terms, rulesOf(G).params);
  const effect = new Map<string, number>();
  for (const id of cards) {
    const card = agendaCard(id);
    const before = agendaMet(card, G);
    const now = agendaMet(card, after as GameState);
    if (before !== now) effect.set(id, now ? 1 : -1);
  }
  return effect;
};

/** Per card, a likelihood factor from what the opponent did: its proposals and its escalations. */
const evidence = (view: GameState, them: Side): Map<string, number> => {
  const cards = rulesOf(view).agendaDecks[them];
  const factor = new Map<string, number>(cards.map((id) => [id, 1]));
  const scale = (id: string, by: number) => factor.set(id, (factor.get(id) ?? 1) * by);
  // What it proposed (deals it made with us, and the one open now): a player asks for what its agendas need.
  const proposals = [
    ...view.talks.deals.filter((d) => d.proposal.from === them).map((d) => d.proposal.terms),
    ...(view.talks.open && view.talks.open.from === them ? [view.talks.open.terms] : []),
  ];
  for (const terms of proposals) {
    for (const [id, sign] of dealEffect(view, terms, cards)) scale(id, sign > 0 ? SERVES : HURTS);
  }
  // What its escalations did to the board: a player does not lightly break its own agenda.
  view.reports.forEach((report, i) => {
    if (!isHostile(them, report.choices[them].action)) return;
    const before = i === 0 ? view.start : view.history[i - 1];
    const after = view.history[i];
    if (!before || !after) return;
    for (const id of cards) {
      const card = agendaCard(id);
      if (agendaMet(card, { ...view, board: before }) && !agendaMet(card, { ...view, board: after })) scale(id, HURTS);
    }
  });
  return factor;
};

/** The belief over the opponent's hands, normalised. */
export const beliefOf = (view: GameState, me: Side): Belief => {
  const them = otherSide(me);
  const rules = rulesOf(view);
  const factor = evidence(view, them);
  const hands = combinations(rules.agendaDecks[them], rules.agendasPerSide);
  const weights = hands.map((hand) => hand.reduce((w, id) => w * (factor.get(id) ?? 1), 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return hands.map((hand, i) => ({ hand, weight: (weights[i] ?? 0) / total }));
};

/** A hand drawn from the belief. */
export const sampleHand = (belief: Belief, rng: Rng): Hand => {
  let r = rng();
  for (const { hand, weight } of belief) {
    r -= weight;
    if (r <= 0) return hand;
  }
  return belief[belief.length - 1]?.hand ?? [];
};

/** The single most likely hand, for explanations and tests. */
export const likeliest = (belief: Belief): Hand => [...belief].sort((a, b) => b.weight - a.weight)[0]?.hand ?? [];
