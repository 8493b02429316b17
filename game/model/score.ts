// Scoring: each side's outcome against the no-war baseline (the starting
// board), plus its secret agendas, less the crisis penalty if markets broke.
import { agendaCard, agendaMet } from '../cards/agendas';
import type { Params } from './params';
import { portfolioFactor } from './markets';
import type { EndReason, GameState, Outcome, ScoreBreakdown, Side } from '../state';

/** Japan's result on its Treasuries: losses realised on sales plus the unrealised change on what it kept. */
export const portfolioResult = (G: GameState, params: Params): number =>
  G.board.holdings * (portfolioFactor(G.board, G.start, params) - 1) - G.markets.realizedLoss;

const breakdown = (G: GameState, side: Side, params: Params, crisis: number): ScoreBreakdown => {
  const s = params.scoring;
  const economy = s.economyPerPoint * (side === 'us' ? G.board.usEconomy - 100 : G.board.jpEconomy - 100);
  const approval =
    s.approvalPerPoint * (side === 'us' ? G.board.usApproval - G.start.usApproval : G.board.jpApproval - G.start.jpApproval);
  const fiscal =
    side === 'us'
      ? s.usFiscalPerBillion * (G.board.usInterestBill - G.start.usInterestBill)
      : s.jpPortfolioPerBillion * portfolioResult(G, params);
  const agendas = G.agendas[side].filter((id) => agendaMet(agendaCard(id), G)).length * s.agendaBonus;
  const total = economy + approval + fiscal + agendas + crisis;
  return { economy, approval, fiscal, agendas, crisis, total };
};

/** The final result. `tippedBy` names the side whose action pushed Stress to 100. */
export const scoreGame = (
  G: GameState,
  reason: EndReason,
  tippedBy: Side | undefined,
  params: Params,
): Outcome => {
  const s = params.scoring;
  const crisis = (side: Side): number =>
    reason === 'crisis' ? s.crisisPenalty + (side === tippedBy ? s.crisisTipperExtra : 0) : 0;
  const us = breakdown(G, 'us', params, crisis('us'));
  const jp = breakdown(G, 'jp', params, crisis('jp'));
  const margin = us.total - jp.total;
  return {
    reason,
    round: G.round,
    tippedBy,
    scores: { us, jp },
    agendasMet: {
      us: G.agendas.us.filter((id) => agendaMet(agendaCard(id), G)),
      jp: G.agendas.jp.filter((id) => agendaMet(agendaCard(id), G)),
    },
    winner: Math.abs(margin) < s.drawMargin ? 'draw' : margin > 0 ? 'us' : 'jp',
    joint: us.total + jp.total,
  };
};
