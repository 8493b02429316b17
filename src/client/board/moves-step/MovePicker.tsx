// The moves step: only legalActions(G, side), grouped by action type, each
// with its registry name, one-line explanation and Approval cost; an optional
// signal; then a clear wait for the other side once our choice is in.
import { useId, useState } from 'react';
import { actionSpec, approvalCost, describeAction } from '../../../../game/actions';
import { legalActions } from '../../../../game/legal';
import { breaks } from '../../../../game/pledges';
import type { Action, ActionType, GameState, Side, Signal } from '../../../../game/state';
import { useFormat } from '../../format';
import { useT, useText } from '../../i18n/I18nProvider';
import { Button, Panel } from '../../ui';
import { useDescribe } from '../describe';
import { SignalPicker } from './SignalPicker';

type Props = {
  readonly G: GameState;
  readonly side: Side;
  readonly onChoose: (action: Action, signal: Signal | undefined) => void;
};

const keyOf = (action: Action): string => JSON.stringify(action);

export const MovePicker = ({ G, side, onChoose }: Props) => {
  const t = useT();
  const text = useText();
  const f = useFormat();
  const d = useDescribe();
  const uid = useId();
  const legal = legalActions(G, side);
  const types = [...new Set(legal.map((a) => a.type))] as ActionType[];
  const [type, setType] = useState<ActionType>(types[0] ?? 'standPat');
  const variants = legal.filter((a) => a.type === type);
  const [variantKey, setVariantKey] = useState<string | undefined>(undefined);
  const [signal, setSignal] = useState<Signal | undefined>(undefined);
  const action = variants.find((a) => keyOf(a) === variantKey) ?? variants[0];
  const approval = side === 'us' ? G.board.usApproval : G.board.jpApproval;
  const params = G.rules.params;
  const breaksPledge = (a: Action) => G.commitments.some((c) => c.side === side && breaks(c, a, G, G.rules.reciprocalRate));

  const pending = G.pending[side];
  if (pending) {
    return (
      <Panel title={t('board.moves.title')} className="moves">
        <p className="moves__chosen">
          <strong>{t('board.moves.youChose')}</strong> {d.choice(side, pending)}
        </p>
        <p className="moves__waiting" role="status">
          <span className="spinner" aria-hidden="true" /> {t('board.moves.waiting')}
        </p>
      </Panel>
    );
  }

  return (
    <Panel title={t('board.moves.title')} className="moves">
      <p className="moves__approval">{t('board.moves.approval', { approval: f.number(approval) })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (action) onChoose(action, signal);
        }}
      >
        <fieldset className="choice-group" role="radiogroup" aria-labelledby={`${uid}-action`}>
          <legend id={`${uid}-action`}>{t('board.moves.action')}</legend>
          {types.map((ty) => {
            const spec = actionSpec(side, ty);
            const costs = legal.filter((a) => a.type === ty).map((a) => approvalCost(side, a, params));
            const min = Math.min(...costs);
            const max = Math.max(...costs);
            return (
              <label key={ty} className={`move-choice${ty === type ? ' is-selected' : ''}`}>
                <input
                  type="radio"
                  name="action-type"
                  value={ty}
                  checked={ty === type}
                  aria-labelledby={`${uid}-${ty}-name`}
                  aria-describedby={`${uid}-${ty}-cost ${uid}-${ty}-explain`}
                  onChange={() => {
                    setType(ty);
                    setVariantKey(undefined);
                  }}
                />
                <span className="move-choice__body">
                  <span className="move-choice__name" id={`${uid}-${ty}-name`}>{spec ? text(spec.name) : ty}</span>
                  <span className="move-choice__cost" id={`${uid}-${ty}-cost`}>{min === max ? t('board.moves.cost', { cost: f.number(min) }) : t('board.moves.costRange', { min: f.number(min), max: f.number(max) })}</span>
                  <span className="move-choice__explain" id={`${uid}-${ty}-explain`}>{spec ? text(spec.explain) : ''}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        {variants.length > 1 && (
          <fieldset className="choice-group" role="radiogroup" aria-labelledby={`${uid}-intensity`}>
            <legend id={`${uid}-intensity`}>{t('board.moves.intensity')}</legend>
            {variants.map((a) => (
              <label key={keyOf(a)} className={`move-choice move-choice--small${action && keyOf(a) === keyOf(action) ? ' is-selected' : ''}`}>
                <input type="radio" name="intensity" value={keyOf(a)} checked={action !== undefined && keyOf(a) === keyOf(action)} onChange={() => setVariantKey(keyOf(a))} />
                <span className="move-choice__body">
                  <span className="move-choice__name">{text(describeAction(side, a))}</span>
                  <span className="move-choice__cost">{t('board.moves.cost', { cost: f.number(approvalCost(side, a, params)) })}</span>
                  {breaksPledge(a) && <span className="move-choice__warn">{t('board.moves.breaksPledge')}</span>}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {variants.length === 1 && action && breaksPledge(action) && <p className="move-choice__warn">{t('board.moves.breaksPledge')}</p>}
        <SignalPicker side={side} value={signal} onChange={setSignal} />
        {action && (
          <p className="moves__summary">
            {t('board.moves.summary', { action: text(describeAction(side, action)), cost: f.number(approvalCost(side, action, params)) })}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={!action}>
          {t('board.moves.confirm')}
        </Button>
      </form>
    </Panel>
  );
};
