import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import semver from 'semver';
import { AppError } from '../../shared/api/errors';

/** Where updates come from: an intranet server (electron-updater's generic provider) or a folder (USB stick). */
export type UpdateSource = { kind: 'url'; url: string } | { kind: 'folder'; path: string };

export interface UpdateInfo {
  version: string;
  releaseDate: string | null;
  notes: string;
  files: { url: string; sha512: string; size: number | null }[];
}

export interface CheckResult {
  current: string;
  /** The newer release, or null when this is the newest. */
  update: UpdateInfo | null;
}

/** electron-updater's file name for this platform's channel file: latest.yml, latest-linux.yml, latest-linux-arm64.yml. */
export function channelFile(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  if (platform === 'linux') return arch === 'arm64' ? 'latest-linux-arm64.yml' : 'latest-linux.yml';
  return 'latest.yml';
}

const TIMEOUT_MS = 15_000;

async function readChannel(source: UpdateSource, file: string): Promise<string> {
  if (source.kind === 'folder') {
    const path = join(source.path, file);
    if (!existsSync(path)) throw new AppError('NOT_FOUND', `文件夹中没有 ${file}：请确认这是更新文件所在的文件夹（含 ${file} 和安装包）。`);
    return readFileSync(path, 'utf8');
  }
  let url: URL;
  try {
    url = new URL(file, source.url.endsWith('/') ? source.url : `${source.url}/`);
  } catch {
    throw new AppError('INVALID_INPUT', '更新服务器地址无效。');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('INVALID_INPUT', '更新服务器地址须以 http:// 或 https:// 开头。');
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch {
    throw new AppError('INTERNAL', `无法连接更新服务器 ${url.origin}，请检查地址和内网连接。`);
  }
  if (!response.ok) throw new AppError('NOT_FOUND', `更新服务器上没有 ${file}（HTTP ${response.status}）。`);
  return response.text();
}

/**
 * Reads the channel file the way electron-updater does and says whether it offers a newer version. Every file must
 * carry its sha512 (electron-updater verifies the download against it); pre-releases are not offered.
 */
export async function checkForUpdate(source: UpdateSource, current: string, file = channelFile()): Promise<CheckResult> {
  const text = await readChannel(source, file);
  let parsed: unknown;
  try {
    parsed = load(text);
  } catch {
    throw new AppError('INVALID_INPUT', `${file} 格式有误，无法读取。`);
  }
  const info = parsed as { version?: unknown; files?: unknown; path?: unknown; sha512?: unknown; releaseDate?: unknown; releaseNotes?: unknown } | null;
  const version = typeof info?.version === 'string' ? semver.valid(info.version) : null;
  if (!version) throw new AppError('INVALID_INPUT', `${file} 中没有有效的版本号。`);
  const files = Array.isArray(info!.files)
    ? (info!.files as { url?: unknown; sha512?: unknown; size?: unknown }[]).map((f) => ({
        url: String(f.url ?? ''),
        sha512: String(f.sha512 ?? ''),
        size: typeof f.size === 'number' ? f.size : null,
      }))
    : typeof info!.path === 'string'
      ? [{ url: info!.path, sha512: String(info!.sha512 ?? ''), size: null }]
      : [];
  if (files.length === 0 || files.some((f) => !f.url || !f.sha512)) {
    throw new AppError('INVALID_INPUT', `${file} 缺少安装包或其 sha512 校验值，不能用于更新。`);
  }
  const newer = !semver.prerelease(version) && semver.gt(version, current);
  return {
    current,
    update: newer
      ? {
          version,
          releaseDate: typeof info!.releaseDate === 'string' ? info!.releaseDate : null,
          notes: typeof info!.releaseNotes === 'string' ? info!.releaseNotes : '',
          files,
        }
      : null,
  };
}
