import electronLog from 'electron-log/node';
import { join } from 'node:path';

/**
 * The main process's log. Callers pass codes, method names and ids only — never inputs, which may hold passwords or
 * ID numbers.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * The log of a data directory: logs/workstation.log, rotated to workstation.old.log at 1 MiB, and the console.
 */
export function createLogger(dataDir: string, options: { console: boolean } = { console: true }): Logger {
  const log = electronLog.create({ logId: `workstation:${dataDir}` });
  log.transports.file.resolvePathFn = () => join(dataDir, 'logs', 'workstation.log');
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.console.format = '[{level}] {text}';
  // The command line's output is for people and scripts: its log goes to the file only.
  if (!options.console) log.transports.console.level = false;
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message, error) => log.error(message, error instanceof Error ? error.stack : (error ?? '')),
  };
}

export const consoleLogger: Logger = {
  info: (message) => console.log(`[info] ${message}`),
  warn: (message) => console.warn(`[warn] ${message}`),
  error: (message, error) => console.error(`[error] ${message}`, error instanceof Error ? error.stack : (error ?? '')),
};
