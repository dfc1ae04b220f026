import { engineVersion } from '../../engine';
import type { Command } from '../command';

export const versionCommand: Command = {
  name: 'version',
  summary: 'Print the engine version',
  usage: 'npm run --silent cli -- version',
  run: (_args, io) => {
    io.stdout(engineVersion);
    return 0;
  },
};
