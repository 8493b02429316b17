// Scoring: each side's result against the starting board (economy, approval,
// its fiscal or portfolio result, secret agendas, the crisis penalty), then
// against what the no-war path of the same match gave it. Zero means "no
// better than doing nothing"; a war that leaves both below zero is lost by both.
import { agendaCard, agendaMet } from '../cards/agendas';
import { portfolioFactor } from './core';
import type { Params } from './params';
import type { EndReason, GameState, Outcome, ScoreBreakdown, Side, Winner } from '../state';

/** Japan's result on its Treasuries: losses realised on sales plus the unrealised change on what it kept. */
export const portfolioResult = (G: GameState, params: Params): number =>
  G.board.holdings * (portfolioFactor(G.board, G.start, params) - 1) - G.markets.realizedLoss;

const breakdown = (G: GameState, side: Side, params: Params, crisis: number, agendasMet: number): ScoreBreakdown => {
  const s = params.scoring;
  const economy = s.economyPerPoint * (side === 'us' ? G.board.usEconomy - 100 : G.board.jpEconomy - 100);
  const approval =
    s.approvalPerPoint * (side === 'us' ? G.board.usApproval - G.start.usApproval : G.board.jpApproval - G.start.jpApproval);
  const fiscal =
    side === 'us'
      ? s.usFiscalPerBillion * (G.board.usInterestBill - G.start.usInterestBill)
      : s.jpPortfolioPerBillion * portfolioResult(G, params);
  const agendas = agendasMet * s.agendaBonus;
  const result = economy + approval + fiscal + agendas + crisis;
  const noWar = G.noWar?.[side] ?? 0;
  return { economy, approval, fiscal, agendas, crisis, result, noWar, total: result - noWar };
};

/** Who won: a side above zero and ahead by more than the margin; nobody above zero is a mutual loss. */
export const winnerOf = (us: number, jp: number, drawMargin: number): Winner => {
  if (us <= 0 && jp <= 0) return 'neither';
  if (us > 0 && us - jp > drawMargin) return 'us';
  if (jp > 0 && jp - us > drawMargin) return 'jp';
  return 'draw';
};

/** The final result. `tippedBy` names the side whose choice pushed Stress to 100. */
export const scoreGame = (G: GameState, reason: EndReason, tippedBy: Side | undefined, params: Params): Outcome => {
  const s = params.scoring;
  const crisis = (side: Side): number =>
    reason === 'crisis' ? s.crisisPenalty + (side === tippedBy ? s.crisisTipperExtra : 0) : 0;
  const agendasMet = {
    us: G.agendas.us.filter((id) => agendaMet(agendaCard(id), G)),
    jp: G.agendas.jp.filter((id) => agendaMet(agendaCard(id), G)),
  };
  const us = breakdown(G, 'us', params, crisis('us'), agendasMet.us.length);
  const jp = breakdown(G, 'jp', params, crisis('jp'), agendasMet.jp.length);
  return {
    reason,
    round: G.round,
    tippedBy,
    scores: { us, jp },
    settled: G.board,
    agendasMet,
    winner: winnerOf(us.total, jp.total, s.drawMargin),
    joint: us.total + jp.total,
  };
};
