// The app's few routes, as shareable URLs, and a minimal history-based router
// (pushState + popstate): the app needs a handful of patterns, not a library.
import { useEffect, useState } from 'react';
import type { Side } from '../../game/state';

export const LEVELS = ['easy', 'normal', 'hard'] as const;
export type Level = (typeof LEVELS)[number];

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'rules' }
  | { readonly name: 'create' }
  | { readonly name: 'matches' }
  | { readonly name: 'solo'; readonly side: Side; readonly level: Level; readonly scenario: string | undefined }
  | { readonly name: 'hotseat'; readonly scenario: string | undefined }
  | { readonly name: 'join'; readonly matchID: string }
  | { readonly name: 'match'; readonly matchID: string; readonly seat: string | undefined } // seat: '0' | '1' | 'watch'
  // A finished match round by round: an online match's (matchID), or this device's last solo or hot-seat game.
  | { readonly name: 'replay'; readonly matchID: string | undefined }
  | { readonly name: 'notFound' };

// Match ids are the server's base64url ids (src/server/lobby.ts MATCH_ID).
const ID = '([A-Za-z0-9_-]{1,64})';

/** The route for a path and query string; unknown paths are `notFound`, never a crash. */
export const parseRoute = (pathname: string, search: string): Route => {
  const query = new URLSearchParams(search);
  const path = pathname.replace(/\/+$/, '') || '/';
  const scenario = query.get('scenario') ?? undefined;
  if (path === '/') return { name: 'home' };
  if (path === '/rules') return { name: 'rules' };
  if (path === '/create') return { name: 'create' };
  if (path === '/matches') return { name: 'matches' };
  if (path === '/solo') {
    const level = query.get('level');
    return {
      name: 'solo',
      side: query.get('side') === 'jp' ? 'jp' : 'us',
      level: (LEVELS as ReadonlyArray<string | null>).includes(level) ? (level as Level) : 'normal',
      scenario,
    };
  }
  if (path === '/hotseat') return { name: 'hotseat', scenario };
  if (path === '/replay') return { name: 'replay', matchID: undefined };
  const replay = new RegExp(`^/match/${ID}/replay$`).exec(path);
  if (replay?.[1]) return { name: 'replay', matchID: replay[1] };
  const join = new RegExp(`^/join/${ID}$`).exec(path);
  if (join?.[1]) return { name: 'join', matchID: join[1] };
  const match = new RegExp(`^/match/${ID}$`).exec(path);
  if (match?.[1]) return { name: 'match', matchID: match[1], seat: query.get('seat') ?? undefined };
  return { name: 'notFound' };
};

/** The path of a route, the inverse of parseRoute for the routes the app links to. */
export const hrefOf = (route: Route): string => {
  switch (route.name) {
    case 'home':
    case 'notFound':
      return '/';
    case 'rules':
    case 'create':
    case 'matches':
      return `/${route.name}`;
    case 'solo': {
      const q = new URLSearchParams({ side: route.side, level: route.level, ...(route.scenario ? { scenario: route.scenario } : {}) });
      return `/solo?${q.toString()}`;
    }
    case 'hotseat':
      return route.scenario ? `/hotseat?scenario=${encodeURIComponent(route.scenario)}` : '/hotseat';
    case 'join':
      return `/join/${route.matchID}`;
    case 'match':
      return `/match/${route.matchID}${route.seat !== undefined ? `?seat=${encodeURIComponent(route.seat)}` : ''}`;
    case 'replay':
      return route.matchID ? `/match/${route.matchID}/replay` : '/replay';
  }
};

const EVENT = 'cott:navigate';

/** Goes to a path inside the app without reloading the page. */
export const navigate = (href: string, options: { readonly replace?: boolean } = {}): void => {
  if (options.replace) globalThis.history.replaceState(null, '', href);
  else globalThis.history.pushState(null, '', href);
  globalThis.dispatchEvent(new Event(EVENT));
};

const current = (): Route => parseRoute(globalThis.location.pathname, globalThis.location.search);

/** The current route, updated on navigate() and on the browser's back and forward. */
export const useRoute = (): Route => {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const update = () => setRoute(current());
    globalThis.addEventListener('popstate', update);
    globalThis.addEventListener(EVENT, update);
    return () => {
      globalThis.removeEventListener('popstate', update);
      globalThis.removeEventListener(EVENT, update);
    };
  }, []);
  return route;
};
