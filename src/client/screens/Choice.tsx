// A labelled group of radio buttons (fieldset and legend), one job: pick one of a few.
import type { ReactNode } from 'react';
import type { Side } from '../../../game/state';
import { useT } from '../i18n/I18nProvider';

type Option<V extends string> = { readonly value: V; readonly label: ReactNode };

export const Choice = <V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  readonly name: string;
  readonly legend: string;
  readonly options: ReadonlyArray<Option<V>>;
  readonly value: V;
  readonly onChange: (value: V) => void;
}) => (
  <fieldset className="choice">
    <legend>{legend}</legend>
    {options.map((o) => (
      <label key={o.value}>
        <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
        <span>{o.label}</span>
      </label>
    ))}
  </fieldset>
);

/** Which side to play: the United States or Japan (home's bot game, creating an online match). */
export const SideChoice = ({
  name,
  legend,
  value,
  onChange,
}: {
  readonly name: string;
  readonly legend: string;
  readonly value: Side;
  readonly onChange: (side: Side) => void;
}) => {
  const t = useT();
  return (
    <Choice
      name={name}
      legend={legend}
      value={value}
      onChange={onChange}
      options={[
        { value: 'us', label: t('mode.side.us') },
        { value: 'jp', label: t('mode.side.jp') },
      ]}
    />
  );
};
