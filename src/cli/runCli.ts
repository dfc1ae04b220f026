import { commands } from './commands';
import { InputError, UsageError, type CliIo } from './command';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Trustscope: evaluate AWS IAM policies and trust chains from the command line.',
    '',
    'Usage: npm run --silent cli -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run a command with --help for its options.',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${helpText()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(error.message);
      return 3;
    }
    throw error;
  }
}
