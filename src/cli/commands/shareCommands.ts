import { validateScenarioText } from '../../model/validateScenario';
import { withDocumentTexts } from '../../model/withDocumentTexts';
import { decodeShareFragment, encodeShareFragment } from '../../share';
import { readInput, UsageError, type Command } from '../command';
import { parseArgs } from '../loadScenario';

export const shareCommand: Command = {
  name: 'share',
  summary: 'Print the share-link fragment (#s=…) for a scenario file',
  usage: 'npm run --silent cli -- share FILE',
  run: (args, io) => {
    if (args.length !== 1) throw new UsageError('share takes exactly one FILE');
    const path = args[0] as string;
    const text = readInput(io, path);
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
  summary:
    'Print the scenario a share link or fragment carries, its typed documents written in (a file share, import and analyze read)',
  usage: 'npm run --silent cli -- unshare FRAGMENT_OR_URL [--with-view]',
  run: (args, io) => {
    const { files: rest, on } = parseArgs(args, [], ['with-view']);
    const withView = on.has('with-view');
    if (rest.length !== 1) throw new UsageError('unshare takes exactly one fragment or URL');
    const result = decodeShareFragment(rest[0] as string);
    if (!result.ok) {
      io.stderr(`${result.error.kind}: ${result.error.message}`);
      return 1;
    }
    const { scenario, unreadable } = withDocumentTexts(result.state.scenario, result.state.texts ?? {});
    const kept = Object.fromEntries(unreadable.map((id) => [id, result.state.texts?.[id] ?? '']));
    for (const id of unreadable)
      io.stderr(
        withView
          ? `${id}: its text in the link is not JSON; it is printed under "texts", and the scenario keeps the document's last value.`
          : `${id}: its text in the link is not JSON, so the scenario keeps the document's last value; --with-view prints the text too.`,
      );
    const out = withView
      ? {
          scenario,
          ...(result.state.view ? { view: result.state.view } : {}),
          ...(unreadable.length > 0 ? { texts: kept } : {}),
        }
      : scenario;
    io.stdout(JSON.stringify(out, null, 2));
    return 0;
  },
};
