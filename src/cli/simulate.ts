// `npm run simulate -- --games N --seed S --us STRATEGY --jp STRATEGY [--json] [--scenario ID]`
// Plays seeded matches between two strategies and prints how they ended.
// Exit codes: 0 done, 1 a strategy or the rules failed, 2 bad input.
import { USAGE, parseSimulateArgs } from './sim/args';
import { progressBar } from './sim/progress';
import { formatTable, toJson } from './sim/report';
import { runSimulation } from './sim/run';
import { StrategyError, UsageError } from './sim/types';

const main = async (): Promise<number> => {
  const parsed = parseSimulateArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  const { options } = parsed;
  const progress = progressBar(process.stderr, options.progress);
  try {
    const summary = await runSimulation(options, { onGame: (done, total) => progress.update(done, total) });
    progress.finish();
    console.log(options.json ? toJson(summary) : formatTable(summary));
  } catch (error) {
    progress.finish();
    throw error;
  }
  return 0;
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`simulate: ${error.message}\nRun "npm run simulate -- --help" for the options.`);
      process.exitCode = 2;
    } else if (error instanceof StrategyError) {
      console.error(`simulate: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error(`simulate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    }
  },
);
