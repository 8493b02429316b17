// Node module hooks for the bench's baseline run: when the server's modules
// (src/server/) import the rules (game/index), they get the trivial game
// instead (server-load-trivial-game.ts). Loaded with
// `node --import tsx --import ./src/cli/bench/server-load-trivial-register.mjs`.
// TODO(#6): a `game` option on createGameServer would make this unnecessary.
const TRIVIAL = new URL('./server-load-trivial-game.ts', import.meta.url).href;
const RULES = /(^|\/)game\/index(\.ts)?$/;

export async function resolve(specifier, context, nextResolve) {
  if (context.parentURL?.includes('/src/server/') && RULES.test(specifier)) return nextResolve(TRIVIAL, context);
  return nextResolve(specifier, context);
}
