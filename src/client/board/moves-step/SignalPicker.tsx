// "If you do X, I will do Y": a public signal, none by default. The choices
// are legalSignals(side): triggers from the other side's action types,
// responses from one's own.
import { useId } from 'react';
import { isThreat } from '../../../../game/actions';
import { legalSignals } from '../../../../game/legal';
import { otherSide } from '../../../../game/state';
import type { ActionType, Side, Signal } from '../../../../game/state';
import { useT } from '../../i18n/I18nProvider';
import { useDescribe } from '../describe';

type Props = { readonly side: Side; readonly value: Signal | undefined; readonly onChange: (signal: Signal | undefined) => void };

const unique = <T,>(items: ReadonlyArray<T>): T[] => [...new Set(items)];

export const SignalPicker = ({ side, value, onChange }: Props) => {
  const t = useT();
  const d = useDescribe();
  const id = useId();
  const signals = legalSignals(side);
  const triggers = unique(signals.map((s) => s.trigger));
  const responses = (trigger: ActionType) => unique(signals.filter((s) => s.trigger === trigger).map((s) => s.response));
  const pick = (trigger: string, response: string | undefined) => {
    const found = signals.find((s) => s.trigger === trigger && (response === undefined || s.response === response));
    onChange(found);
  };
  return (
    <fieldset className="signal">
      <legend>{t('board.signal.legend')}</legend>
      <p className="signal__hint" id={`${id}-hint`}>{t('board.signal.hint')}</p>
      <label className="signal__field">
        <span>{t('board.signal.if', { side: d.side(otherSide(side)) })}</span>
        <select aria-describedby={`${id}-hint`} value={value?.trigger ?? ''} onChange={(e) => (e.target.value === '' ? onChange(undefined) : pick(e.target.value, value?.response))}>
          <option value="">{t('board.signal.none')}</option>
          {triggers.map((type) => (
            <option key={type} value={type}>
              {d.actionType(otherSide(side), type)}
            </option>
          ))}
        </select>
      </label>
      {value && (
        <label className="signal__field">
          <span>{t('board.signal.then')}</span>
          <select value={value.response} onChange={(e) => pick(value.trigger, e.target.value)}>
            {responses(value.trigger).map((type) => (
              <option key={type} value={type}>
                {d.actionType(side, type)}
              </option>
            ))}
          </select>
        </label>
      )}
      {value && (
        <p className="signal__summary">
          {d.signal(side, value)} ({t(isThreat(side, value.response) ? 'board.signal.threat' : 'board.signal.promise')})
        </p>
      )}
    </fieldset>
  );
};
