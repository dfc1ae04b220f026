import type { Command } from '../command';
import { versionCommand } from './version';

/** Every command the CLI offers, in the order `--help` lists them. */
export const commands: Command[] = [versionCommand];
