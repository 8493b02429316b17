// `npm run simulate -- --games N --seed S --us STRATEGY --jp STRATEGY [--json] [--scenario ID]`
// `npm run simulate -- --matrix [--games N] [--seed S] [--json] [BOT_MODULE...]`
// Plays seeded matches between two strategies, or every strategy against
// every other, and prints how they ended.
// Exit codes: 0 done, 1 a strategy or the rules failed, 2 bad input.
import { USAGE, parseSimulateArgs } from './sim/args';
import { runMatrix } from './sim/matrix';
import { formatMatrix, matrixJson } from './sim/matrix-report';
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
  const progress = progressBar(process.stderr, parsed.options.progress);
  const hooks = { onGame: (done: number, total: number) => progress.update(done, total) };
  try {
    if (parsed.kind === 'matrix') {
      const summary = await runMatrix(parsed.options, hooks);
      progress.finish();
      console.log(parsed.options.json ? matrixJson(summary) : formatMatrix(summary));
    } else {
      const summary = await runSimulation(parsed.options, hooks);
      progress.finish();
      console.log(parsed.options.json ? toJson(summary) : formatTable(summary));
    }
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
