// The deal space with full information (npm run deal-space): neither side
// owns the deals on the table. With a Japanese card that any deal met
// (No snapback, before issue 8), Japan won 73% of the bundles both sides
// gained from in the 2025 scenario, and equal bots could not bargain evenly.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../game/scenarios';
import { dealSpace } from '../../src/cli/agendas/deal-space';

describe('deal space', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: each side wins at least a third of the deals both sides gain from`, () => {
      const space = dealSpace(scenario.id, 30);
      const decided = space.wins.us + space.wins.jp;
      expect(decided).toBeGreaterThan(0);
      expect(decided).toBeLessThanOrEqual(space.bundles);
      expect(space.wins.us / decided).toBeGreaterThanOrEqual(1 / 3);
      expect(space.wins.jp / decided).toBeGreaterThanOrEqual(1 / 3);
    });
  }

  it('is the same on every run (seeded)', () => {
    expect(dealSpace('2025-pause', 3, 7)).toEqual(dealSpace('2025-pause', 3, 7));
  });
});
