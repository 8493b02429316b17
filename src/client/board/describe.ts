// Sentences for the board's objects (terms, pledges, signals, choices), built
// from the catalogs and the rules' own bilingual names, in the player's language.
import { useCallback, useMemo } from 'react';
import { actionSpec, describeAction } from '../../../game/actions';
import type { ActionType, Choice, Commitment, Side, Signal, TermKey, Terms } from '../../../game/state';
import { otherSide } from '../../../game/state';
import { useFormat } from '../format';
import { useT, useText } from '../i18n/I18nProvider';
import type { MessageId } from '../i18n/messages';

export const TERM_ORDER: ReadonlyArray<TermKey> = [
  'usBaselineTariff',
  'usAutoTariff',
  'extendPause',
  'dropCurrencyComplaint',
  'securityReassurance',
  'investment',
  'purchases',
  'riceOpening',
  'autoRestraint',
  'noSaleRounds',
  'yenAccord',
];

const TERM_KEY: { readonly [K in TermKey]: MessageId } = {
  usBaselineTariff: 'board.term.usBaselineTariff',
  usAutoTariff: 'board.term.usAutoTariff',
  extendPause: 'board.term.extendPause',
  dropCurrencyComplaint: 'board.term.dropCurrencyComplaint',
  securityReassurance: 'board.term.securityReassurance',
  investment: 'board.term.investment',
  purchases: 'board.term.purchases',
  riceOpening: 'board.term.riceOpening',
  autoRestraint: 'board.term.autoRestraint',
  noSaleRounds: 'board.term.noSaleRounds',
  yenAccord: 'board.term.yenAccord',
};

export const SIDE_KEY: { readonly [S in Side]: MessageId } = { us: 'board.side.us', jp: 'board.side.jp' };

export type Describe = {
  readonly side: (side: Side) => string;
  readonly terms: (terms: Terms) => ReadonlyArray<string>;
  readonly commitment: (c: Commitment) => string;
  readonly actionType: (side: Side, type: ActionType) => string;
  readonly signal: (side: Side, signal: Signal) => string;
  readonly choice: (side: Side, choice: Choice) => string;
};

export const useDescribe = (): Describe => {
  const t = useT();
  const text = useText();
  const f = useFormat();
  const side = useCallback((s: Side) => t(SIDE_KEY[s]), [t]);
  const actionType = useCallback((s: Side, type: ActionType) => {
    const spec = actionSpec(s, type);
    return spec ? text(spec.name) : type;
  }, [text]);
  return useMemo(() => {
    const termValue = (key: TermKey, value: number): string => {
      switch (key) {
        case 'usBaselineTariff':
        case 'usAutoTariff':
          return f.value('usBaselineTariff', value);
        case 'investment':
        case 'purchases':
          return f.billions(value);
        case 'yenAccord':
          return f.value('usdjpy', value);
        default:
          return f.number(value);
      }
    };
    const terms = (ts: Terms) =>
      TERM_ORDER.filter((key) => ts[key] !== undefined).map((key) => {
        const value = ts[key];
        return t(TERM_KEY[key], { value: typeof value === 'number' ? termValue(key, value) : '', count: typeof value === 'number' ? value : 0 });
      });
    const commitment = (c: Commitment): string => {
      switch (c.type) {
        case 'tariffCap':
          return t(c.line === 'baseline' ? 'board.pledge.capBaseline' : 'board.pledge.capAuto', { max: f.value('usBaselineTariff', c.max) });
        case 'noSale':
          return t('board.pledge.noSale', { round: c.untilRound });
        case 'noYenSelling':
          return t('board.pledge.noYenSelling');
        case 'noCurrencyLabel':
          return t('board.pledge.noCurrencyLabel');
      }
    };
    const signal = (s: Side, sig: Signal) =>
      t('board.signal.text', { trigger: actionType(otherSide(s), sig.trigger), response: actionType(s, sig.response) });
    const choice = (s: Side, c: Choice) => {
      const action = text(describeAction(s, c.action));
      return c.signal ? `${action}. ${signal(s, c.signal)}` : action;
    };
    return { side, terms, commitment, actionType, signal, choice };
  }, [t, text, f, side, actionType]);
};
