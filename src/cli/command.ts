/** What a CLI command sees: its arguments and a small I/O surface, so commands are testable without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  /** Writes to stdout as is, no newline added: a large answer goes out in pieces (see printJson). */
  write?: (chunk: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run: (args: string[], io: CliIo) => number | Promise<number>;
}

/** Thrown for a mistake in how the command was called; main prints it with the usage line. */
export class UsageError extends Error {
  override name = 'UsageError';
}
