// Numbers, money and percentages in the player's language. Every number the
// board shows goes through here, so that "4.22%", "¥145.0" and "$1,131B" (or
// "1兆1310億ドル") read naturally in English and Japanese alike.
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { IntlShape } from 'react-intl';
import type { IndicatorId } from '../../game/state';

/** How an indicator's value reads: its unit decides the format. */
export type Unit =
  | 'yield' //    4.22 -> "4.22%"
  | 'tariff' //   24 -> "24%"
  | 'yen' //      145 -> "¥145.0"
  | 'billions' // 1130.8 -> "$1,131B"
  | 'index' //    100.12 -> "100.12"
  | 'points'; //  47.3 -> "47.3"

export const UNIT_OF: { readonly [K in IndicatorId]: Unit } = {
  yield10y: 'yield',
  usdjpy: 'yen',
  stress: 'points',
  usBaselineTariff: 'tariff',
  usAutoTariff: 'tariff',
  jpRetaliatoryTariff: 'tariff',
  jpExports: 'billions',
  usExports: 'billions',
  balance: 'billions',
  holdings: 'billions',
  reserves: 'billions',
  trust: 'points',
  usEconomy: 'index',
  usApproval: 'points',
  usCredibility: 'points',
  usInterestBill: 'billions',
  jpEconomy: 'index',
  jpApproval: 'points',
  jpCredibility: 'points',
  jpPortfolio: 'billions',
};

// Japanese counts money in 億 (1e8) and 兆 (1e12): $1,130.8B is 1兆1308億ドル.
const jaDollars = (intl: IntlShape, billions: number): string => {
  const oku = Math.round(Math.abs(billions) * 10);
  const cho = Math.floor(oku / 10_000);
  const rest = oku % 10_000;
  const sign = billions < 0 && oku > 0 ? '-' : '';
  const parts = `${cho > 0 ? `${intl.formatNumber(cho)}兆` : ''}${rest > 0 || cho === 0 ? `${rest}億` : ''}`;
  return `${sign}${parts}ドル`;
};

const billionsText = (intl: IntlShape, billions: number): string => {
  if (intl.locale.startsWith('ja')) return jaDollars(intl, billions);
  const digits = Math.abs(billions) >= 1000 ? 0 : 1;
  const number = intl.formatNumber(Math.abs(billions), { maximumFractionDigits: digits });
  return `${billions < 0 && number !== '0' ? '-' : ''}$${number}B`;
};

export type Format = {
  /** An indicator's value with its unit. */
  readonly value: (id: IndicatorId, value: number) => string;
  /** A change in an indicator, always signed ("+0.28 pt", "-¥3.0", "+$12B"), "0" when nothing moved. */
  readonly change: (id: IndicatorId, delta: number) => string;
  readonly billions: (billions: number) => string;
  readonly number: (value: number, maxDigits?: number) => string;
  /** A signed score ("+15.5", "-3.0"). */
  readonly score: (value: number) => string;
};

const SMALLEST: { readonly [U in Unit]: number } = { yield: 0.005, tariff: 0.05, yen: 0.05, billions: 0.05, index: 0.005, points: 0.05 };

/** Whether a change is too small to show (it rounds to zero in its format). */
export const isNoChange = (id: IndicatorId, delta: number): boolean => Math.abs(delta) < SMALLEST[UNIT_OF[id]];

export const makeFormat = (intl: IntlShape): Format => {
  const number = (value: number, maxDigits = 1) => intl.formatNumber(value, { maximumFractionDigits: maxDigits });
  const signed = (text: string, delta: number) => (delta > 0 ? `+${text}` : delta < 0 ? `-${text}` : text);
  const value = (id: IndicatorId, v: number): string => {
    switch (UNIT_OF[id]) {
      case 'yield':
        return intl.formatNumber(v / 100, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case 'tariff':
        return intl.formatNumber(v / 100, { style: 'percent', maximumFractionDigits: 1 });
      case 'yen':
        return intl.formatNumber(v, { style: 'currency', currency: 'JPY', minimumFractionDigits: 1, maximumFractionDigits: 1 });
      case 'billions':
        return billionsText(intl, v);
      case 'index':
        return intl.formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case 'points':
        return number(v);
    }
  };
  const change = (id: IndicatorId, delta: number): string => {
    if (isNoChange(id, delta)) return '0';
    const size = Math.abs(delta);
    switch (UNIT_OF[id]) {
      case 'yield':
        // Percentage points of yield: "+0.28".
        return signed(intl.formatNumber(size, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), delta);
      case 'tariff':
      case 'points':
        return signed(number(size), delta);
      case 'yen':
        return signed(value(id, size), delta);
      case 'billions':
        return signed(billionsText(intl, size), delta);
      case 'index':
        return signed(intl.formatNumber(size, { maximumFractionDigits: 2 }), delta);
    }
  };
  return {
    value,
    change,
    billions: (b) => billionsText(intl, b),
    number,
    score: (v) => intl.formatNumber(v, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
};

/** The formatters for the player's language. */
export const useFormat = (): Format => {
  const intl = useIntl();
  return useMemo(() => makeFormat(intl), [intl]);
};
