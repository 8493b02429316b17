// Registers server-load-trivial-hooks.mjs (node --import this file).
import { register } from 'node:module';

register('./server-load-trivial-hooks.mjs', import.meta.url);
