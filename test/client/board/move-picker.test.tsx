// @vitest-environment jsdom
// Moves: only legalActions are offered, each with its Approval cost; the
// choice goes to moves.chooseAction with the action and an optional signal;
// once chosen, the seat waits for the other side.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { actionSpec } from '../../../game/actions';
import { legalActions } from '../../../game/legal';
import { Board } from '../../../src/client/board/Board';
import { advanceTo, edit, play, quietMatch } from '../../game/helpers';
import { boardProps, renderIn } from './fixtures';

afterEach(cleanup);

const choosing = () => advanceTo(quietMatch(), 'moves');

const actionGroup = () => screen.getByRole('radiogroup', { name: 'Action' });

describe('move picker', () => {
  it('offers exactly the legal action types, each with its explanation and cost', () => {
    const match = choosing();
    renderIn(<Board {...boardProps(match, 'jp')} />);
    const names = within(actionGroup())
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('aria-labelledby') && document.getElementById(radio.getAttribute('aria-labelledby') ?? '')?.textContent);
    const legalTypes = [...new Set(legalActions(match.G, 'jp').map((a) => a.type))];
    expect(names).toEqual(legalTypes.map((type) => actionSpec('jp', type)?.name.en));
    const sell = within(actionGroup()).getByRole('radio', { name: 'Sell Treasuries' });
    expect(sell.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Approval cost 2–14')).toBeTruthy();
    expect(screen.getByText(actionSpec('jp', 'sellTreasuries')?.explain.en ?? '')).toBeTruthy();
  });

  it('leaves out what Approval cannot pay for', async () => {
    const user = userEvent.setup();
    const match = choosing();
    const poor = { ...match, G: edit(match.G, (d) => void (d.board.jpApproval = 5)) };
    renderIn(<Board {...boardProps(poor, 'jp')} />);
    await user.click(within(actionGroup()).getByRole('radio', { name: 'Sell Treasuries' }));
    const intensity = screen.getByRole('radiogroup', { name: 'Intensity' });
    const offered = within(intensity).getAllByRole('radio').map((r) => r.closest('label')?.textContent);
    expect(offered).toEqual(['Sell $25B of TreasuriesApproval cost 2', 'Sell $50B of TreasuriesApproval cost 4']);
    // Retaliating costs at least 2: +5 points is offered, +10 (4) too, +25 (8) is not.
    await user.click(within(actionGroup()).getByRole('radio', { name: 'Retaliatory tariff' }));
    const steps = within(screen.getByRole('radiogroup', { name: 'Intensity' })).getAllByRole('radio');
    expect(steps).toHaveLength(2);
  });

  it('submits the chosen action, without a signal by default', async () => {
    const user = userEvent.setup();
    const props = boardProps(choosing(), 'jp');
    renderIn(<Board {...props} />);
    await user.click(within(actionGroup()).getByRole('radio', { name: 'Sell Treasuries' }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'Intensity' })).getByRole('radio', { name: /Sell \$100B/ }));
    expect(screen.getByText('You will: Sell $100B of Treasuries (Approval cost 8).')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirm move' }));
    expect(props.moves.chooseAction).toHaveBeenCalledTimes(1);
    expect(props.moves.chooseAction.mock.calls[0]).toEqual([{ type: 'sellTreasuries', amount: 100 }]);
  });

  it('submits a signal with the action when one is picked', async () => {
    const user = userEvent.setup();
    const props = boardProps(choosing(), 'us');
    renderIn(<Board {...props} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'If Japan does…' }), 'sellTreasuries');
    await user.selectOptions(screen.getByRole('combobox', { name: '…I will:' }), 'raiseTariff');
    expect(screen.getByText(/If you choose “Sell Treasuries”, I answer with “Raise a tariff” \(a threat\)/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirm move' }));
    expect(props.moves.chooseAction.mock.calls[0]).toEqual([{ type: 'standPat' }, { trigger: 'sellTreasuries', response: 'raiseTariff' }]);
  });

  it('once chosen, shows the choice and waits for the other side, with nothing left to press', () => {
    const match = choosing();
    play(match, 'us', 'chooseAction', { type: 'raiseTariff', line: 'auto', step: 10 });
    renderIn(<Board {...boardProps(match, 'us')} />);
    expect(screen.getByText('Raise the auto tariff by 10 points')).toBeTruthy();
    expect(screen.getByRole('status', { name: '' }).textContent).toMatch(/Waiting for the other side/);
    expect(screen.queryByRole('button', { name: 'Confirm move' })).toBeNull();
    cleanup();
    // Japan cannot see what the US chose, and still chooses.
    renderIn(<Board {...boardProps(match, 'jp')} />);
    expect(screen.queryByText('Raise the auto tariff by 10 points')).toBeNull();
    expect(screen.getByRole('button', { name: 'Confirm move' })).toBeTruthy();
  });

  it('warns when a move would break a pledge of ours', async () => {
    const user = userEvent.setup();
    const match = advanceTo(quietMatch(), 'talks');
    play(match, 'us', 'propose', { usAutoTariff: 20 }, false);
    play(match, 'jp', 'accept', match.G.talks.open?.id);
    advanceTo(match, 'moves');
    renderIn(<Board {...boardProps(match, 'us')} />);
    await user.click(within(actionGroup()).getByRole('radio', { name: 'Raise a tariff' }));
    const autoRaise = within(screen.getByRole('radiogroup', { name: 'Intensity' })).getByRole('radio', { name: /Raise the auto tariff by 5 points/ });
    expect(autoRaise.closest('label')?.textContent).toMatch(/Breaks one of your pledges/);
  });
});
