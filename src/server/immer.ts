// boardgame.io runs every move through immer, which by default deep-freezes
// each new state: about 0.14 ms of a real move's 2.2 ms of server CPU. The
// server never mutates a state (nor does boardgame.io), so a production server
// skips the freeze. Tests and development keep it, so that a mutation (which
// would corrupt the LMDB store's cache of decoded states) still throws there.
// boardgame.io's CommonJS build requires immer's CommonJS build: set the flag
// on that instance (an ESM import could load a second, separate copy).
import { createRequire } from 'node:module';

type Immer = { setAutoFreeze(value: boolean): void };

export const skipImmerFreezeInProduction = (env: Readonly<Record<string, string | undefined>> = process.env): boolean => {
  if (env.NODE_ENV !== 'production') return false;
  (createRequire(import.meta.url)('immer') as Immer).setAutoFreeze(false);
  return true;
};
