// `npm run tournament -- [--games N] [--seed S] [--budget B] [--players a,b] [--json] [BOT_MODULE...]`
// A round robin between the bot's levels, the scripted strategies and any bot
// modules; prints every pairing and Elo-style ratings.
// Exit codes: 0 done, 1 a player or the rules failed, 2 bad input.
import { progressBar } from './sim/progress';
import { StrategyError, UsageError } from './sim/types';
import { USAGE, parseTournamentArgs } from './tournament/args';
import { formatTournament, tournamentJson } from './tournament/report';
import { runTournament } from './tournament/run';

const main = async (): Promise<void> => {
  const options = parseTournamentArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const progress = progressBar(process.stderr, options.progress);
  try {
    const result = await runTournament(options, { onGame: (done, total) => progress.update(done, total) });
    progress.finish();
    console.log(options.json ? tournamentJson(result) : formatTournament(result, options));
  } catch (error) {
    progress.finish();
    throw error;
  }
};

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`tournament: ${error.message}\nRun "npm run tournament -- --help" for the options.`);
    process.exitCode = 2;
  } else {
    console.error(`tournament: ${error instanceof StrategyError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
});
