// Japan's policy actions as data: one entry each.
import * as effects from '../model/action-effects';
import { FX_DIRECTIONS, INTERVENTION_AMOUNTS, LEVELS, PURCHASE_TRANCHES, SALE_TRANCHES, TARIFF_STEPS } from '../state';
import type { JpAction } from '../state';
import { standPat } from './stand-pat';
import { always, never } from './spec';
import type { Registry } from './spec';

export const JP_ACTIONS: Registry<JpAction> = {
  standPat,
  sellTreasuries: {
    type: 'sellTreasuries',
    side: 'jp',
    name: { en: 'Sell Treasuries', ja: '米国債を売却' },
    explain: {
      en: "Raises US yields and the US interest bill; strengthens the yen and loses value on the bonds Japan keeps.",
      ja: '米金利と米国の利払いを押し上げるが、円高を招き、保有し続ける国債の価値も下がる。',
    },
    variants: SALE_TRANCHES.map((amount) => ({ type: 'sellTreasuries' as const, amount })),
    describe: (a) => ({ en: `Sell $${a.amount}B of Treasuries`, ja: `米国債を${a.amount * 10}億ドル売却` }),
    hostile: always,
    cost: (a, params) => params.approvalCost.sellTreasuries[a.amount],
    problem: (a, G) => (G.board.holdings < a.amount ? 'noHoldings' : undefined),
    effect: effects.sellTreasuries,
  },
  buyTreasuries: {
    type: 'buyTreasuries',
    side: 'jp',
    name: { en: 'Buy Treasuries', ja: '米国債を購入' },
    explain: {
      en: 'Reassures markets and lowers US yields, paid from FX reserves.',
      ja: '外貨準備で購入し、市場を安心させ米金利を下げる。',
    },
    variants: PURCHASE_TRANCHES.map((amount) => ({ type: 'buyTreasuries' as const, amount })),
    describe: (a) => ({ en: `Buy $${a.amount}B of Treasuries`, ja: `米国債を${a.amount * 10}億ドル購入` }),
    hostile: never,
    cost: (a, params) => params.approvalCost.buyTreasuries[a.amount],
    problem: (a, G) => (G.board.reserves < a.amount ? 'noReserves' : undefined),
    effect: effects.buyTreasuries,
  },
  intervene: {
    type: 'intervene',
    side: 'jp',
    name: { en: 'Intervene in the yen', ja: '為替介入' },
    explain: {
      en: 'Buying yen strengthens it (from reserves); selling yen weakens it and angers Washington. Much of it fades.',
      ja: '円買いは外貨準備で円高に、円売りは円安にするが米国の反発を招く。効果の多くは薄れる。',
    },
    variants: INTERVENTION_AMOUNTS.flatMap((amount) => FX_DIRECTIONS.map((direction) => ({ type: 'intervene' as const, direction, amount }))),
    describe: (a) =>
      a.direction === 'buyYen'
        ? { en: `Buy yen with $${a.amount}B`, ja: `${a.amount * 10}億ドルの円買い介入` }
        : { en: `Sell yen for $${a.amount}B`, ja: `${a.amount * 10}億ドル相当の円売り介入` },
    // Weakening the yen is a move against the US; strengthening it is what the US asks for.
    hostile: (a) => a.direction === 'sellYen',
    cost: (a, params) => params.approvalCost.intervene[a.amount],
    problem: (a, G) => (a.direction === 'buyYen' && G.board.reserves < a.amount ? 'noReserves' : undefined),
    effect: effects.intervene,
  },
  retaliate: {
    type: 'retaliate',
    side: 'jp',
    name: { en: 'Retaliatory tariff', ja: '報復関税' },
    explain: {
      en: 'Hits US farm and factory exports and US Approval; Japanese buyers pay higher prices.',
      ja: '米国の農産品・工業品輸出と米国の支持率を打つが、日本の買い手も高い価格を払う。',
    },
    variants: TARIFF_STEPS.map((step) => ({ type: 'retaliate' as const, step })),
    describe: (a) => ({ en: `Retaliatory tariff +${a.step} points`, ja: `報復関税を${a.step}ポイント引き上げ` }),
    hostile: always,
    cost: (a, params) => params.approvalCost.retaliate[a.step],
    problem: (a, G, params) => (G.board.jpRetaliatoryTariff + a.step > params.tariffs.maxJp ? 'ceiling' : undefined),
    effect: effects.retaliate,
  },
  hedgeChina: {
    type: 'hedgeChina',
    side: 'jp',
    name: { en: 'Hedge toward China', ja: '中国へ接近' },
    explain: {
      en: 'New trade lifts output a little; Alliance Trust falls and markets worry.',
      ja: '新たな貿易で景気は少し上向くが、同盟の信頼が下がり市場も不安になる。',
    },
    variants: LEVELS.map((level) => ({ type: 'hedgeChina' as const, level })),
    describe: (a) => (a.level === 1 ? { en: 'Hedge toward China', ja: '中国へ接近' } : { en: 'Hedge hard toward China', ja: '中国へ大きく接近' }),
    hostile: always,
    cost: (a, params) => params.approvalCost.hedgeChina[a.level],
    problem: (a, G, params) => (G.markets.chinaHedge + a.level > params.jp.chinaHedgeMax ? 'hedgeComplete' : undefined),
    effect: effects.hedgeChina,
  },
};
