import type { Command } from '../command';
import { diffCommand } from './diffCommand';
import { evalCommand } from './evalCommand';
import { exportCommand } from './exportCommand';
import { analyzeCommand, canCommand, importCommand, pathsCommand, whoCanCommand } from './graphCommands';
import { lintCommand } from './lintCommand';
import { permissionsCommand, whoCanAccessCommand } from './permissionCommands';
import { shareCommand, unshareCommand } from './shareCommands';
import { versionCommand } from './version';

/** Every command the CLI offers, in the order `--help` lists them. */
export const commands: Command[] = [
  evalCommand,
  lintCommand,
  importCommand,
  analyzeCommand,
  pathsCommand,
  canCommand,
  whoCanCommand,
  permissionsCommand,
  whoCanAccessCommand,
  diffCommand,
  exportCommand,
  shareCommand,
  unshareCommand,
  versionCommand,
];
