// Talks step: structured proposals. One proposal is open at a time; its
// receiver accepts, rejects or counters it, its proposer may withdraw it.
// A proposal reopens the talks for the side it is addressed to, so either side
// can always answer; each side has a few proposals a round, so talks end.
import { endByDeal } from '../round';
import { rulesOf } from '../rules';
import { otherSide } from '../state';
import type { Draft, Side } from '../state';
import { proposingProblem, termsProblem } from '../talk-options';
import { applyDeal, parseTerms } from '../terms';
import { INVALID_MOVE } from './result';
import type { Args, RuleResult } from './result';

const isProposalId = (G: Draft, id: unknown): boolean => G.talks.open !== undefined && G.talks.open.id === id;

/** Opens a proposal: (terms, comprehensive). */
const open = (G: Draft, side: Side, rawTerms: unknown, comprehensive: unknown): RuleResult => {
  if (typeof comprehensive !== 'boolean' || proposingProblem(G, side) !== undefined) return INVALID_MOVE;
  const terms = parseTerms(rawTerms);
  if (!terms || termsProblem(G, terms) !== undefined) return INVALID_MOVE;
  G.talks.open = { id: G.talks.nextId, from: side, terms, comprehensive };
  G.talks.nextId += 1;
  G.talks.made[side] += 1;
  G.talks.done[otherSide(side)] = false;
};

export const propose = (G: Draft, side: Side, args: Args): RuleResult => {
  if (args.length !== 2 || G.talks.open) return INVALID_MOVE;
  return open(G, side, args[0], args[1]);
};

/** Replaces the open proposal, addressed to `side`, with one of its own: (proposalId, terms, comprehensive). */
export const counter = (G: Draft, side: Side, args: Args): RuleResult => {
  if (args.length !== 3 || !isProposalId(G, args[0]) || G.talks.open?.from === side) return INVALID_MOVE;
  const before = G.talks.open;
  G.talks.open = undefined;
  if (open(G, side, args[1], args[2]) === INVALID_MOVE) {
    G.talks.open = before;
    return INVALID_MOVE;
  }
};

/** Accepts the open proposal: the deal takes effect at once; a comprehensive one ends the war. */
export const accept = (G: Draft, side: Side, args: Args): RuleResult => {
  const proposal = G.talks.open;
  if (args.length !== 1 || !proposal || !isProposalId(G, args[0]) || proposal.from === side) return INVALID_MOVE;
  applyDeal(G, proposal.terms, rulesOf(G).params);
  G.talks.deals.push({ round: G.round, proposal });
  G.talks.open = undefined;
  if (proposal.comprehensive) endByDeal(G);
};

export const reject = (G: Draft, side: Side, args: Args): RuleResult => {
  if (args.length !== 1 || !isProposalId(G, args[0]) || G.talks.open?.from === side) return INVALID_MOVE;
  G.talks.open = undefined;
};

export const withdraw = (G: Draft, side: Side, args: Args): RuleResult => {
  if (args.length !== 1 || !isProposalId(G, args[0]) || G.talks.open?.from !== side) return INVALID_MOVE;
  G.talks.open = undefined;
};

/** Leaves the talks for this round. A proposal awaiting your answer must be answered first. */
export const endTalks = (G: Draft, side: Side, args: Args): RuleResult => {
  if (args.length !== 0 || G.talks.done[side]) return INVALID_MOVE;
  if (G.talks.open && G.talks.open.from !== side) return INVALID_MOVE;
  G.talks.done[side] = true;
};
