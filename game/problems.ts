// Why an option is not available now: a code for the rules and the board, and
// the text a player reads, in both languages.
import type { Text } from './state';

export const PROBLEM_TEXT = {
  approval: { en: 'Not enough Approval for so bold a move.', ja: 'この大胆な手を打つには支持率が足りない。' },
  ceiling: { en: 'The tariff would pass its ceiling.', ja: '関税が上限を超えてしまう。' },
  floor: { en: 'The tariff is already lower than that.', ja: '関税はすでにそれより低い。' },
  pauseOver: { en: 'The pause is no longer running.', ja: '一時停止はすでに終わっている。' },
  alreadyLabelled: { en: 'Japan is already labelled a currency manipulator.', ja: '日本はすでに為替操作国に認定されている。' },
  noHoldings: { en: 'Not enough Treasuries left to sell.', ja: '売却できる米国債が足りない。' },
  noReserves: { en: 'Not enough FX reserves.', ja: '外貨準備が足りない。' },
  hedgeComplete: { en: 'The hedge toward China is already complete.', ja: '対中接近はすでに限界まで進んでいる。' },
  talksOver: { en: 'You have finished talking this round.', ja: 'このラウンドの交渉はすでに終えている。' },
  noProposalsLeft: { en: 'No proposals left this round.', ja: 'このラウンドの提案回数を使い切った。' },
  notACut: { en: 'A tariff term must cut the tariff.', ja: '関税の条件は引き下げでなければならない。' },
  noComplaint: { en: 'There is no currency complaint to drop.', ja: '取り下げる為替の非難がない。' },
  alreadyGiven: { en: 'That concession is already in force.', ja: 'その譲歩はすでに実施されている。' },
  tooLong: { en: 'The pledge is longer than the game.', ja: '約束の期間がゲームより長い。' },
  tooMuch: { en: 'That is more than can be pledged in all.', ja: '約束できる総額を超えている。' },
} as const satisfies { readonly [code: string]: Text };

export type Problem = keyof typeof PROBLEM_TEXT;
