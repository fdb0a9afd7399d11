import 'reflect-metadata';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT } from './cli-errors.js';
import type { ImportHoursCommandOptions } from './commands/import-hours.command.js';
import type { TokenOptions } from './commands/token.command.js';
import { describeFailure } from './describe-failure.js';

// Each command's module is loaded only when it runs, so `--help` and `token` start quickly.
let exitCode: number = EXIT.ok;
const run =
  <Args extends unknown[]>(action: (...args: Args) => Promise<number>) =>
  async (...args: Args): Promise<void> => {
    exitCode = await action(...args);
  };

function wholeNumber(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('a whole number of at most 9 digits');
  return Number(value);
}

function scale(value: string): number {
  const parsed = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !(parsed > 0 && parsed <= 1)) {
    throw new InvalidArgumentError('a number above 0 and at most 1');
  }
  return parsed;
}

function program(): Command {
  const cli = new Command('npm run --silent cli --')
    .description('volunteer-ledger operator commands (exit codes: see the README, "Command line")')
    .exitOverride()
    .showSuggestionAfterError()
    .helpCommand(false);

  cli
    .command('token')
    .description('mint a development token signed with AUTH_JWT_SECRET (or the development default)')
    .requiredOption('--sub <sub>', 'who acts')
    .requiredOption('--roles <roles>', 'comma-separated: volunteer, organizer, school, admin, auditor')
    .requiredOption('--org <id>', "the organisation the roles are bound to ('*' for the system root)")
    .option('--volunteer-id <id>', 'the volunteer a volunteer token acts as')
    .option('--school-id <id>', 'the school a school token acts for')
    .option('--expires-in <duration>', 'lifetime, e.g. 8h or 30m', '8h')
    .action(
      run(async (options: TokenOptions) => {
        const { tokenCommand } = await import('./commands/token.command.js');
        return tokenCommand.run(options);
      }),
    );

  cli
    .command('seed-demo')
    .description(
      'seed the demo city (Zhuzhou 2023: 20,000 volunteers, 1,576 activities) through the deciders; a second run appends nothing',
    )
    .option('--seed <n>', 'the seed: the same seed gives the same events', wholeNumber, 2023)
    .option('--scale <s>', 'a fraction of the city, e.g. 0.02 for a quick try', scale, 1)
    .option('--figures', "print the plan's figures (no writing)")
    .addOption(new Option('--no-project', 'leave the read models to the projector (a running server)'))
    .action(
      run(async (options: { seed: number; scale: number; figures?: boolean; project: boolean }) => {
        const { seedDemoCommand } = await import('./commands/seed-demo.command.js');
        return seedDemoCommand(options);
      }),
    );

  cli
    .command('import-hours')
    .description(
      'import historical hours from a CSV or XLSX file (docs/import.md); all or nothing, a second run appends nothing',
    )
    .argument('<file>', 'the CSV (UTF-8 or GBK) or XLSX file')
    .requiredOption(
      '--source <name>',
      'the system the hours come from; with each record id it makes the import idempotent',
    )
    .option('--dry-run', 'check every row and print the report; write nothing')
    .addOption(
      new Option('--encoding <encoding>', "a CSV's encoding (default: UTF-8 when valid, else GBK)").choices([
        'utf8',
        'gbk',
      ]),
    )
    .option('--org <id>', "import as an administrator of this organisation ('*' for the system root)", '*')
    .addOption(new Option('--no-project', 'leave the read models to the projector (a running server)'))
    .action(
      run(async (file: string, options: ImportHoursCommandOptions) => {
        const { importHoursCommand } = await import('./commands/import-hours.command.js');
        return importHoursCommand(file, options);
      }),
    );

  cli
    .command('rebuild')
    .description('rebuild the read models from position 0 (stop the projector first)')
    .action(
      run(async () => {
        const { rebuildCommand } = await import('./commands/rebuild.command.js');
        return rebuildCommand.run();
      }),
    );

  cli
    .command('verify-integrity')
    .description('verify the ledger: stream revisions, positions, and every balance against a replay')
    .action(
      run(async () => {
        const { integrityCommand } = await import('./commands/integrity.command.js');
        return integrityCommand.run();
      }),
    );

  cli
    .command('follow-balances')
    .description('follow ledger.balances.v1 and print each new balance once, as a JSON line')
    .option('--brokers <list>', 'host:port[,host:port…]', process.env.KAFKA_BROKERS)
    .option('--group <id>', 'the consumer group')
    .option('--prefix <prefix>', 'the topic prefix', process.env.KAFKA_TOPIC_PREFIX)
    .option('--seconds <n>', 'stop after this many seconds')
    .action(
      run(async (options: { brokers?: string; group?: string; prefix?: string; seconds?: string }) => {
        const { followBalancesCommand } = await import('./commands/follow-balances.command.js');
        return followBalancesCommand.run(options);
      }),
    );

  cli
    .command('verify-certificate')
    .description("verify a certificate's signed form offline; exit 0 when the signature holds, 1 when not")
    .argument('<signed-form>', 'the JWS, a file holding it or a saved verification answer, or - for stdin')
    .requiredOption('--jwks <file-or-url>', 'the published key set')
    .action(
      run(async (source: string, options: { jwks: string }) => {
        const { verifyCertificateCommand } = await import('./commands/verify-certificate.command.js');
        return verifyCertificateCommand.check(source, options);
      }),
    );
  return cli;
}

async function main(argv: string[]): Promise<number> {
  const cli = program();
  if (argv.length === 0) {
    process.stdout.write(cli.helpInformation());
    return EXIT.ok;
  }
  try {
    await cli.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    // Commander has already printed its one-line message (or the help it was asked for).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const failure = describeFailure(error);
    process.stderr.write(`error: ${failure.message}\n`);
    if (process.env.VL_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    process.exit(failure.exitCode);
  },
);
