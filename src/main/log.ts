/**
 * The main process's log. Callers pass codes, method names and ids only — never inputs, which may hold passwords or
 * ID numbers.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(`[info] ${message}`),
  warn: (message) => console.warn(`[warn] ${message}`),
  error: (message, error) => console.error(`[error] ${message}`, error instanceof Error ? error.stack : (error ?? '')),
};
