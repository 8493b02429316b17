// The bench's baseline server: `npm start`'s server (start.ts) serving the
// trivial game (server-load-trivial-game.ts) instead of the real rules.
import type { Game } from 'boardgame.io';
import { startFromEnvironment } from '../../server/start';
import { TRIVIAL_GAME } from './server-load-trivial-game';

await startFromEnvironment({ game: TRIVIAL_GAME as Game });
