// The United States' policy actions as data: one entry each.
import * as effects from '../model/action-effects';
import { LEVELS, TARIFF_LINES, TARIFF_STEPS } from '../state';
import type { TariffLine, UsAction } from '../state';
import { standPat } from './stand-pat';
import { always, never } from './spec';
import type { Registry } from './spec';

const LINE_TEXT: { readonly [L in TariffLine]: { en: string; ja: string } } = {
  baseline: { en: 'baseline', ja: '一般' },
  auto: { en: 'auto', ja: '自動車' },
};

const tariffOf = (line: TariffLine) => (line === 'baseline' ? 'usBaselineTariff' : 'usAutoTariff');

export const US_ACTIONS: Registry<UsAction> = {
  standPat,
  raiseTariff: {
    type: 'raiseTariff',
    side: 'us',
    name: { en: 'Raise a tariff', ja: '関税を引き上げる' },
    explain: {
      en: "Cuts Japan's exports and lifts US Approval now; US buyers pay in prices later.",
      ja: '日本の輸出を減らし米国の支持率を一時的に上げるが、物価で米国の買い手が後で払う。',
    },
    variants: TARIFF_LINES.flatMap((line) => TARIFF_STEPS.map((step) => ({ type: 'raiseTariff' as const, line, step }))),
    describe: (a) => ({
      en: `Raise the ${LINE_TEXT[a.line].en} tariff by ${a.step} points`,
      ja: `${LINE_TEXT[a.line].ja}関税を${a.step}ポイント引き上げ`,
    }),
    hostile: always,
    cost: (a, params) => params.approvalCost.raiseTariff[a.step],
    problem: (a, G, params) => (G.board[tariffOf(a.line)] + a.step > params.tariffs.maxUs ? 'ceiling' : undefined),
    effect: effects.changeTariff,
  },
  cutTariff: {
    type: 'cutTariff',
    side: 'us',
    name: { en: 'Cut a tariff', ja: '関税を引き下げる' },
    explain: {
      en: "Eases prices at home and wins Japan's goodwill; looks soft to US voters.",
      ja: '国内物価を和らげ日本の好意を得るが、米国の有権者には弱腰に映る。',
    },
    variants: TARIFF_LINES.flatMap((line) => TARIFF_STEPS.map((step) => ({ type: 'cutTariff' as const, line, step }))),
    describe: (a) => ({
      en: `Cut the ${LINE_TEXT[a.line].en} tariff by ${a.step} points`,
      ja: `${LINE_TEXT[a.line].ja}関税を${a.step}ポイント引き下げ`,
    }),
    hostile: never,
    cost: (a, params) => params.approvalCost.cutTariff[a.step],
    problem: (a, G) => (G.board[tariffOf(a.line)] < a.step ? 'floor' : undefined),
    effect: effects.changeTariff,
  },
  endPause: {
    type: 'endPause',
    side: 'us',
    name: { en: 'End the pause early', ja: '一時停止を早期終了' },
    explain: {
      en: 'The suspended reciprocal rate takes effect now: a big blow to trade and to the markets.',
      ja: '停止中の相互関税を直ちに発動する。貿易と市場への大きな打撃。',
    },
    variants: [{ type: 'endPause' }],
    describe: () => ({ en: 'End the pause early', ja: '一時停止を早期終了' }),
    hostile: always,
    cost: (_a, params) => params.approvalCost.endPause,
    problem: (_a, G) => (G.markets.pause === 'active' ? undefined : 'pauseOver'),
    effect: effects.endPause,
  },
  extendPause: {
    type: 'extendPause',
    side: 'us',
    name: { en: 'Extend the pause', ja: '一時停止を延長' },
    explain: {
      en: 'The reciprocal rate will not snap back at the deadline: buys time, costs some face.',
      ja: '期限に相互関税が復活しない。時間を稼ぐが、面目を少し失う。',
    },
    variants: [{ type: 'extendPause' }],
    describe: () => ({ en: 'Extend the pause', ja: '一時停止を延長' }),
    hostile: never,
    cost: (_a, params) => params.approvalCost.extendPause,
    problem: (_a, G) => (G.markets.pause === 'active' ? undefined : 'pauseOver'),
    effect: effects.extendPause,
  },
  labelManipulator: {
    type: 'labelManipulator',
    side: 'us',
    name: { en: 'Label Japan a currency manipulator', ja: '日本を為替操作国に認定' },
    explain: {
      en: "Pushes the yen stronger and hurts Japan's Approval; strains the alliance.",
      ja: '円高を促し日本の支持率を下げるが、同盟関係を傷つける。',
    },
    variants: [{ type: 'labelManipulator' }],
    describe: () => ({ en: 'Label Japan a currency manipulator', ja: '日本を為替操作国に認定' }),
    hostile: always,
    cost: (_a, params) => params.approvalCost.labelManipulator,
    problem: (_a, G) => (G.markets.manipulatorLabel ? 'alreadyLabelled' : undefined),
    effect: effects.labelManipulator,
  },
  pressSecurity: {
    type: 'pressSecurity',
    side: 'us',
    name: { en: 'Press on security costs', ja: '防衛費負担を迫る' },
    explain: {
      en: "Plays well at home and hurts Japan's Approval; costs Alliance Trust.",
      ja: '国内受けは良く日本の支持率を下げるが、同盟の信頼を損なう。',
    },
    variants: LEVELS.map((level) => ({ type: 'pressSecurity' as const, level })),
    describe: (a) => (a.level === 1 ? { en: 'Press on security costs', ja: '防衛費負担を迫る' } : { en: 'Press hard on security costs', ja: '防衛費負担を強く迫る' }),
    hostile: always,
    cost: (a, params) => params.approvalCost.pressSecurity[a.level],
    problem: () => undefined,
    effect: effects.pressSecurity,
  },
};
