import { readFileSync } from 'node:fs';
import { decodeText } from '../importers';
import type { CliIo } from './command';
import { runCli } from './runCli';

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  write: (chunk) => process.stdout.write(chunk),
  stderr: (text) => process.stderr.write(`${text}\n`),
  // UTF-8, or UTF-16 with a byte-order mark (what Windows PowerShell 5.1 writes with `>`).
  readFile: (path) => decodeText(readFileSync(path)),
};

runCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
