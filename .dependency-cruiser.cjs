// The architecture, enforced: no import cycles, and imports run one way
// (cli/server/client -> bot -> game; game imports nothing of ours and no Node API).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles make modules impossible to read or test in isolation.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'game-imports-nothing-of-ours',
      severity: 'error',
      comment: 'game/ is the rules module: client, server, bot and tests import it, never the reverse.',
      from: { path: '^game/' },
      to: { path: '^(src|test)/' },
    },
    {
      name: 'game-is-portable',
      severity: 'error',
      comment: 'game/ runs in the browser and the server alike: no Node APIs.',
      from: { path: '^game/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'bot-imports-game-only',
      severity: 'error',
      comment: 'bot/ is pure TypeScript on top of the rules; it knows nothing of the cli, server or client.',
      from: { path: '^src/bot/' },
      to: { path: '^src/(cli|server|client)/' },
    },
    {
      name: 'bot-is-portable',
      severity: 'error',
      comment: 'bots run in the browser too: no Node APIs.',
      from: { path: '^src/bot/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'nothing-imports-the-client',
      severity: 'error',
      comment: 'The client is a leaf: nothing on the server or in the rules may pull React in.',
      from: { path: '^(game|src/(bot|cli|server))/' },
      to: { path: '^src/client/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
