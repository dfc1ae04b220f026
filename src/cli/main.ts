import { readFileSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { decodeText } from '../importers';
import { HELPER, helperPays, runHelper, startHelper, type HelperData } from './analysisHelper';
import type { CliIo } from './command';
import { runCli } from './runCli';

// UTF-8, or UTF-16 with a byte-order mark (what Windows PowerShell 5.1 writes with `>`).
const readFile = (path: string) => decodeText(readFileSync(path));

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  write: (chunk) => process.stdout.write(chunk),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile,
  // This same file runs as the helper thread (below).
  share: (paths) => (helperPays(paths) ? startHelper(new URL(import.meta.url), paths) : undefined),
};

if (!isMainThread && (workerData as HelperData | undefined)?.kind === HELPER)
  runHelper(workerData as HelperData, readFile);
else
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
