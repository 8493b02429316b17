// One config for the client build (Vite, React) and the tests (Vitest).
// The client's source and index.html live in src/client; the build lands in
// dist/, which the game server serves (src/server/static.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'src/client',
  publicDir: '../../assets/public',
  plugins: [react()],
  build: {
    outDir: '../../dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  worker: { format: 'es' },
  test: {
    root: '.',
    include: ['test/**/*.test.{ts,tsx}'],
    // Node by default; component tests opt in with a `// @vitest-environment jsdom` first line.
    environment: 'node',
    // Property tests play hundreds of full games; give them room on a 2-core CI machine.
    testTimeout: 60_000,
  },
});
