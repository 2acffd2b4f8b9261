import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

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

/** Writes files (relative paths) under a folder, each atomically; a path leaving the folder is refused. */
export function writeFolder(folder: string, files: Record<string, Uint8Array>): void {
  const root = normalize(folder);
  for (const [name, data] of Object.entries(files)) {
    const file = normalize(join(root, name));
    if (!file.startsWith(root + sep)) throw new Error(`Refusing to write outside ${root}: ${name}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, data);
  }
}
