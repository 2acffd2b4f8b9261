import { AppError } from '../../shared/api/errors';
import { LIMITS, type PageFile } from './pages';

/** One page fetched for 挂标检测 — only when an admin has let this workstation go on the network. */
export async function fetchPage(url: string): Promise<PageFile> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('INVALID_INPUT', '网址无效。', { url: '网址无效' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new AppError('INVALID_INPUT', '网址须以 http:// 或 https:// 开头。', { url: '网址须以 http:// 或 https:// 开头' });
  let response: Response;
  try {
    response = await fetch(parsed, { signal: AbortSignal.timeout(15_000), redirect: 'follow' });
  } catch {
    throw new AppError('INTERNAL', `无法打开 ${parsed.origin}：请检查网址和网络。`);
  }
  if (!response.ok) throw new AppError('NOT_FOUND', `网站返回 HTTP ${response.status}。`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > LIMITS.pageBytes) throw new AppError('INVALID_INPUT', '网页超过 5 MB，未检查。');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > LIMITS.pageBytes) throw new AppError('INVALID_INPUT', '网页超过 5 MB，未检查。');
  return { name: parsed.href, bytes };
}
