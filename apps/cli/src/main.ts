import 'reflect-metadata';
import { ConfigError } from '@vl/config';
import { followBalancesCommand } from './commands/follow-balances.command.js';
import { integrityCommand } from './commands/integrity.command.js';
import { rebuildCommand } from './commands/rebuild.command.js';
import { tokenCommand } from './commands/token.command.js';
import { verifyCertificateCommand } from './commands/verify-certificate.command.js';

interface CliCommand {
  readonly summary: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, CliCommand> = {
  token: tokenCommand,
  rebuild: rebuildCommand,
  'verify-integrity': integrityCommand,
  'follow-balances': followBalancesCommand,
  'verify-certificate': verifyCertificateCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(18)} ${command.summary}`);
  return `volunteer-ledger operator commands\n\nUsage: npm run cli -- <command> [options]\n\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    process.stdout.write(usage());
    return name === undefined || name === '--help' || name === 'help' ? 0 : 2;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
