// The news deck: history-flavoured event cards as declarative data. Effects add
// to board indicators at once; moves of the 10Y and USD/JPY fade like any
// market shock. Some cards ask one side for a quick response.
import type { IndicatorDelta, Side, Text } from '../state';

export type EventOption = {
  readonly id: string;
  readonly label: Text;
  readonly effects: IndicatorDelta;
};

export type EventCard = {
  readonly id: string;
  readonly title: Text;
  readonly text: Text;
  readonly effects: IndicatorDelta;
  readonly response?: { readonly side: Side; readonly options: ReadonlyArray<EventOption> };
};

export const EVENT_CARDS: ReadonlyArray<EventCard> = [
  {
    id: 'moodys-downgrade',
    title: { en: "Moody's downgrades the US", ja: 'ムーディーズが米国債を格下げ' },
    text: {
      en: 'The last agency with a AAA rating on US debt cuts it to Aa1, citing deficits and a rising interest bill.',
      ja: '米国債に最上位格付けを付けていた最後の格付け会社が、財政赤字と利払い増を理由にAa1へ引き下げた。',
    },
    effects: { yield10y: 0.1, stress: 6, usApproval: -2 },
  },
  {
    id: 'boj-hike',
    title: { en: 'Bank of Japan raises rates', ja: '日銀が利上げ' },
    text: {
      en: 'The BoJ lifts its policy rate; Japanese investors find yields at home more attractive.',
      ja: '日銀が政策金利を引き上げ、国内債券の魅力が高まった。',
    },
    effects: { usdjpy: -3, jpEconomy: -0.1, yield10y: 0.03, stress: 2 },
  },
  {
    id: 'rare-earths',
    title: { en: 'China restricts rare-earth exports', ja: '中国がレアアース輸出を規制' },
    text: {
      en: 'Beijing tightens licences for rare earths and magnets; both allies scramble for supply.',
      ja: '中国がレアアースと磁石の輸出許可を厳格化し、日米は供給確保に追われる。',
    },
    effects: { stress: 5, trust: 5, jpEconomy: -0.1, usEconomy: -0.05 },
  },
  {
    id: 'yen-158',
    title: { en: 'The yen slides past 158', ja: '円安が158円を突破' },
    text: {
      en: 'Carry trades push the dollar above ¥158. Tokyo must decide whether to warn the market.',
      ja: 'キャリートレードでドル円が158円を超えた。政府は市場をけん制するか判断を迫られる。',
    },
    effects: { usdjpy: 6 },
    response: {
      side: 'jp',
      options: [
        {
          id: 'verbal-warning',
          label: { en: 'Warn the market ("watching with urgency")', ja: '口先介入（「緊張感を持って注視」）' },
          effects: { usdjpy: -2, jpCredibility: -2, usApproval: 1 },
        },
        {
          id: 'let-it-slide',
          label: { en: 'Let it slide; exporters gain', ja: '容認する（輸出企業に追い風）' },
          effects: { jpEconomy: 0.1, usApproval: -2, trust: -2 },
        },
      ],
    },
  },
  {
    id: 'stray-remark',
    title: { en: 'A stray remark about selling Treasuries', ja: '米国債売却をめぐる失言' },
    text: {
      en: 'As in 1997, a Japanese minister muses aloud about selling US bonds. Markets twitch.',
      ja: '1997年のように、閣僚が米国債売却の可能性に言及し、市場が動揺した。',
    },
    effects: { yield10y: 0.03, stress: 4, usApproval: -1 },
    response: {
      side: 'jp',
      options: [
        {
          id: 'walk-back',
          label: { en: 'Walk it back', ja: '発言を撤回する' },
          effects: { stress: -3, jpCredibility: -4, trust: 2 },
        },
        {
          id: 'let-it-stand',
          label: { en: 'Let it stand', ja: '撤回しない' },
          effects: { jpCredibility: 3, usApproval: -2, trust: -3, stress: 2 },
        },
      ],
    },
  },
  {
    id: 'auction-tails',
    title: { en: 'A 10-year auction tails', ja: '10年債入札が不調' },
    text: {
      en: 'Weak demand at the Treasury auction; foreign bidders hold back.',
      ja: '米財務省の入札で需要が弱く、海外勢が様子見に回った。',
    },
    effects: { yield10y: 0.06, stress: 4 },
  },
  {
    id: 'detroit-rally',
    title: { en: 'Detroit auto-lobby rally', ja: 'デトロイトで自動車業界が集会' },
    text: {
      en: 'Automakers and the UAW rally for keeping the 25% tariff on imported cars.',
      ja: '自動車メーカーと全米自動車労組が輸入車への25%関税の維持を訴えた。',
    },
    effects: {},
    response: {
      side: 'us',
      options: [
        {
          id: 'promise-to-hold',
          label: { en: 'Promise to hold the auto tariff', ja: '自動車関税の維持を約束' },
          effects: { usApproval: 3, jpApproval: -2, trust: -2 },
        },
        {
          id: 'stay-quiet',
          label: { en: 'Stay quiet', ja: '沈黙を守る' },
          effects: { usApproval: -2 },
        },
      ],
    },
  },
  {
    id: 'rice-prices',
    title: { en: 'Rice prices surge in Japan', ja: 'コメ価格が高騰' },
    text: {
      en: 'Supermarket rice costs twice what it did a year ago; voters are angry.',
      ja: 'スーパーのコメ価格が前年の2倍になり、有権者の不満が高まる。',
    },
    effects: { jpApproval: -3 },
    response: {
      side: 'jp',
      options: [
        {
          id: 'release-stockpile',
          label: { en: 'Release the government stockpile', ja: '政府備蓄米を放出' },
          effects: { jpApproval: 2, jpEconomy: -0.02 },
        },
        {
          id: 'import-more',
          label: { en: 'Import more American rice', ja: '米国産米の輸入を拡大' },
          effects: { jpApproval: -1, usApproval: 2, trust: 3, usExports: 1 },
        },
      ],
    },
  },
  {
    id: 'strong-jobs',
    title: { en: 'Strong US jobs report', ja: '米雇用統計が堅調' },
    text: {
      en: 'Payrolls beat forecasts; yields and the dollar rise.',
      ja: '雇用者数が予想を上回り、金利とドルが上昇した。',
    },
    effects: { usEconomy: 0.1, yield10y: 0.04, usdjpy: 1, usApproval: 1 },
  },
  {
    id: 'equity-selloff',
    title: { en: 'Tariff jitters hit stocks', ja: '関税不安で株価急落' },
    text: {
      en: 'The S&P 500 falls 3% in a day on fears of a wider trade war.',
      ja: '貿易戦争拡大への懸念からS&P500が1日で3%下落した。',
    },
    effects: { stress: 6, usApproval: -2, jpApproval: -1 },
  },
  {
    id: 'g7-meeting',
    title: { en: 'G7 finance ministers meet', ja: 'G7財務相会合' },
    text: {
      en: 'Ministers pledge to avoid disorderly currency moves and to keep talking.',
      ja: '各国財務相が為替の無秩序な変動を避け、対話を続けることを確認した。',
    },
    effects: { stress: -5, trust: 3 },
  },
  {
    id: 'toyota-warning',
    title: { en: 'Toyota cuts its profit forecast', ja: 'トヨタが業績予想を下方修正' },
    text: {
      en: 'Tariffs and a stronger yen eat into earnings; suppliers brace for cuts.',
      ja: '関税と円高が利益を圧迫し、部品メーカーも減産に備える。',
    },
    effects: { jpApproval: -2, jpEconomy: -0.1 },
  },
  {
    id: 'chip-controls',
    title: { en: 'Washington asks Tokyo to curb chip-tool sales to China', ja: '米国が対中半導体装置輸出の規制を要請' },
    text: {
      en: 'The US wants Japanese toolmakers to stop servicing Chinese fabs.',
      ja: '米国は日本の装置メーカーに中国工場への保守停止を求めている。',
    },
    effects: {},
    response: {
      side: 'jp',
      options: [
        {
          id: 'comply',
          label: { en: 'Comply', ja: '要請に応じる' },
          effects: { trust: 6, jpEconomy: -0.1, usApproval: 1 },
        },
        {
          id: 'resist',
          label: { en: 'Resist', ja: '応じない' },
          effects: { trust: -5, jpApproval: 1 },
        },
      ],
    },
  },
  {
    id: 'missile-test',
    title: { en: 'North Korean missile test', ja: '北朝鮮がミサイル発射' },
    text: {
      en: 'A missile lands in Japan’s exclusive economic zone; the alliance matters again.',
      ja: 'ミサイルが日本の排他的経済水域に落下し、同盟の重要性が再認識された。',
    },
    effects: { trust: 6, usdjpy: -1, stress: 2 },
  },
  {
    id: 'upper-house-campaign',
    title: { en: 'Upper House campaign begins', ja: '参院選が公示' },
    text: {
      en: 'The governing coalition fights for its majority; every concession is scrutinised.',
      ja: '与党は過半数維持をかけて選挙戦に臨み、あらゆる譲歩が注目される。',
    },
    effects: { jpApproval: -3 },
  },
  {
    id: 'fed-holds',
    title: { en: 'The Fed holds rates', ja: 'FRBが金利据え置き' },
    text: {
      en: 'The Fed stays on hold and calls the economy solid; markets calm.',
      ja: 'FRBが金利を据え置き、景気は堅調と評価。市場は落ち着いた。',
    },
    effects: { stress: -3, yield10y: -0.03 },
  },
  {
    id: 'alaska-lng',
    title: { en: 'Alaska LNG project courts Japan', ja: 'アラスカLNG計画が日本に参加を打診' },
    text: {
      en: 'The White House touts a $44B pipeline and wants Japanese buyers.',
      ja: 'ホワイトハウスが440億ドルのパイプライン計画を売り込み、日本の購入を求める。',
    },
    effects: {},
    response: {
      side: 'jp',
      options: [
        {
          id: 'sign-letter',
          label: { en: 'Sign a letter of intent', ja: '基本合意書に署名' },
          effects: { trust: 4, usApproval: 2, jpEconomy: -0.03 },
        },
        {
          id: 'study-it',
          label: { en: 'Promise to study it', ja: '検討すると表明' },
          effects: { trust: -1 },
        },
      ],
    },
  },
  {
    id: 'gpif-rebalance',
    title: { en: 'Japanese pension fund buys foreign bonds', ja: 'GPIFが外国債券を買い増し' },
    text: {
      en: 'The world’s largest pension fund rebalances toward foreign bonds.',
      ja: '世界最大の年金基金が外国債券への配分を増やした。',
    },
    effects: { yield10y: -0.03, usdjpy: 1, stress: -2 },
  },
  {
    id: 'quiet-week',
    title: { en: 'A quiet week', ja: '静かな一週間' },
    text: {
      en: 'No headlines; traders take a breath.',
      ja: '目立ったニュースはなく、市場は一息ついた。',
    },
    effects: { stress: -4 },
  },
  {
    id: 'bessent-dollar',
    title: { en: 'Treasury Secretary backs a strong dollar', ja: '米財務長官が強いドルを支持' },
    text: {
      en: 'The Secretary says the US wants a strong dollar and a weaker yen is not a goal of talks.',
      ja: '財務長官は強いドルを望むと述べ、円高誘導は交渉目標ではないとした。',
    },
    effects: { stress: -2, usdjpy: 1, jpApproval: 1 },
  },
];

const byId = new Map(EVENT_CARDS.map((card) => [card.id, card]));

export const eventCard = (id: string): EventCard => {
  const card = byId.get(id);
  if (!card) throw new Error(`Unknown event card "${id}"`);
  return card;
};
export const isEventCardId = (id: string): boolean => byId.has(id);
