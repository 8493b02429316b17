// The scenarios' ids, titles and descriptions for the lobby screens, loaded
// on demand: game/scenarios carries the decks and the model's parameters,
// which the first screen does not need (they come with the board).
import { useEffect, useState } from 'react';
import type { Text } from '../../../game/state';

export type ScenarioInfo = { readonly id: string; readonly title: Text; readonly description: Text };

/** The id a match plays when its setup names none (game/scenarios DEFAULT_SCENARIO; a test keeps them equal). */
export const DEFAULT_SCENARIO_ID = '2025-pause';

let cache: ReadonlyArray<ScenarioInfo> | undefined;

export const useScenarios = (): ReadonlyArray<ScenarioInfo> => {
  const [list, setList] = useState<ReadonlyArray<ScenarioInfo>>(cache ?? []);
  useEffect(() => {
    if (cache) return;
    void import('../../../game/scenarios').then(({ SCENARIOS }) => {
      cache = SCENARIOS.map(({ id, title, description }) => ({ id, title, description }));
      setList(cache);
    });
  }, []);
  return list;
};

export const scenarioOf = (list: ReadonlyArray<ScenarioInfo>, id: string | undefined): ScenarioInfo | undefined =>
  list.find((s) => s.id === (id ?? DEFAULT_SCENARIO_ID));
