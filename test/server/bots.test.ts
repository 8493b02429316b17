// Bot seats think on a thread of their own: while a Hard bot searches, the
// server's event loop (every other match's sockets) stays free.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { applyHeadless } from '../../game/headless';
import { playerView } from '../../game/view';
import { createBotRunner } from '../../src/server/bots';
import { advanceTo, quietMatch } from '../game/helpers';

describe('bot seats', () => {
  it('a Hard decision is made off the event loop, from the seat’s own view, and is legal', async () => {
    const runner = createBotRunner();
    try {
      const match = advanceTo(quietMatch(), 'moves');
      const view = playerView({ G: match.G, playerID: '1' });
      const before = performance.eventLoopUtilization();
      const decision = await runner.decide({ matchID: 'm1', seat: '1', strength: 'hard', view, phase: 'moves', side: 'jp' });
      const busy = performance.eventLoopUtilization(before);
      // The search takes a good while, and this thread spent it waiting, not searching
      // (on the event loop itself the utilisation would be close to 1).
      expect(busy.idle + busy.active).toBeGreaterThan(20);
      expect(busy.utilization).toBeLessThan(0.5);
      expect(applyHeadless(match, 'jp', decision)).toBe(true);
      // The same seat decides the same from the same view (seeded by its match and seat).
      const again = await runner.decide({ matchID: 'm1', seat: '1', strength: 'hard', view, phase: 'moves', side: 'jp' });
      expect(again).toEqual(decision);
    } finally {
      await runner.stop?.();
    }
  });
});
