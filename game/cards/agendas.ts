// Secret domestic agendas as declarative data: each side draws two at setup and
// scores a bonus at the end for each whose condition holds (where the markets
// settle). A scenario's deck per side holds about as many cards that the status
// quo keeps as cards that need a concession from the other side, so both sides
// have as much to win from a deal as to protect (docs/model.md has the odds).
// Cards are never removed or changed once shipped: stored matches name them.
import type { GameState, IndicatorId, Side, Text } from '../state';

export const COMPARISONS = ['atMost', 'atLeast', 'below'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export type Condition =
  /** An indicator's value at the end. */
  | { readonly type: 'level'; readonly indicator: IndicatorId; readonly op: Comparison; readonly value: number }
  /** An indicator's change from the start of the game. */
  | { readonly type: 'change'; readonly indicator: IndicatorId; readonly op: Comparison; readonly value: number }
  /** What Japan has pledged in deals, in $B (investment) or $B a year (purchases). */
  | { readonly type: 'pledged'; readonly term: 'investment' | 'purchases'; readonly op: Comparison; readonly value: number }
  /** A concession made (or not) in a deal. */
  | { readonly type: 'conceded'; readonly concession: 'riceOpened' | 'autoRestraint' | 'reassured'; readonly is: boolean };

export type AgendaCard = {
  readonly id: string;
  readonly side: Side;
  readonly title: Text;
  readonly text: Text;
  readonly condition: Condition;
};

export const AGENDA_CARDS: ReadonlyArray<AgendaCard> = [
  {
    id: 'us-midterm-headline',
    side: 'us',
    title: { en: 'Midterm headline', ja: '中間選挙の見出し' },
    text: { en: 'An investment pledge of at least $400B.', ja: '4000億ドル以上の投資の約束。' },
    condition: { type: 'pledged', term: 'investment', op: 'atLeast', value: 400 },
  },
  {
    id: 'us-bond-vigilantes',
    side: 'us',
    title: { en: 'Bond vigilantes', ja: '債券自警団' },
    text: { en: '10-year yield below 4.75% at the end.', ja: '終了時に10年債利回りが4.75%未満。' },
    condition: { type: 'level', indicator: 'yield10y', op: 'below', value: 4.75 },
  },
  {
    id: 'us-rust-belt',
    side: 'us',
    title: { en: 'Rust Belt', ja: 'ラストベルト' },
    text: { en: 'Auto tariff of at least 15% at the end.', ja: '終了時に自動車関税が15%以上。' },
    condition: { type: 'level', indicator: 'usAutoTariff', op: 'atLeast', value: 15 },
  },
  {
    id: 'us-farm-states',
    side: 'us',
    title: { en: 'Farm states', ja: '農業州' },
    text: { en: 'Japan opens its rice market.', ja: '日本がコメ市場を開放する。' },
    condition: { type: 'conceded', concession: 'riceOpened', is: true },
  },
  {
    id: 'us-deficit-hawk',
    side: 'us',
    title: { en: 'Deficit hawk', ja: '赤字削減派' },
    text: { en: 'The goods deficit with Japan shrinks by at least $10B a year.', ja: '対日貿易赤字が年100億ドル以上縮小。' },
    condition: { type: 'change', indicator: 'balance', op: 'atLeast', value: 10 },
  },
  {
    id: 'us-shopping-list',
    side: 'us',
    title: { en: 'Shopping list', ja: '購入リスト' },
    text: { en: 'Japan commits to buy at least $20B a year of US goods.', ja: '日本が年200億ドル以上の米国製品購入を約束。' },
    condition: { type: 'pledged', term: 'purchases', op: 'atLeast', value: 20 },
  },
  {
    id: 'us-alliance-first',
    side: 'us',
    title: { en: 'Alliance first', ja: '同盟優先' },
    text: { en: 'Alliance Trust at least 65 at the end.', ja: '終了時に同盟の信頼が65以上。' },
    condition: { type: 'level', indicator: 'trust', op: 'atLeast', value: 65 },
  },
  {
    id: 'us-calm-bonds',
    side: 'us',
    title: { en: 'Calm bond market', ja: '債券市場の安定' },
    text: {
      en: 'The 10-year yield no more than 0.25 points above where it started.',
      ja: '10年債利回りの上昇が開始時から0.25ポイント以内。',
    },
    condition: { type: 'change', indicator: 'yield10y', op: 'atMost', value: 0.25 },
  },
  {
    id: 'jp-farm-lobby',
    side: 'jp',
    title: { en: 'Farm lobby', ja: '農業票' },
    text: { en: 'No rice concession.', ja: 'コメで譲歩しない。' },
    condition: { type: 'conceded', concession: 'riceOpened', is: false },
  },
  {
    id: 'jp-toyota',
    side: 'jp',
    title: { en: 'Toyota', ja: 'トヨタ' },
    text: { en: 'Auto tariff at most 15% at the end.', ja: '終了時に自動車関税が15%以下。' },
    condition: { type: 'level', indicator: 'usAutoTariff', op: 'atMost', value: 15 },
  },
  {
    id: 'jp-no-second-plaza',
    side: 'jp',
    title: { en: 'No second Plaza', ja: '第二のプラザ合意は避ける' },
    text: { en: 'The yen no more than 15 stronger than at the start.', ja: '円高が開始時から15円以内。' },
    condition: { type: 'change', indicator: 'usdjpy', op: 'atLeast', value: -15 },
  },
  {
    id: 'jp-pension-safety',
    side: 'jp',
    title: { en: 'Pension safety', ja: '年金の安全' },
    text: {
      en: 'The Treasury portfolio ends worth no more than $100B below its starting value.',
      ja: '終了時の米国債の評価額の減少が開始時から1000億ドル以内。',
    },
    condition: { type: 'change', indicator: 'jpPortfolio', op: 'atLeast', value: -100 },
  },
  {
    id: 'jp-keep-capital-home',
    side: 'jp',
    title: { en: 'Keep capital at home', ja: '資本は国内に' },
    text: { en: 'An investment pledge of at most $300B.', ja: '投資の約束は3000億ドル以下。' },
    condition: { type: 'pledged', term: 'investment', op: 'atMost', value: 300 },
  },
  {
    id: 'jp-security-guarantee',
    side: 'jp',
    title: { en: 'Security guarantee', ja: '安全保障の確約' },
    text: { en: 'The US gives a security reassurance in a deal.', ja: '米国が合意で安全保障を確約する。' },
    condition: { type: 'conceded', concession: 'reassured', is: true },
  },
  {
    id: 'jp-no-snapback',
    side: 'jp',
    title: { en: 'No snapback', ja: '関税復活の阻止' },
    text: { en: 'Baseline US tariff at most 15% at the end.', ja: '終了時に米国の一般関税が15%以下。' },
    condition: { type: 'level', indicator: 'usBaselineTariff', op: 'atMost', value: 15 },
  },
  {
    id: 'jp-tariff-relief',
    side: 'jp',
    title: { en: 'Tariff relief', ja: '関税の引き下げ' },
    text: {
      en: 'The baseline US tariff at least 2 points below where it started.',
      ja: '米国の一般関税が開始時より2ポイント以上低い。',
    },
    condition: { type: 'change', indicator: 'usBaselineTariff', op: 'atMost', value: -2 },
  },
  {
    id: 'jp-security-umbrella',
    side: 'jp',
    title: { en: 'Security umbrella', ja: '安全保障の傘' },
    text: { en: 'Alliance Trust at least 65 at the end.', ja: '終了時に同盟の信頼が65以上。' },
    condition: { type: 'level', indicator: 'trust', op: 'atLeast', value: 65 },
  },
];

const byId = new Map(AGENDA_CARDS.map((card) => [card.id, card]));

export const agendaCard = (id: string): AgendaCard => {
  const card = byId.get(id);
  if (!card) throw new Error(`Unknown agenda card "${id}"`);
  return card;
};
export const isAgendaCardId = (id: string): boolean => byId.has(id);

const compare = (op: Comparison, actual: number, value: number): boolean => {
  switch (op) {
    case 'atMost':
      return actual <= value;
    case 'atLeast':
      return actual >= value;
    case 'below':
      return actual < value;
  }
};

/** Whether an agenda's condition holds in this state. */
export const agendaMet = (card: AgendaCard, G: GameState): boolean => {
  const c = card.condition;
  switch (c.type) {
    case 'level':
      return compare(c.op, G.board[c.indicator], c.value);
    case 'change':
      return compare(c.op, G.board[c.indicator] - G.start[c.indicator], c.value);
    case 'pledged':
      return compare(c.op, G.markets[c.term], c.value);
    case 'conceded':
      return G.markets[c.concession] === c.is;
  }
};
