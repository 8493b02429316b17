// @vitest-environment jsdom
// The indicators: values formatted per locale, the change since the last round
// signed and arrowed, and each chart's text alternative stating the trend.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Indicators } from '../../../src/client/board/Indicators';
import type { GameState } from '../../../game/state';
import { playerView } from '../../../game/view';
import { advanceTo, play, playRound, quietMatch } from '../../game/helpers';
import { renderIn } from './fixtures';

afterEach(cleanup);

const row = (id: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(`[data-indicator="${id}"]`);
  if (!el) throw new Error(`no row for ${id}`);
  return el;
};

const afterASale = (): GameState => {
  const match = quietMatch();
  playRound(match, [{ type: 'standPat' }], [{ type: 'sellTreasuries', amount: 100 }]);
  // The review step of round 1: the board is the end of the round.
  return playerView({ G: match.G, playerID: '0' });
};

describe('Indicators', () => {
  it('shows the starting board in English formats', () => {
    const G = advanceTo(quietMatch(), 'talks').G;
    renderIn(<Indicators G={G} />);
    expect(within(row('yield10y')).getByText(/^4\.\d\d%$/)).toBeTruthy();
    expect(within(row('usdjpy')).getByText(/^¥1\d\d\.\d$/)).toBeTruthy();
    expect(within(row('holdings')).getByText('$1,131B')).toBeTruthy();
    expect(within(row('usBaselineTariff')).getByText('10%')).toBeTruthy();
    expect(within(row('usAutoTariff')).getByText('25%')).toBeTruthy();
    expect(within(row('balance')).getByText(/^-\$\d+(\.\d)?B$/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Indicators' })).toBeTruthy();
  });

  it('shows money in Japanese units and the same percentages in Japanese', () => {
    const G = advanceTo(quietMatch(), 'talks').G;
    renderIn(<Indicators G={G} />, 'ja');
    expect(within(row('holdings')).getByText('1兆1308億ドル')).toBeTruthy();
    expect(within(row('jpExports')).getByText('1482億ドル')).toBeTruthy();
    expect(within(row('usBaselineTariff')).getByText('10%')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '指標' })).toBeTruthy();
  });

  it('signs and arrows the change since the last round, and states the trend in the chart text', () => {
    const G = afterASale();
    renderIn(<Indicators G={G} />);
    const yieldRow = row('yield10y');
    const change = yieldRow.querySelector('.ind__change');
    expect(change?.textContent).toMatch(/^▲ \+0\.\d\d since last round$/);
    expect(within(row('holdings')).getByText('$1,031B')).toBeTruthy();
    expect(row('holdings').querySelector('.ind__change')?.textContent).toMatch(/^▼ -\$100B since last round$/);
    const chart = within(yieldRow).getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(/^US 10-year yield: from 4\.\d\d% at the start to 4\.\d\d% now, up \(\+0\.\d\d\)\.$/);
    expect(within(row('holdings')).getByRole('img', { name: /Japan's Treasury holdings: from \$1,131B at the start to \$1,031B now, down/ })).toBeTruthy();
    // The picture itself is hidden from assistive technology: the label says it all.
    expect(chart.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('a news card moves the board within the round: the chart gains a point for now', () => {
    const match = quietMatch();
    advanceTo(match, 'talks');
    play(match, 'us', 'endTalks');
    renderIn(<Indicators G={match.G} />);
    // The quiet week eased Stress before any round ended: start -> now.
    expect(within(row('stress')).getByRole('img').getAttribute('aria-label')).toMatch(/down/);
  });
});
