import { validateScenarioText } from '../../model/validateScenario';
import { decodeShareFragment, encodeShareFragment } from '../../share';
import { UsageError, type Command } from '../command';

export const shareCommand: Command = {
  name: 'share',
  summary: 'Print the share-link fragment (#s=…) for a scenario file',
  usage: 'npm run --silent cli -- share FILE',
  run: (args, io) => {
    if (args.length !== 1) throw new UsageError('share takes exactly one FILE');
    const path = args[0] as string;
    let text: string;
    try {
      text = io.readFile(path);
    } catch (error) {
      throw new UsageError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const { scenario, problems } = validateScenarioText(text);
    for (const p of problems) {
      const at = p.range ? `${p.range.start.line}:${p.range.start.column}` : '';
      io.stderr(`${path}:${at}: ${p.severity} at ${p.path}: ${p.message}`);
    }
    if (!scenario) return 1;
    io.stdout(`#${encodeShareFragment({ scenario })}`);
    return 0;
  },
};

export const unshareCommand: Command = {
  name: 'unshare',
  summary: 'Print the scenario (and view) a share link or fragment carries',
  usage: 'npm run --silent cli -- unshare FRAGMENT_OR_URL',
  run: (args, io) => {
    if (args.length !== 1) throw new UsageError('unshare takes exactly one fragment or URL');
    const result = decodeShareFragment(args[0] as string);
    if (!result.ok) {
      io.stderr(`${result.error.kind}: ${result.error.message}`);
      return 1;
    }
    io.stdout(JSON.stringify(result.state, null, 2));
    return 0;
  },
};
