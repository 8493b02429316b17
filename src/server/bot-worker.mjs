// The bot thread's entry: worker threads on Node 20 do not take tsx from
// execArgv, so register it here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./bot-worker.ts');
