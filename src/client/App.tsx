// The app shell: the header, then the screen for the current route. Only the
// home screen and the lobby forms are in the first bundle; the modes (with
// boardgame.io and the board), the rules (with marked) and the bot worker
// load when they are opened.
import { Suspense, lazy, useEffect, useRef } from 'react';
import { useT } from './i18n/I18nProvider';
import { navigate, useRoute } from './routes';
import type { Route } from './routes';
import { CreateMatch } from './screens/CreateMatch';
import { Header } from './screens/Header';
import { Home } from './screens/Home';
import { Join } from './screens/Join';
import { Loading } from './screens/Loading';
import { MatchScreen } from './screens/MatchScreen';
import { Matches } from './screens/Matches';
import { NotFound } from './screens/NotFound';
import './screens/app.css';

const Solo = lazy(() => import('./modes/Solo').then((m) => ({ default: m.Solo })));
const HotSeat = lazy(() => import('./modes/HotSeat').then((m) => ({ default: m.HotSeat })));
const Rules = lazy(() => import('./screens/Rules'));
const ReplayScreen = lazy(() => import('./modes/ReplayScreen').then((m) => ({ default: m.ReplayScreen })));

const home = () => navigate('/');

/** Routes whose screen is (or becomes) the board, which lays itself out edge to edge. */
const BOARD_ROUTES: ReadonlyArray<Route['name']> = ['solo', 'hotseat', 'match', 'replay'];

const Screen = ({ route }: { readonly route: Route }) => {
  switch (route.name) {
    case 'home':
      return <Home />;
    case 'rules':
      return <Rules />;
    case 'create':
      return <CreateMatch />;
    case 'matches':
      return <Matches />;
    case 'solo':
      return <Solo side={route.side} level={route.level} scenario={route.scenario} onLeave={home} />;
    case 'hotseat':
      return <HotSeat scenario={route.scenario} onLeave={home} />;
    case 'join':
      return <Join matchID={route.matchID} />;
    case 'match':
      return <MatchScreen matchID={route.matchID} seat={route.seat} />;
    case 'replay':
      return <ReplayScreen matchID={route.matchID} onLeave={home} />;
    case 'notFound':
      return <NotFound />;
  }
};

/** The browser tab's title per screen, so history and screen readers tell screens apart. */
const useTitle = (route: Route) => {
  const t = useT();
  useEffect(() => {
    const screen = route.name === 'home' || route.name === 'notFound' ? undefined : t(`app.screen.${route.name}` as const);
    globalThis.document.title = screen ? `${screen} · ${t('app.title')}` : t('app.title');
  }, [route, t]);
};

export const App = () => {
  const t = useT();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  useTitle(route);
  const board = BOARD_ROUTES.includes(route.name);
  // A new screen: focus its main region, so keyboard and screen-reader users start at the top of it.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [route.name]);
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      {/* The one main landmark of every page, the board's included. */}
      <main id="main" ref={main} tabIndex={-1} className={board ? 'app-main app-main--board' : 'app-main'}>
        <Suspense fallback={<Loading />}>
          <Screen route={route} />
        </Suspense>
      </main>
    </>
  );
};
