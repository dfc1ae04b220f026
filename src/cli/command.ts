/** What a CLI command sees: its arguments and a small I/O surface, so commands are testable without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  /** Writes to stdout as is, no newline added: a large answer goes out in pieces (see printJson). */
  write?: (chunk: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
  /** Writes a file (`--out`); left out where a command has nowhere to write. */
  writeFile?: (path: string, text: string) => void;
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

/** Thrown when an input file cannot be read at all; main exits 3, so scripts tell it from a usage mistake. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A file's text, or an InputError naming the file and why it cannot be read. */
export function readInput(io: CliIo, path: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
