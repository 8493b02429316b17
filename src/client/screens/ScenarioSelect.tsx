// A scenario picker: the scenarios of game/scenarios, titled in the player's language.
import { useT, useText } from '../i18n/I18nProvider';
import { useScenarios } from './scenarios';

export const ScenarioSelect = ({ id, value, onChange }: { readonly id: string; readonly value: string; readonly onChange: (id: string) => void }) => {
  const t = useT();
  const text = useText();
  const SCENARIOS = useScenarios();
  const chosen = SCENARIOS.find((s) => s.id === value);
  return (
    <div className="field">
      <label htmlFor={id}>{t('home.scenario')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-about`}>
        {SCENARIOS.map((s) => (
          <option key={s.id} value={s.id}>
            {text(s.title)}
          </option>
        ))}
      </select>
      {chosen && (
        <p id={`${id}-about`} className="hint">
          {text(chosen.description)}
        </p>
      )}
    </div>
  );
};
