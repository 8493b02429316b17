// Pledges in force, pledges broken (from the round reports), deals made and
// the standing public signals: everything both sides have put on the record.
import type { GameState, Side } from '../../../game/state';
import { SIDES } from '../../../game/state';
import { useT } from '../i18n/I18nProvider';
import { Panel } from '../ui';
import { useDescribe } from './describe';

export const Pledges = ({ G }: { readonly G: GameState }) => {
  const t = useT();
  const d = useDescribe();
  const broken = G.reports.flatMap((r) => r.breaches.map((c) => ({ round: r.round, c })));
  const signals = SIDES.flatMap((side: Side) => G.signals[side].map((s) => ({ side, s })));
  return (
    <Panel title={t('board.pledges.title')} className="pledges">
      <h3 className="sub">{t('board.pledges.inForce')}</h3>
      {G.commitments.length === 0 ? (
        <p className="muted">{t('board.pledges.none')}</p>
      ) : (
        <ul>
          {G.commitments.map((c) => (
            <li key={`${c.type}-${c.type === 'tariffCap' ? c.line : ''}`}>
              {d.side(c.side)}: {d.commitment(c)}
            </li>
          ))}
        </ul>
      )}
      {broken.length > 0 && (
        <>
          <h3 className="sub">{t('board.pledges.broken')}</h3>
          <ul>
            {broken.map(({ round, c }, i) => (
              <li key={i}>
                <span aria-hidden="true">✗ </span>
                {t('board.pledges.brokenIn', { round, side: d.side(c.side), pledge: d.commitment(c) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {G.talks.deals.length > 0 && (
        <>
          <h3 className="sub">{t('board.pledges.deals')}</h3>
          <ul>
            {G.talks.deals.map(({ round, proposal }) => (
              <li key={proposal.id}>
                {t('board.pledges.deal', { round, side: d.side(proposal.from) })} {d.terms(proposal.terms).join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="sub">{t('board.pledges.signals')}</h3>
      {signals.length === 0 ? (
        <p className="muted">{t('board.pledges.noSignals')}</p>
      ) : (
        <ul>
          {signals.map(({ side, s }, i) => (
            <li key={i}>
              {d.side(side)}: {d.signal(side, s)}
              {s.dueRound !== undefined && <strong> {t('board.pledges.due', { round: s.dueRound })}</strong>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
};
