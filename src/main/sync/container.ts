import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { unzipSync, Zip, ZipPassThrough } from 'fflate';
import { AppError } from '../../shared/api/errors';
import { BUNDLE_LIMITS } from '../../shared/sync/bundle';
import { commitFile } from '../files/write';

/** The only names a bundle's zip may hold (docs/bundle-format.md): no folders to climb out of, nothing else. */
const ENTRY_NAME = /^(manifest\.json|manifest\.sig|events\.ndjson\.gz\.enc|keys\.json\.enc|actors\.json\.enc|attachments\/[0-9a-f]{64}\.enc)$/;

function refuse(message: string): never {
  throw new AppError('INVALID_INPUT', message);
}

/**
 * Writes the zip (entries stored, not compressed: the parts are encrypted already) to a temporary file, flushes it and
 * renames it into place, so a half-written bundle never carries the final name. Returns the bytes written.
 */
export function writeContainer(file: string, entries: Iterable<[string, Uint8Array]>, onBytes?: (bytes: number) => void): number {
  const partial = `${file}.partial-${process.pid}`;
  const fd = openSync(partial, 'w', 0o644);
  let written = 0;
  try {
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      writeSync(fd, chunk);
      written += chunk.length;
      onBytes?.(written);
    });
    for (const [name, data] of entries) {
      const entry = new ZipPassThrough(name);
      zip.add(entry);
      entry.push(data, true);
    }
    zip.end();
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  commitFile(partial, file);
  return written;
}

/**
 * Reads a bundle's entries, refusing before anything is inflated: a file over the size limit, entries that are
 * compressed (a bundle's never are — so no zip bomb gets a chance), oversized, too many, or named outside the format
 * (`../`, absolute paths, anything unexpected).
 */
export function readContainer(file: string): Map<string, Uint8Array> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    refuse('找不到同步包文件。');
  }
  if (size > BUNDLE_LIMITS.fileBytes) refuse(`同步包超过 ${BUNDLE_LIMITS.fileBytes / 1024 ** 3} GB 上限，已拒绝。`);
  let count = 0;
  let files: Record<string, Uint8Array>;
  const bytes = readFileSync(file);
  // Every zip starts with a local file header, "PK\x03\x04".
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) refuse('这不是同步包（.wssb）文件，请确认选择的是对方导出的同步包。');
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (!ENTRY_NAME.test(entry.name)) refuse(`同步包中有不应出现的文件“${entry.name.slice(0, 80)}”，已拒绝。`);
        if (entry.compression !== 0) refuse('同步包中的文件经过压缩，不是本系统生成的同步包（可能是压缩炸弹），已拒绝。');
        const limit = entry.name.startsWith('attachments/') ? BUNDLE_LIMITS.attachmentBytes : BUNDLE_LIMITS.eventsBytes;
        if (entry.originalSize > limit || entry.size > limit) refuse(`同步包中的“${entry.name}”超过大小上限，已拒绝。`);
        if (++count > BUNDLE_LIMITS.entries) refuse('同步包中的文件数超过上限，已拒绝。');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse('同步包文件已损坏或不完整（无法读取其中的内容），已拒绝。');
  }
  return new Map(Object.entries(files));
}
