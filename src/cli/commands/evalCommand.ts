import { evaluateRequest, loadBundle } from '../../engine';
import { UsageError, type Command } from '../command';
import { readJsonFile } from '../readJsonFile';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Evaluate a request bundle (or a JSON array of them) and print each decision with its trace',
  usage: 'npm run --silent cli -- eval FILE [--no-trace]',
  run: (args, io) => {
    const files = args.filter((a) => !a.startsWith('--'));
    const unknown = args.filter((a) => a.startsWith('--') && a !== '--no-trace');
    if (files.length !== 1 || unknown.length > 0) throw new UsageError('eval takes exactly one FILE');
    const path = files[0] as string;
    const trace = !args.includes('--no-trace');
    const { value, errors } = readJsonFile(io, path);
    if (errors.length > 0) {
      io.stderr(errors.join('\n'));
      return 1;
    }
    const bundles = Array.isArray(value) ? value : [value];
    let failed = false;
    const results = bundles.map((bundle) => {
      const loaded = loadBundle(bundle);
      if (loaded.problems.length > 0 || !loaded.request) {
        failed = true;
        return {
          error: 'The bundle cannot be evaluated',
          problems: loaded.problems.map(({ field, message }) => ({ field, message })),
        };
      }
      const result = evaluateRequest(loaded.request, loaded.inputs, {
        trace,
        ...(loaded.principal ? { principal: loaded.principal } : {}),
      });
      return trace ? result : { decision: result.decision, explanation: result.explanation };
    });
    io.stdout(JSON.stringify(Array.isArray(value) ? results : results[0], null, 2));
    return failed ? 1 : 0;
  },
};
