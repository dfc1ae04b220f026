import type { Command } from '../command';
import { evalCommand } from './evalCommand';
import { lintCommand } from './lintCommand';
import { versionCommand } from './version';

/** Every command the CLI offers, in the order `--help` lists them. */
export const commands: Command[] = [evalCommand, lintCommand, versionCommand];
