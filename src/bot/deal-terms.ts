// Self-serving deal terms for the coercer strategy: what it demands (a lot
// from the other side for a little of its own), cut down to what the board
// allows now, and the test of whether an offer is at least as good for it.
import { talkOptions, termsProblem, TERM_INFO } from '../../game/talk-options';
import type { AmountTerm, FlagTerm } from '../../game/talk-options';
import type { GameState, Side, Terms } from '../../game/state';

type Wish = {
  /** Amount terms and the value wished for; a function reads today's board (the US's own small tariff cut). */
  readonly amounts: ReadonlyArray<readonly [AmountTerm, (G: GameState) => number]>;
  readonly flags: ReadonlyArray<FlagTerm>;
};

/** The US: Japan gives a lot (investment, purchases, rice, a no-sale pledge) for autos 5 points lower. */
const US_WISH: Wish = {
  amounts: [
    ['usAutoTariff', (G) => Math.max(G.board.usAutoTariff - 5, 0)],
    ['investment', () => 550],
    ['purchases', () => 30],
    ['noSaleRounds', () => 4],
  ],
  flags: ['riceOpening'],
};

/** Japan: the US cuts autos to 10% and the baseline to 5% and extends the pause, for $100B of investment. */
const JP_WISH: Wish = {
  amounts: [
    ['usAutoTariff', () => 10],
    ['usBaselineTariff', () => 5],
    ['investment', () => 100],
  ],
  flags: ['extendPause'],
};

const WISHES: { readonly [S in Side]: Wish } = { us: US_WISH, jp: JP_WISH };

/**
 * The coercer's comprehensive demand, legal now: each amount cut to what the
 * board allows (a tariff can only be cut below today's level, a pledge only up
 * to what is left to pledge), terms that are not on the table dropped.
 * Undefined when nothing the other side gives is left to ask for.
 */
export const coercerDemand = (G: GameState, side: Side): Terms | undefined => {
  const options = talkOptions(G, side);
  const terms: Record<string, number | true> = {};
  for (const [key, wished] of WISHES[side].amounts) {
    const option = options.amounts.find((o) => o.key === key);
    if (!option?.available) continue;
    const value = Math.min(wished(G), option.max);
    // Off the term's grid (below its minimum): the nearest legal value is the minimum itself.
    terms[key] = Math.max(option.min, Math.floor((value - option.min) / option.step) * option.step + option.min);
  }
  for (const key of WISHES[side].flags) {
    if (options.flags.find((o) => o.key === key)?.problem === undefined) terms[key] = true;
  }
  const demand = terms as Terms;
  const asksSomething = Object.keys(demand).some((key) => TERM_INFO[key as AmountTerm | FlagTerm].giver !== side);
  return asksSomething && termsProblem(G, demand) === undefined ? demand : undefined;
};

/** How much a term gives away: a tariff is given by setting it lower, every other amount by raising it. */
const concession = (key: AmountTerm, value: number): number => (key === 'usAutoTariff' || key === 'usBaselineTariff' ? -value : value);

const given = (terms: Terms, key: AmountTerm | FlagTerm): number | true | undefined => terms[key];

/**
 * True when `offer` is at least as good for `side` as `demand`, term by term:
 * the other side gives everything demanded, at least as much of each, and
 * `side` gives nothing beyond what it offered itself. Deliberately strict and
 * simple: no trading one term against another.
 */
export const atLeastAsGood = (side: Side, offer: Terms, demand: Terms): boolean => {
  const keys = new Set([...Object.keys(offer), ...Object.keys(demand)] as Array<AmountTerm | FlagTerm>);
  for (const key of keys) {
    const mine = TERM_INFO[key].giver === side;
    const offered = given(offer, key);
    const demanded = given(demand, key);
    if (typeof offered === 'number' || typeof demanded === 'number') {
      const amountKey = key as AmountTerm;
      const o = typeof offered === 'number' ? concession(amountKey, offered) : undefined;
      const d = typeof demanded === 'number' ? concession(amountKey, demanded) : undefined;
      if (mine && o !== undefined && (d === undefined || o > d)) return false;
      if (!mine && d !== undefined && (o === undefined || o < d)) return false;
    } else if (mine ? offered && !demanded : demanded && !offered) {
      return false;
    }
  }
  return true;
};
