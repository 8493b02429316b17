// One sentence for every decision, in English and Japanese: shown in the
// client beside the bot's move and in the debrief, logged by the server.
import { actionSpec, describeAction } from '../../game/actions';
import { eventCard } from '../../game/cards/events';
import type { Action, ActionType, Side, Terms, Text } from '../../game/state';

/** A move's leverage (points it adds through the next deal) worth naming as its reason. */
const LEVERAGE_WORTH_SAYING = 0.5;

const pts = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** A deal's terms in a few words. */
export const termsText = (terms: Terms): Text => {
  const en: string[] = [];
  const ja: string[] = [];
  const add = (e: string, j: string) => {
    en.push(e);
    ja.push(j);
  };
  if (terms.usAutoTariff !== undefined) add(`autos to ${terms.usAutoTariff}%`, `自動車関税${terms.usAutoTariff}%`);
  if (terms.usBaselineTariff !== undefined) add(`baseline to ${terms.usBaselineTariff}%`, `一般関税${terms.usBaselineTariff}%`);
  if (terms.extendPause) add('the pause extended', '一時停止の延長');
  if (terms.dropCurrencyComplaint) add('the currency complaint dropped', '為替操作国認定の撤回');
  if (terms.securityReassurance) add('a security reassurance', '安全保障の確約');
  if (terms.investment !== undefined) add(`$${terms.investment}B of investment`, `${terms.investment * 10}億ドルの投資`);
  if (terms.purchases !== undefined) add(`$${terms.purchases}B a year of purchases`, `年${terms.purchases * 10}億ドルの購入`);
  if (terms.riceOpening) add('rice opened', 'コメ市場の開放');
  if (terms.autoRestraint) add('auto export restraint', '自動車の輸出自主規制');
  if (terms.noSaleRounds !== undefined) add(`no Treasury sales for ${terms.noSaleRounds} rounds`, `${terms.noSaleRounds}ラウンド米国債を売らない`);
  if (terms.yenAccord !== undefined) add(`the yen ${terms.yenAccord} stronger`, `${terms.yenAccord}円の円高容認`);
  return { en: en.join(', '), ja: ja.join('、') };
};

const typeName = (side: Side, type: ActionType): Text => actionSpec(side, type)?.name ?? { en: type, ja: type };

export const why = {
  news: (card: string, option: string, gain: number): Text => {
    const label = eventCard(card).response?.options.find((o) => o.id === option)?.label ?? { en: option, ja: option };
    return {
      en: `I answered the news with "${label.en}": over the rest of the game it leaves me ${pts(gain)} points better off than the other answer.`,
      ja: `ニュースには「${label.ja}」と応じた。残りの展開で、もう一方の対応より${pts(gain)}点有利になる見込みだ。`,
    };
  },
  accept: (terms: Terms, gain: number): Text => {
    const t = termsText(terms);
    return {
      en: `I accepted (${t.en}): by my projection it leaves me ${pts(gain)} points better off than no deal.`,
      ja: `合意を受け入れた（${t.ja}）。試算では、合意しない場合より${pts(gain)}点有利だ。`,
    };
  },
  reject: (terms: Terms, gain: number, margin: number): Text => {
    const t = termsText(terms);
    return {
      en: `I rejected your offer (${t.en}): it is worth ${pts(gain)} points to me against no deal, and I need at least ${pts(margin)}.`,
      ja: `提案（${t.ja}）を拒否した。合意しない場合と比べて${pts(gain)}点にしかならず、少なくとも${pts(margin)}点が必要だ。`,
    };
  },
  propose: (terms: Terms, gains: { me: number; them: number }, countering: boolean): Text => {
    const t = termsText(terms);
    return countering
      ? {
          en: `I countered with ${t.en}: by my estimate it beats no deal for both of us (me ${pts(gains.me)}, you ${pts(gains.them)}).`,
          ja: `対案として${t.ja}を示した。試算では双方とも合意しない場合より得をする（当方${pts(gains.me)}、貴方${pts(gains.them)}）。`,
        }
      : {
          en: `I proposed ${t.en}: by my estimate it beats no deal for both of us (me ${pts(gains.me)}, you ${pts(gains.them)}).`,
          ja: `${t.ja}を提案した。試算では双方とも合意しない場合より得をする（当方${pts(gains.me)}、貴方${pts(gains.them)}）。`,
        };
  },
  endTalks: (waiting: boolean): Text =>
    waiting
      ? { en: 'My offer is on the table; I have nothing to add this round.', ja: '提案は示した。このラウンドはこれ以上付け加えることはない。' }
      : {
          en: 'I see no deal this round that leaves both of us better off than no deal, so I am done talking.',
          ja: 'このラウンドは双方が得をする合意が見当たらないので、協議を終える。',
        },
  acknowledge: (): Text => ({ en: 'I have read the round’s outcome.', ja: 'このラウンドの結果を確認した。' }),
  action: (
    side: Side,
    action: Action,
    value: number,
    context: {
      readonly owed: { readonly trigger: ActionType; readonly response: ActionType } | undefined;
      readonly provocation: Action | undefined;
      readonly theirSide: Side;
      readonly hostile: boolean;
      readonly leverage: number; // points the move adds through the next deal
    },
  ): Text => {
    const act = describeAction(side, action);
    const owed = context.owed;
    if (owed && action.type === owed.response) {
      const trig = typeName(context.theirSide, owed.trigger);
      return {
        en: `${act.en}, as I warned I would if you chose "${lower(trig.en)}": my threats mean something.`,
        ja: `${act.ja}。「${trig.ja}」なら対抗すると警告した通りだ。脅しは空ではない。`,
      };
    }
    if (owed && action.type === 'standPat') {
      const resp = typeName(side, owed.response);
      return {
        en: `I stood pat rather than "${lower(resp.en)}" as I had warned: carrying it out would cost me more (${pts(value)} as I play) than my Credibility is worth.`,
        ja: `警告していた「${resp.ja}」は実行せず現状維持とした。実行すれば信用以上の損になる（この選択で${pts(value)}点の見込み）。`,
      };
    }
    if (context.hostile && context.leverage >= LEVERAGE_WORTH_SAYING) {
      return {
        en: `${act.en}, to strengthen my hand in the talks: by my search it moves the deal I can expect my way by ${pts(context.leverage)} points (${pts(value)} in all).`,
        ja: `${act.ja}。交渉での立場を強めるためだ。探索では、見込める合意がこれで${pts(context.leverage)}点こちらに動く（全体で${pts(value)}点）。`,
      };
    }
    if (context.hostile && context.provocation) {
      const prov = describeAction(context.theirSide, context.provocation);
      return {
        en: `${act.en}, in answer to your "${lower(prov.en)}" last round; by my search it is the reply that pays (${pts(value)}).`,
        ja: `${act.ja}。前ラウンドの貴方の「${prov.ja}」への対抗で、探索ではこれが最も得な対応だ（${pts(value)}点）。`,
      };
    }
    if (context.hostile) {
      return {
        en: `${act.en}: my search rates it my best move against what I expect from you (${pts(value)} points).`,
        ja: `${act.ja}。予想される貴方の手に対して、探索ではこれが最善だ（${pts(value)}点）。`,
      };
    }
    if (action.type === 'standPat') {
      return {
        en: `I stood pat: every escalation I looked at would leave me worse off than keeping calm (${pts(value)} points as it stands).`,
        ja: `現状維持とした。検討したどの強硬策も、冷静でいるより損になる（現状で${pts(value)}点）。`,
      };
    }
    return {
      en: `${act.en}, to ease tensions: it scores best for me against what I expect from you (${pts(value)} points).`,
      ja: `${act.ja}。緊張を和らげるためで、予想される貴方の手に対してこれが最も得だ（${pts(value)}点）。`,
    };
  },
  signal: (side: Side, theirSide: Side, trigger: ActionType, response: ActionType): Text => {
    const t = typeName(theirSide, trigger);
    const r = typeName(side, response);
    return {
      en: ` I also warn you: if you choose "${lower(t.en)}", I will answer with "${lower(r.en)}".`,
      ja: `また警告する。貴方が「${t.ja}」を選べば、当方は「${r.ja}」で応じる。`,
    };
  },
};
