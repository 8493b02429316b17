import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property tests play hundreds of full games; give them room on a 2-core CI machine.
    testTimeout: 60_000,
  },
});
