import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/** Writes a file so that a crash leaves either the old file or the whole new one: temp file, fsync, rename. */
export function writeFileAtomic(file: string, data: Uint8Array): void {
  const partial = `${file}.partial-${process.pid}`;
  const fd = openSync(partial, 'w', 0o644);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, file);
}

/** Flushes a file written by a stream to disk, then gives it its final name. */
export function commitFile(partial: string, file: string): void {
  const fd = openSync(partial, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
}
