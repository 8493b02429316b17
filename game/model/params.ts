// The one parameter file of the economic model. Every number names its source
// (a row of shared/design/CALIBRATION.md, "CAL: <table> / <row>", or another
// published figure) and how it was scaled to a 10-day round. "Design" marks a
// game-design choice with no published counterpart; docs/model.md lists them.

// One round of the game is 10 days (a scenario's daysPerRound): per-round rates
// below (fades, drifts, drags) are sized for that; $B figures are annual rates.

export const PARAMS = {
  treasurySales: {
    // CAL: Suggested magnitudes / "Japan sells $50B": 10Y +20 to +30 bp at once.
    // Beltran et al. (IFDP 1041): $100B less official buying in a month moves
    // 5Y yields +40 to +60 bp; halved for a 10Y and doubled for outright selling
    // (Warnock & Warnock via NBER Digest) gives about 0.5 bp per $B in calm markets.
    bpPerBillion: 0.42,
    // CAL: same row, "fading toward +10 bp" of +25: 40% of the move is lasting.
    lastingShare: 0.4,
    // CAL: FX intervention "half fades each round" applied to the yield too: the
    // private-investor response in Beltran et al. comes within weeks.
    fadePerRound: 0.5,
    // Design, after GAME.md "calm markets absorb a $25B sale; a panicking one turns
    // $100B into a crisis": price impact grows with Stress, x(1 + amp * (stress/100)^2).
    stressAmplification: 3,
    // Design: a share of the dollars from a sale is brought home as yen, pushing the
    // yen up as an intervention of that size would (see fx.yenAt40).
    repatriatedShare: 0.5,
    // Design: Market Stress points per $B sold, before amplification: $100B in calm
    // markets adds 8 points directly and about 24 with the yield and yen moves it
    // causes; at Stress 80, $100B ends the game (docs/model.md section 16).
    stressPerBillion: 0.08,
  },
  treasuryPurchases: {
    // Mirror of sales at half strength: buying is reassurance, not a shock (design).
    bpPerBillion: -0.2,
    stressPerBillion: -0.06,
  },
  fx: {
    // CAL: FX intervention, 29 Apr 2024 ($41B, 160.24 to below 155) and 11-12 Jul
    // 2024 ($36B, 161.76 to 157.30): about 5 yen for $40B at once.
    yenAt40: 5,
    // The response is concave, the first dollars moving the yen most: the episodes
    // move it 4 to 6 yen whatever their size (CAL: 22 Sep 2022, ¥2.8T = about $20B,
    // above 145 to the low 140s; 1 May 2024, ¥3.87T = about $25B, 157.5 to below
    // 154; 21 Oct 2022, ¥5.6T = about $38B, 151.94 to about 146). Yen moved =
    // yenAt40 * (X / 40)^concavity: $20B 4.2, $40B 5, $80B 5.9 (fitted, design).
    concavity: 0.25,
    // CAL: "much of it fades within weeks unless fundamentals agree": half a round.
    fadePerRound: 0.5,
    // Design: the yen is a haven; each Stress point gained strengthens it by this much.
    havenYenPerStress: -0.06,
    // Design: a "currency manipulator" label pushes the yen up by this much, lasting.
    // Like any yen move it adds Stress (stress.perYenMoved), charged to the US.
    manipulatorLabelYen: -3,
    // The round's new move saturates: m -> M * tanh(m / M), M this share of the
    // price, so no round moves it by M or more and three rounds by under 1.75 M
    // (the fading part halves each round). Largest moves on record (secondary,
    // press): week of 5-9 Oct 1998, LTCM unwind, 135.50 to 116.65 (-14%, the
    // largest one-day fall in 25 years on 7 Oct); Oct 1998 about -18% in a month
    // (136 to 112 at the extreme); Oct 2008, 105.32 (3 Oct) to 90.93 (24 Oct),
    // -14% in three weeks, its worst week -8.9%. 10% a round keeps one round
    // inside 1998's worst week and three rounds (17.5%) inside its worst month.
    maxMoveShare: 0.1,
    // Bounds that no episode since 1985 has left (CAL: Plaza Accord 242.5; 2024 161.76).
    min: 70,
    max: 250,
  },
  tariffs: {
    // CAL: Suggested magnitudes / "US tariff +10 pp": Japan's exports to the US -20%
    // in value over a few rounds: 2% of value per tariff point (Fajgelbaum et al.
    // found -32% for targeted imports; Japanese cars 2025 fell about 25%).
    exportElasticity: 0.02,
    // Design: a few rounds to adjust: 35% of the gap closes each round.
    adjustmentPerRound: 0.35,
    // Floor on the export factor so that no tariff wipes out trade entirely (design).
    floor: 0.2,
    // CAL: US goods imports from Japan 2024 $148.2B, of which $52.3B autos and parts.
    autoShare: 52.3 / 148.2,
    // Japan's retaliation hits US goods the same way (symmetry, design).
    retaliationElasticity: 0.02,
    maxUs: 60,
    maxJp: 50,
    // CAL: EO 14257: the suspended "reciprocal" rate is 24%.
    reciprocalRate: 24,
  },
  us: {
    // CAL: Yale Budget Lab: +15.6 pp on the effective rate costs 0.7 pp of 2025
    // growth. Japan is 4.5% of US imports (CAL: Suggested magnitudes), so one point
    // on all of Japan's goods is 0.045 points of effective rate: 0.7 / 15.6 * 0.045
    // = 0.002% of output, the suggested "-0.02 pp for +10 pp" (the long-run -0.4%
    // gives half). A point on one line counts by that line's share of the trade
    // (tariffs.autoShare): the baseline line does not cover autos and parts.
    economyPerTariffPoint: (-0.7 / 15.6) * 0.045,
    // Design, order of magnitude of FRB/US-type simulations: +100 bp on the 10Y costs
    // about 0.5% of output within a year; mortgages, car loans and equities price off it.
    economyPerYieldPoint: -0.5,
    // CAL: US interest sensitivity, CBO arithmetic: $28.2T of debt x 1 pp = $280B a
    // year once all of it has repriced.
    interestBillPerYieldPoint: 280,
    // Only the debt that matures reprices. Bills are about a fifth of marketable
    // debt and most mature within 13 weeks; with the notes and bonds falling due,
    // about 15% of the debt reprices within 90 days (US Treasury, Monthly Statement
    // of the Public Debt, 2025: secondary, rounded; design). Per 10-day round that is
    // 1 - 0.85^(1/9) = 1.8% of the gap between the bill and the run-rate at today's
    // yield: a sustained +10 bp costs $4B a year by day 90 (not $28B), and +1 pp
    // $134B a year after a year, inside CBO's $130-190B ten-year average (CAL:
    // +1 pp is +$1.3-1.9T over 10 years). The weighted average maturity of about 6
    // years (jp.portfolioDuration) is the long tail this leaves out.
    debtRepricedPerRound: 1 - 0.85 ** (1 / 9),
    // BEA: US GDP about $29,000B (2024), to read $B as a share of output.
    gdp: 29_000,
    // An export shortfall of $1B is 0.0034% of output (one for one: Fajgelbaum et al.
    // found US exporters did not absorb the retaliation in prices).
    economyPerExportBillion: 100 / 29_000,
  },
  jp: {
    // IMF WEO Apr 2025: Japan's 2024 GDP about $4.0T (GAME.md: holdings are "a
    // quarter of its GDP"): $1B of output is 0.025% of it. A lost export dollar is
    // not a lost dollar of output: about 85% of Japan's gross exports is domestic
    // value added (OECD TiVA, secondary), and in 2025 exporters absorbed the tariff
    // in prices (CAL: Japanese cars, export value -24.7% / -26.7% with volume -3.9% /
    // +3.4%): a price cut is a margin lost, not output. Design: 60% of the fall in
    // value is volume; 0.85 * 0.6 = 0.51 of a dollar. Checked against the 2025
    // forecasts (docs/model.md section 16): the snapback to 24% costs 0.3-0.45%.
    economyPerExportBillion: (100 / 4_000) * 0.85 * 0.6,
    // IMF WEO Apr 2025, as above, to read $B as a share of output.
    gdp: 4_000,
    // CAL: Toyota: ¥1 stronger costs ¥45B of operating profit; scaled to all exporters
    // (about eight Toyotas, design) that is about $2.5B a year, 0.06% of output.
    economyPerYenStronger: -0.06,
    // US Treasury: weighted average maturity of marketable debt about 6 years, so a
    // 1 pp rise in yields costs about 6% of a portfolio's value.
    portfolioDuration: 6,
    // Retaliation makes Japan's buyers pay (CAL: Amiti et al., Fajgelbaum et al.:
    // complete pass-through): a point on $87.7B of US goods is $0.88B a year, 0.022%
    // of Japan's output. Output falls by the share of the tariff paid that Yale finds
    // for the US: 0.7/15.6 = 0.045% of output per point on imports of 11.3% of GDP
    // (US goods imports 2024 about $3,270B, Census, secondary; GDP $29,000B), 0.40
    // of the tariff paid. So 0.0088% a point, 0.44% for
    // 50% (was 0.25%; buyers pay 1.1%, the upper bound).
    economyPerTariffPoint: ((-0.7 / 15.6) * (87.7 / 4_000)) / (3_270 / 29_000),
    // Investment abroad is a capital flow, not lost output; its cost is the home
    // investment it displaces (design: 0.02% of output per $100B pledged). Purchase
    // commitments divert about a tenth of their value from cheaper suppliers
    // (design): $1B a year costs 0.1 / 4,000 of output = 0.0025%.
    economyPerInvestmentBillion: -0.0002,
    economyPerPurchaseBillion: -0.0025,
    // Auto export restraint (1981 VER, design): autos exports held 10% lower.
    autoRestraintShare: 0.1,
    // Hedging toward China: new trade lifts output a little, the alliance pays (design).
    economyPerHedgeLevel: 0.1,
    // Japan can hedge in steps up to this level; beyond it the alliance would be over (design).
    chinaHedgeMax: 4,
  },
  economy: {
    // Design: output closes half the gap to the level today's conditions imply each
    // round (10 days), so a shock shows within a round and fully within a month.
    adjustmentPerRound: 0.5,
  },
  stress: {
    // Design: Market Stress relaxes by this share each round toward its calm level.
    calm: 15,
    relaxPerRound: 0.15,
    // Design: a rise in the 10Y and sharp yen moves feed Stress, charged to the side
    // whose action moved the price (the manipulator label's yen move included).
    perYieldPoint: 25,
    perYenMoved: 0.6,
    // Design: each tariff point added (either side) and each escalation step. The
    // label's own 2.2 and its 3-yen move (0.6 * 3 = 1.8) make the +4 of docs/rules.md.
    perTariffPoint: 0.35,
    endPause: 6,
    labelManipulator: 2.2,
    pressSecurity: 2,
    hedgeChina: 3,
    breach: 6,
    // Above this, Stress drags both economies (financial conditions tighten).
    dragThreshold: 40,
    economyPerPointAbove: -0.02,
    crisisLevel: 100,
  },
  approval: {
    // Design: approval drifts back toward where it started by this share a round,
    // so a news cycle (a month, three rounds) forgets about a quarter of a shock.
    relaxPerRound: 0.1,
    // Design, after GAME.md: tariffs give the US a short-term "tough on trade" lift
    // and a slow price-level drag.
    usLiftPerTariffPoint: 0.3,
    // The drag: buyers pay the tariff (CAL: Amiti et al., Fajgelbaum et al.: complete
    // pass-through; +10 pp on all of Japan's goods is about $15B a year), Approval
    // falls by this much a round per 1% of GDP they pay, from the round after the
    // rise (prices take time), for Japan's buyers under its retaliation alike. With
    // the drift home (relaxPerRound) it settles at ten times this. Sized on 2025:
    // the April tariffs (Yale: +15.6 pp, about $510B a year, 1.8% of GDP) came with
    // a US presidential approval about 4-6 points lower by May (Gallup, secondary):
    // 0.5 * 1.8 for nine rounds is -5.5. +10 pp on Japan alone is 0.05% of GDP: tiny.
    perBuyersCostPerRound: -0.5,
    // Retaliation is aimed at politically visible goods: China's 2018 tariffs on US
    // farm goods hurt farm states enough that USDA paid them $12B of aid that year
    // (Market Facilitation Program). Design: each point of Japan's retaliatory
    // tariff costs the US this much Approval a round, like its own price drag.
    usDragPerRetaliationPointPerRound: -0.05,
    // Each 1% of output lost costs this much approval (design).
    perEconomyPoint: 6,
    // Design: the 10Y is a headline in the US; each pp above start costs this much a
    // round (settling at ten times this with the drift home: -30 per pp, was -60).
    usPerYieldPoint: -3,
    // Polls do not fall without bound: a fall in a round shrinks with the room left
    // above a soft floor (and a rise with the room below a ceiling), so Approval
    // only nears them. Gallup's lowest presidential approvals in 80 years: Truman
    // 22% (Feb 1952), Nixon 24% (1974), G. W. Bush 25% (Oct 2008); highest, after
    // rallies, 89-90% (1991, 2001). Japanese cabinets below 20% are in crisis and
    // fall within weeks (Takeshita 1989, Mori 2001: single digits in some polls;
    // secondary). Floors 20 (US) and 15 (Japan); ceiling 80 (design).
    softFloor: { us: 20, jp: 15 },
    softCeiling: 80,
    // Japan: standing up to pressure gives a short lift (design).
    jpLiftRetaliation: 1.5,
    jpLiftSale: 1,
    // Deals: what each term costs or earns the side that gives or gets it (design).
    usPerInvestment100: 2,
    usPerPurchase10: 1.5,
    usForRice: 3,
    usForAutoRestraint: 2,
    usForYenAccord5: 1,
    usPerTariffPointGiven: -0.25,
    jpPerTariffPointWon: 0.4,
    jpForRice: -6,
    jpForAutoRestraint: -3,
    jpPerInvestment100: -0.5,
    jpForYenAccord5: -2,
    jpForReassurance: 3,
    jpForDroppedComplaint: 2,
    usForPressSecurity: 1,
    jpFromPressSecurity: -2,
    jpFromLabel: -3,
    dealBonus: 2,
  },
  /** Bold moves cost Approval; a side without enough cannot take them (design). */
  approvalCost: {
    raiseTariff: { 5: 1, 10: 3, 25: 7 },
    cutTariff: { 5: 1, 10: 2, 25: 4 },
    endPause: 8,
    extendPause: 4,
    labelManipulator: 4,
    pressSecurity: { 1: 2, 2: 5 },
    sellTreasuries: { 25: 2, 50: 4, 100: 8, 200: 14 },
    buyTreasuries: { 25: 0, 50: 1 },
    intervene: { 20: 1, 40: 2, 80: 4 },
    retaliate: { 5: 2, 10: 4, 25: 8 },
    hedgeChina: { 1: 2, 2: 5 },
  },
  /** Alliance Trust (0-100). Design throughout: no published index exists. */
  trust: {
    // Pressing an ally on its defence budget, or courting its rival, costs most.
    pressSecurity: { 1: -4, 2: -9 },
    hedgeChina: { 1: -5, 2: -10 },
    labelManipulator: -5,
    // Dumping the ally's bonds: $100B costs 4 points, the $200B nuclear option 8.
    sellPerBillion: -0.04,
    breach: -10,
    deal: 4,
    reassurance: 8,
    // Trust heals slowly, half as fast as Approval: 5% of the gap a round.
    relaxPerRound: 0.05,
  },
  credibility: {
    // CAL: Hashimoto 1997, "a very empty threat": a threat not carried out costs
    // its maker's credibility; carrying one out earns some back (design sizes).
    kept: 8,
    broken: -15,
    breach: -20,
    // A signal stays live this many rounds waiting for its trigger.
    signalLifetime: 3,
  },
  threats: {
    // CAL: Hashimoto 1997: a sale threat moved the 10Y 0 to +5 bp and the Dow -2.5%
    // once; scaled by the maker's Credibility (100 = fully believed).
    saleThreatBp: 5,
    // -2.5% on equities read as US approval points at full credibility (design).
    opponentApproval: -2.5,
    // Design: a believed threat unsettles markets a little, a fifth of a sale's worth.
    stress: 2,
    // CAL: Hashimoto 1997, "less each time it is not carried out": each re-posting
    // of a threat never tested keeps this share of the last one's force (design size).
    repostForce: 0.5,
  },
  deals: {
    // Design: an accepted deal calms markets this many Stress points.
    stressRelief: -6,
  },
  /**
   * Points per unit of each part of a side's outcome against the no-war baseline
   * (design). The weights make 1% of output (10 points) worth as much as 25
   * points of Approval, $200B a year of US interest or $200B of Japan's portfolio.
   */
  scoring: {
    economyPerPoint: 10, // per 1% of output
    approvalPerPoint: 0.4, // per approval point
    usFiscalPerBillion: -0.05, // per $B a year on the interest bill
    jpPortfolioPerBillion: 0.05, // per $B of portfolio gain or loss
    agendaBonus: 6, // per secret agenda met: a good deal's worth
    crisisPenalty: -25, // both sides, when Stress reaches 100
    crisisTipperExtra: -15, // more for the side whose choice tipped it (GAME.md)
    drawMargin: 0.5, // scores closer than this are a draw
    // Design: before any ending is scored, the markets run this many rounds on
    // their own, so fading price moves are gone (a half-life of one round leaves
    // 1/16) and output has followed them: a gain whose cost comes after the game
    // is not scored as a gain.
    settleRounds: 4,
  },
} as const;

/** Widened: a stored match's parameters are numbers, not the literals of today's file. */
type Widen<T> = T extends number ? number : T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
export type Params = Widen<typeof PARAMS>;
