// The proposal builder, drawn only from talkOptions(G, side): the terms on the
// table now with their bounds and steps, and the reason for any that are not.
// Whether the bundle may be sent is the rules' own verdict (parseTerms for the
// shape, termsProblem for today's board); the builder only asks them.
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { PROBLEM_TEXT } from '../../../../game/problems';
import type { GameState, Side, TermKey, Terms } from '../../../../game/state';
import { TERM_INFO, talkOptions, termsProblem } from '../../../../game/talk-options';
import type { AmountOption, FlagOption } from '../../../../game/talk-options';
import { parseTerms } from '../../../../game/terms';
import { useT, useText } from '../../i18n/I18nProvider';
import { Button } from '../../ui';
import { SIDE_KEY } from '../describe';

type Draft = { readonly [K in TermKey]?: number | true };

type Props = {
  readonly G: GameState;
  readonly side: Side;
  readonly initial?: Terms;
  readonly initialComprehensive?: boolean;
  readonly submitLabel: string; //  'Propose' or 'Send counter'
  readonly onSubmit: (terms: Terms, comprehensive: boolean) => void;
  readonly onCancel?: () => void;
};

/** The terms as a proposal's argument, or undefined if the rules would refuse them now. */
export const validTerms = (G: GameState, draft: Draft): Terms | undefined => {
  const terms = parseTerms({ ...draft });
  return terms && termsProblem(G, terms) === undefined ? terms : undefined;
};

const AmountField = ({ option, value, onChange }: { readonly option: AmountOption; readonly value: number | undefined; readonly onChange: (v: number | undefined) => void }) => {
  const t = useT();
  const text = useText();
  const id = useId();
  const name = text(TERM_INFO[option.key].name);
  const included = value !== undefined;
  const outOfRange = included && (value < option.min || value > option.max || (value - option.min) % option.step !== 0);
  const toggle = (e: ChangeEvent<HTMLInputElement>) => onChange(e.target.checked ? (option.key === 'usBaselineTariff' || option.key === 'usAutoTariff' ? option.max : option.min) : undefined);
  return (
    <li className={`term${option.available ? '' : ' term--off'}`}>
      <label className="term__check">
        <input type="checkbox" checked={included} disabled={!option.available} onChange={toggle} aria-describedby={option.available ? `${id}-range` : `${id}-why`} />
        {name}
      </label>
      {option.available ? (
        <>
          <input
            type="number"
            className="term__amount"
            aria-label={t('board.talks.amountOf', { term: name })}
            min={option.min}
            max={option.max}
            step={option.step}
            value={value === undefined || Number.isNaN(value) ? '' : value}
            disabled={!included}
            aria-invalid={outOfRange || undefined}
            onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
          />
          <span id={`${id}-range`} className={`term__hint${outOfRange ? ' term__hint--bad' : ''}`}>
            {t('board.talks.range', { min: option.min, max: option.max, step: option.step })}
          </span>
        </>
      ) : (
        <span id={`${id}-why`} className="term__hint">
          {text(PROBLEM_TEXT[option.problem])}
        </span>
      )}
    </li>
  );
};

const FlagField = ({ option, checked, onChange }: { readonly option: FlagOption; readonly checked: boolean; readonly onChange: (on: boolean) => void }) => {
  const text = useText();
  const id = useId();
  return (
    <li className={`term${option.problem ? ' term--off' : ''}`}>
      <label className="term__check">
        <input type="checkbox" checked={checked} disabled={option.problem !== undefined} onChange={(e) => onChange(e.target.checked)} aria-describedby={option.problem ? id : undefined} />
        {text(TERM_INFO[option.key].name)}
      </label>
      {option.problem && (
        <span id={id} className="term__hint">
          {text(PROBLEM_TEXT[option.problem])}
        </span>
      )}
    </li>
  );
};

export const ProposalBuilder = ({ G, side, initial, initialComprehensive = false, submitLabel, onSubmit, onCancel }: Props) => {
  const t = useT();
  const options = talkOptions(G, side);
  const [draft, setDraft] = useState<Draft>(initial ?? {});
  const [comprehensive, setComprehensive] = useState(initialComprehensive);
  const set = (key: TermKey, value: number | true | undefined) =>
    setDraft((d) => {
      const next: { [K in TermKey]?: number | true } = { ...d };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
  const terms = validTerms(G, draft);
  const empty = Object.keys(draft).length === 0;
  const givers: ReadonlyArray<Side> = side === 'us' ? ['us', 'jp'] : ['jp', 'us'];
  return (
    <form
      className="builder"
      aria-label={t('board.talks.builder')}
      onSubmit={(e) => {
        e.preventDefault();
        if (terms) onSubmit(terms, comprehensive);
      }}
    >
      {options.proposing && <p className="builder__why">{t('board.talks.cannotPropose')}</p>}
      {givers.map((giver) => (
        <fieldset key={giver} className="builder__side">
          <legend>{t('board.talks.gives', { side: t(SIDE_KEY[giver]) })}</legend>
          <ul className="terms">
            {options.amounts
              .filter((o) => o.giver === giver)
              .map((o) => (
                <AmountField key={o.key} option={o} value={typeof draft[o.key] === 'number' ? (draft[o.key] as number) : undefined} onChange={(v) => set(o.key, v)} />
              ))}
            {options.flags
              .filter((o) => o.giver === giver)
              .map((o) => (
                <FlagField key={o.key} option={o} checked={draft[o.key] === true} onChange={(on) => set(o.key, on ? true : undefined)} />
              ))}
          </ul>
        </fieldset>
      ))}
      <label className="builder__comprehensive">
        <input type="checkbox" checked={comprehensive} onChange={(e) => setComprehensive(e.target.checked)} />
        {t('board.talks.comprehensive')}
      </label>
      <p className="builder__hint">{t('board.talks.comprehensiveHint')}</p>
      {!empty && !terms && (
        <p className="builder__error" role="status">
          {t('board.talks.invalid')}
        </p>
      )}
      <div className="builder__actions">
        <Button type="submit" variant="primary" disabled={!terms || options.proposing !== undefined}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('ui.cancel')}</Button>}
      </div>
    </form>
  );
};
