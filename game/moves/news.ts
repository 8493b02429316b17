// News step: the side a card asks answers it by choosing one of its options.
import { eventCard } from '../cards/events';
import { legalResponses } from '../legal';
import { applyEffects } from '../model/effects';
import { endIfCrisis } from '../round';
import { rulesOf } from '../rules';
import type { Draft, Side } from '../state';
import { INVALID_MOVE } from './result';
import type { Args, RuleResult } from './result';

export const respond = (G: Draft, side: Side, args: Args): RuleResult => {
  const [optionId] = args;
  if (args.length !== 1 || typeof optionId !== 'string' || !G.news) return INVALID_MOVE;
  if (!legalResponses(G, side).includes(optionId)) return INVALID_MOVE;
  const option = eventCard(G.news.card).response?.options.find((o) => o.id === optionId);
  if (!option) return INVALID_MOVE;
  applyEffects(G, option.effects, rulesOf(G).params);
  G.news.awaiting = undefined;
  G.news.response = optionId;
  endIfCrisis(G);
};
