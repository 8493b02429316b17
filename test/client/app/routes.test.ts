// The app's URLs: every route round-trips through hrefOf and parseRoute, and
// odd input lands on a safe route instead of a crash.
import { describe, expect, it } from 'vitest';
import { GAME_NAME as RULES_GAME_NAME } from '../../../game/index';
import { DEFAULT_SCENARIO } from '../../../game/scenarios';
import { GAME_NAME } from '../../../src/client/net/lobby';
import { hrefOf, parseRoute } from '../../../src/client/routes';
import type { Route } from '../../../src/client/routes';
import { codeFrom } from '../../../src/client/screens/Home';
import { DEFAULT_SCENARIO_ID } from '../../../src/client/screens/scenarios';

const split = (href: string): [string, string] => {
  const url = new URL(href, 'http://localhost');
  return [url.pathname, url.search];
};

describe('routes', () => {
  it('round-trips every route the app links to', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'rules' },
      { name: 'create' },
      { name: 'matches' },
      { name: 'solo', side: 'jp', level: 'hard', scenario: '1985-plaza' },
      { name: 'solo', side: 'us', level: 'easy', scenario: undefined },
      { name: 'hotseat', scenario: undefined },
      { name: 'hotseat', scenario: '2025-pause' },
      { name: 'join', matchID: 'Xw3k9aQ2mP1' },
      { name: 'match', matchID: 'Xw3k9aQ2mP1', seat: '1' },
      { name: 'match', matchID: 'a-b_c', seat: 'watch' },
      { name: 'match', matchID: 'a-b_c', seat: undefined },
      { name: 'replay', matchID: 'Xw3k9aQ2mP1' },
      { name: 'replay', matchID: undefined },
    ];
    for (const route of routes) expect(parseRoute(...split(hrefOf(route)))).toEqual(route);
  });

  it('falls back on defaults and notFound for odd URLs', () => {
    expect(parseRoute('/solo', '?side=mars&level=godlike')).toEqual({ name: 'solo', side: 'us', level: 'normal', scenario: undefined });
    expect(parseRoute('/rules/', '')).toEqual({ name: 'rules' });
    expect(parseRoute('/match/<script>', '')).toEqual({ name: 'notFound' });
    expect(parseRoute('/join/', '')).toEqual({ name: 'notFound' });
    expect(parseRoute('/match/a/b/replay', '')).toEqual({ name: 'notFound' });
    expect(parseRoute('/nowhere', '')).toEqual({ name: 'notFound' });
  });

  it('reads a match code from a code or a pasted link', () => {
    expect(codeFrom('Xw3k9aQ2mP1')).toBe('Xw3k9aQ2mP1');
    expect(codeFrom('  https://example.org/join/Xw3k9aQ2mP1 ')).toBe('Xw3k9aQ2mP1');
    expect(codeFrom('http://localhost:8000/match/Xw3k9aQ2mP1?seat=0')).toBe('Xw3k9aQ2mP1');
    expect(codeFrom('not a code!')).toBeUndefined();
    expect(codeFrom('')).toBeUndefined();
  });

  it('keeps the constants the first screen writes out equal to the rules', () => {
    expect(GAME_NAME).toBe(RULES_GAME_NAME);
    expect(DEFAULT_SCENARIO_ID).toBe(DEFAULT_SCENARIO);
  });
});
