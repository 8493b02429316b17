// The scenario registry and the validation of boardgame.io setupData.
import { isAgendaCardId } from '../cards/agendas';
import { isEventCardId } from '../cards/events';
import { PAUSE_2025 } from './pause2025';
import { PLAZA_1985 } from './plaza1985';
import type { Scenario } from './types';

export type { Scenario } from './types';

export const SCENARIOS: ReadonlyArray<Scenario> = [PAUSE_2025, PLAZA_1985];
export const DEFAULT_SCENARIO = PAUSE_2025.id;

const byId = new Map(SCENARIOS.map((s) => [s.id, s]));

export const scenarioById = (id: string): Scenario => {
  const scenario = byId.get(id);
  if (!scenario) throw new Error(`Unknown scenario "${id}"`);
  return scenario;
};

/** What a match may be created with: `{ scenario?: string }` and nothing else. */
export type SetupData = { readonly scenario?: string };

/**
 * Checks setupData from an untrusted caller (the lobby, a URL). Returns an
 * error message for boardgame.io's `validateSetupData`, or undefined when valid.
 */
export const setupDataError = (setupData: unknown): string | undefined => {
  if (setupData === undefined) return undefined;
  if (typeof setupData !== 'object' || setupData === null || Array.isArray(setupData)) {
    return 'setupData must be an object like { "scenario": "2025-pause" }';
  }
  for (const key of Object.keys(setupData)) {
    if (key !== 'scenario') return `setupData has an unknown key "${key}"; only "scenario" is allowed`;
  }
  const scenario: unknown = (setupData as { scenario?: unknown }).scenario;
  if (scenario === undefined) return undefined;
  if (typeof scenario !== 'string' || !byId.has(scenario)) {
    return `Unknown scenario ${JSON.stringify(scenario)}; choose one of: ${SCENARIOS.map((s) => s.id).join(', ')}`;
  }
  return undefined;
};

/** A scenario's own data must name real cards and enough of them; checked by the tests. */
export const scenarioProblems = (s: Scenario): string[] => {
  const problems: string[] = [];
  if (!Number.isInteger(s.rounds) || s.rounds < 1) problems.push('rounds must be a positive integer');
  if (s.events.length < s.rounds) problems.push('the news deck is shorter than the game');
  for (const id of s.events) if (!isEventCardId(id)) problems.push(`unknown event card ${id}`);
  for (const side of ['us', 'jp'] as const) {
    if (s.agendas[side].length < s.agendasPerSide) problems.push(`too few ${side} agendas`);
    for (const id of s.agendas[side]) if (!isAgendaCardId(id)) problems.push(`unknown agenda card ${id}`);
  }
  return problems;
};
