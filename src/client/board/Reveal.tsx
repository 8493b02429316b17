// A resolved round side by side: both moves and signals as revealed, pledges
// broken and signals kept or broken, and what it all did to the markets. Used
// by the review step, the end screen and the replay.
import type { GameState, Indicators, RoundReport, Side, Text } from '../../../game/state';
import { SIDES } from '../../../game/state';
import { useT, useText } from '../i18n/I18nProvider';
import { useDescribe } from './describe';
import { MarketMoves } from './MarketMoves';

type Props = {
  readonly report: RoundReport;
  readonly before: Indicators;
  readonly after: Indicators;
  readonly viewer: Side | undefined;
  readonly botWhy?: Text | undefined; // solo: the bot's reason for its move, shown beside it
};

/** The board before and after report `index` (0-based) of a match. */
export const boardsAround = (G: GameState, index: number): { readonly before: Indicators; readonly after: Indicators } => ({
  before: index === 0 ? G.start : (G.history[index - 1] ?? G.start),
  after: G.history[index] ?? G.board,
});

export const Reveal = ({ report, before, after, viewer, botWhy }: Props) => {
  const t = useT();
  const text = useText();
  const d = useDescribe();
  return (
    <div className="reveal">
      <div className="reveal__sides">
        {SIDES.map((side) => {
          const choice = report.choices[side];
          return (
            <article key={side} className={`reveal__side reveal__side--${side}`} aria-label={d.side(side)}>
              <h3 className="reveal__who">
                {d.side(side)}
                {side === viewer && <span className="muted"> ({t('board.you')})</span>}
              </h3>
              <p className="reveal__action">{d.choice(side, { ...choice, signal: undefined })}</p>
              {choice.signal && <p className="reveal__signal">{t('board.reveal.signal', { signal: d.signal(side, choice.signal) })}</p>}
              {report.signalsKept.includes(side) && <p className="good">✓ {t('board.reveal.kept')}</p>}
              {report.signalsBroken.includes(side) && <p className="bad">✗ {t('board.reveal.brokenSignal')}</p>}
              {report.breaches
                .filter((c) => c.side === side)
                .map((c, i) => (
                  <p key={i} className="bad">
                    ✗ {t('board.reveal.breach', { pledge: d.commitment(c) })}
                  </p>
                ))}
              {botWhy && viewer !== undefined && side !== viewer && (
                <p className="reveal__why">
                  <strong>{t('board.botWhy')}</strong> {text(botWhy)}
                </p>
              )}
            </article>
          );
        })}
      </div>
      <MarketMoves before={before} after={after} caption={t('board.reveal.markets', { round: report.round })} />
    </div>
  );
};
