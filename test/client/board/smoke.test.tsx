// @vitest-environment jsdom
// The board renders every step of a real match, for both seats and a spectator, without errors.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Board } from '../../../src/client/board/Board';
import { advanceTo, quietMatch } from '../../game/helpers';
import { boardProps, renderIn } from './fixtures';

afterEach(cleanup);

describe('Board', () => {
  for (const phase of ['talks', 'moves', 'review'] as const) {
    it(`renders the ${phase} step for the US, Japan and a spectator`, () => {
      const match = advanceTo(quietMatch(), phase, 2);
      for (const side of ['us', 'jp', undefined] as const) {
        renderIn(<Board {...boardProps(match, side)} />);
        expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
        cleanup();
      }
    });
  }
});
