// Standing pat: open to both sides, free, and the default of an absent player.
import { noEffect } from '../model/action-effects';
import { free, never, noProblem } from './spec';
import type { ActionSpec } from './spec';

export const STAND_PAT_ACTION = { type: 'standPat' } as const;

export const standPat: ActionSpec<typeof STAND_PAT_ACTION> = {
  type: 'standPat',
  side: 'both',
  name: { en: 'Stand pat', ja: '現状維持' },
  explain: {
    en: 'Change nothing this round: costs no Approval and moves no market.',
    ja: 'このラウンドは何も変えない。支持率を使わず、市場も動かさない。',
  },
  variants: [STAND_PAT_ACTION],
  describe: () => ({ en: 'Stand pat', ja: '現状維持' }),
  hostile: never,
  cost: free,
  problem: noProblem,
  effect: noEffect,
};
