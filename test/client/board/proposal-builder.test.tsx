// @vitest-environment jsdom
// Talks: the builder offers only talkOptions' terms, keeps out-of-range and
// unavailable terms from being sent, and sends exactly the chosen terms; an
// incoming proposal can be accepted, countered (prefilled) or rejected.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_TEXT } from '../../../game/problems';
import { TERM_INFO, talkOptions } from '../../../game/talk-options';
import { Board } from '../../../src/client/board/Board';
import { advanceTo, edit, play, quietMatch } from '../../game/helpers';
import { boardProps, renderIn } from './fixtures';

afterEach(cleanup);

const talking = () => advanceTo(quietMatch(), 'talks');

const openBuilder = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: 'Make a proposal' }));
  return screen.getByRole('form', { name: 'Proposal' });
};

describe('proposal builder', () => {
  it('lists exactly the terms of talkOptions, with the reason for each that is off the table', async () => {
    const user = userEvent.setup();
    const match = talking();
    renderIn(<Board {...boardProps(match, 'us')} />);
    const form = await openBuilder(user);
    const options = talkOptions(match.G, 'us');
    const boxes = within(form).getAllByRole('checkbox').filter((box) => !/Comprehensive/.test(box.getAttribute('aria-label') ?? box.parentElement?.textContent ?? ''));
    expect(boxes).toHaveLength(options.amounts.length + options.flags.length);
    for (const option of [...options.amounts, ...options.flags]) {
      const box = within(form).getByRole('checkbox', { name: TERM_INFO[option.key].name.en });
      const off = 'available' in option ? !option.available : option.problem !== undefined;
      expect((box as HTMLInputElement).disabled, option.key).toBe(off);
    }
    // Japan has not been labelled, so there is no complaint to drop: disabled, with the rules' reason.
    const drop = within(form).getByRole('checkbox', { name: TERM_INFO.dropCurrencyComplaint.name.en });
    expect(drop).toHaveProperty('disabled', true);
    expect(screen.getByText(PROBLEM_TEXT.noComplaint.en).id).toBe(drop.getAttribute('aria-describedby'));
  });

  it('sends exactly the chosen terms through moves.propose; out-of-range amounts cannot be sent', async () => {
    const user = userEvent.setup();
    const props = boardProps(talking(), 'us');
    renderIn(<Board {...props} />);
    const form = await openBuilder(user);
    const propose = within(form).getByRole('button', { name: 'Propose' });
    expect(propose).toHaveProperty('disabled', true); // nothing chosen yet

    await user.click(within(form).getByRole('checkbox', { name: TERM_INFO.usBaselineTariff.name.en }));
    const baseline = within(form).getByRole('spinbutton', { name: `Amount: ${TERM_INFO.usBaselineTariff.name.en}` });
    expect(baseline).toHaveProperty('value', '9'); // the smallest cut from 10%
    expect(baseline.getAttribute('max')).toBe('9');

    // A "cut" to 12% is a rise: the rules refuse it, so the builder will not send it.
    await user.clear(baseline);
    await user.type(baseline, '12');
    expect(baseline.getAttribute('aria-invalid')).toBe('true');
    expect(propose).toHaveProperty('disabled', true);
    await user.clear(baseline);
    await user.type(baseline, '5');

    await user.click(within(form).getByRole('checkbox', { name: TERM_INFO.investment.name.en }));
    const investment = within(form).getByRole('spinbutton', { name: `Amount: ${TERM_INFO.investment.name.en}` });
    // Off the $50B grid.
    await user.clear(investment);
    await user.type(investment, '275');
    expect(propose).toHaveProperty('disabled', true);
    await user.clear(investment);
    await user.type(investment, '300');

    await user.click(within(form).getByRole('checkbox', { name: TERM_INFO.securityReassurance.name.en }));
    // Chosen and then dropped: not sent.
    await user.click(within(form).getByRole('checkbox', { name: TERM_INFO.riceOpening.name.en }));
    await user.click(within(form).getByRole('checkbox', { name: TERM_INFO.riceOpening.name.en }));

    expect(propose).toHaveProperty('disabled', false);
    await user.click(propose);
    expect(props.moves.propose).toHaveBeenCalledTimes(1);
    expect(props.moves.propose).toHaveBeenCalledWith({ usBaselineTariff: 5, investment: 300, securityReassurance: true }, false);
  });

  it('marks a proposal comprehensive when asked', async () => {
    const user = userEvent.setup();
    const props = boardProps(talking(), 'jp');
    renderIn(<Board {...props} />);
    const form = await openBuilder(user);
    await user.click(within(form).getByRole('checkbox', { name: TERM_INFO.riceOpening.name.en }));
    await user.click(within(form).getByRole('checkbox', { name: /Comprehensive deal/ }));
    await user.click(within(form).getByRole('button', { name: 'Propose' }));
    expect(props.moves.propose).toHaveBeenCalledWith({ riceOpening: true }, true);
  });

  it('offers no builder when no proposals are left, and says why', () => {
    const match = talking();
    const spent = { ...match, G: edit(match.G, (d) => void (d.talks.made.us = d.rules.proposalsPerRound)) };
    renderIn(<Board {...boardProps(spent, 'us')} />);
    expect(screen.queryByRole('button', { name: 'Make a proposal' })).toBeNull();
    expect(screen.getByText('no proposals left', { exact: false })).toBeTruthy();
  });
});

describe('an incoming proposal', () => {
  const withOffer = () => {
    const match = talking();
    play(match, 'us', 'propose', { usAutoTariff: 20, investment: 400 }, false);
    return match;
  };

  it('can be accepted or rejected by name, and must be answered before ending the talks', async () => {
    const user = userEvent.setup();
    const match = withOffer();
    const id = match.G.talks.open?.id;
    const props = boardProps(match, 'jp');
    renderIn(<Board {...props} />);
    const offer = screen.getByRole('group', { name: 'Proposal from United States' });
    expect(within(offer).getByText('US auto tariff cut to 20%')).toBeTruthy();
    expect(within(offer).getByText('Japan pledges $400B of investment')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End talks' })).toHaveProperty('disabled', true);
    await user.click(within(offer).getByRole('button', { name: 'Accept' }));
    expect(props.moves.accept).toHaveBeenCalledWith(id);
    await user.click(within(offer).getByRole('button', { name: 'Reject' }));
    expect(props.moves.reject).toHaveBeenCalledWith(id);
  });

  it('can be countered from a builder prefilled with its terms', async () => {
    const user = userEvent.setup();
    const match = withOffer();
    const id = match.G.talks.open?.id;
    const props = boardProps(match, 'jp');
    renderIn(<Board {...props} />);
    await user.click(screen.getByRole('button', { name: 'Counter' }));
    const form = screen.getByRole('form', { name: 'Proposal' });
    const investment = within(form).getByRole('spinbutton', { name: `Amount: ${TERM_INFO.investment.name.en}` });
    expect(investment).toHaveProperty('value', '400');
    await user.clear(investment);
    await user.type(investment, '250');
    await user.click(within(form).getByRole('button', { name: 'Send counter' }));
    expect(props.moves.counter).toHaveBeenCalledWith(id, { usAutoTariff: 20, investment: 250 }, false);
  });

  it('is the proposer\'s to withdraw, and nobody else\'s to answer', async () => {
    const user = userEvent.setup();
    const match = withOffer();
    const props = boardProps(match, 'us');
    renderIn(<Board {...props} />);
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(props.moves.withdraw).toHaveBeenCalledWith(match.G.talks.open?.id);
    cleanup();
    renderIn(<Board {...boardProps(match, undefined)} />);
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'End talks' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Your secret agendas' })).toBeNull();
  });
});
