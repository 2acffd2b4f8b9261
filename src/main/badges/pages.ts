import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { AppError } from '../../shared/api/errors';
import type { PageCheck, SiteCheck } from '../../shared/badges/check';
import { checkPage, decodePage } from './checker';

/** Pages read for a check: a name (path within the site) and the bytes. */
export interface PageFile {
  name: string;
  bytes: Uint8Array;
}

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml', '.php', '.jsp', '.asp', '.aspx']);
/** Limits against huge pages, huge sites and zip bombs. */
export const LIMITS = { pageBytes: 5 * 1024 * 1024, files: 20_000, zipBytes: 200 * 1024 * 1024, zipTotal: 1024 * 1024 * 1024, zipRatio: 200 };

function isPage(name: string): boolean {
  return PAGE_EXTENSIONS.has(extname(name).toLowerCase());
}

/** A saved page, a folder of them (a site saved to disk), or a .zip of one. */
export function readPages(path: string): PageFile[] {
  const stat = lstatSync(path);
  if (stat.isDirectory()) return readFolder(path);
  if (extname(path).toLowerCase() === '.zip') return readZip(readFileSync(path));
  return [{ name: path, bytes: readFileSync(path) }];
}

function readFolder(root: string): PageFile[] {
  const pages: PageFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      // Links are not followed: a site folder must not lead the checker elsewhere on the disk.
      if (entry.isSymbolicLink()) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && isPage(entry.name)) {
        if (pages.length >= LIMITS.files) throw new AppError('INVALID_INPUT', `网页超过 ${LIMITS.files} 个，请分批检查。`);
        pages.push({ name: relative(root, full).split('\\').join('/'), bytes: lstatSync(full).size > LIMITS.pageBytes ? new Uint8Array() : readFileSync(full) });
      }
    }
  };
  walk(root);
  return pages;
}

/** A zip of a site: refused whole when an entry would land outside the folder or the sizes say bomb. */
export function readZip(bytes: Uint8Array): PageFile[] {
  if (bytes.length > LIMITS.zipBytes) throw new AppError('INVALID_INPUT', `压缩包超过 ${LIMITS.zipBytes / 1024 / 1024} MB。`);
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        const name = file.name.replace(/\\/g, '/');
        if (name.startsWith('/') || /^[a-z]:/i.test(name) || name.split('/').includes('..')) {
          throw new AppError('INVALID_INPUT', `压缩包中有指向包外的路径（${file.name}），已拒绝。`);
        }
        declared += file.originalSize;
        if (declared > LIMITS.zipTotal || (file.originalSize > 1024 * 1024 && file.originalSize > file.size * LIMITS.zipRatio)) {
          throw new AppError('INVALID_INPUT', '压缩包解压后过大（疑似压缩炸弹），已拒绝。');
        }
        return isPage(name) && file.originalSize <= LIMITS.pageBytes;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INVALID_INPUT', '无法读取压缩包：文件损坏或不是 zip 格式。');
  }
  const pages = Object.entries(entries).map(([name, data]) => ({ name, bytes: data }));
  if (pages.length > LIMITS.files) throw new AppError('INVALID_INPUT', `网页超过 ${LIMITS.files} 个，请分批检查。`);
  return pages;
}

/** Every page checked; binary and oversized files reported, not parsed. */
export function checkPages(pages: PageFile[], expected: { code: string; verificationId?: string | null }): SiteCheck {
  const results: PageCheck[] = pages.map((page) => {
    if (page.bytes.length === 0 || page.bytes.length > LIMITS.pageBytes) {
      return { page: page.name, status: 'error', detail: page.bytes.length ? '文件过大' : '空文件或文件过大（超过 5 MB）', matchedBy: null, foundCode: null };
    }
    if (page.bytes.subarray(0, 8000).includes(0)) return { page: page.name, status: 'skipped', detail: '二进制文件', matchedBy: null, foundCode: null };
    return { page: page.name, ...checkPage(decodePage(page.bytes), expected) };
  });
  const checked = results.filter((r) => r.status !== 'skipped');
  return { pages: results, passed: checked.length > 0 && checked.every((r) => r.status === 'present') };
}
