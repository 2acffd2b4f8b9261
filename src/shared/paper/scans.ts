import { z } from '../zod';

/** 扫描件: what a document scanner produces, recognised by content, never by the file name's extension. */
export const SCAN_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type ScanMediaType = (typeof SCAN_MEDIA_TYPES)[number];
export const SCAN_MEDIA_LABELS: Record<ScanMediaType, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
};

/** One file at most 20 MiB: a multi-page A4 scan at 300 dpi stays well below. */
export const SCAN_MAX_BYTES = 20 * 1024 * 1024;

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, '文件标识无效');

/** A file name as shown and stored (no folders): scanners name files like 20261128_0931.pdf. */
export const scanFileNameSchema = z
  .string()
  .trim()
  .min(1, '缺少文件名')
  .max(120, '文件名过长')
  .refine((name) => !/[\\/]/.test(name) && !name.includes('\u0000') && name !== '.' && name !== '..', '文件名不能包含路径');

export const attachScanSchema = z.object({
  applicationId: z.string().min(1).max(64),
  fileName: scanFileNameSchema,
  // base64 of at most SCAN_MAX_BYTES bytes
  contentBase64: z.string().max(Math.ceil(SCAN_MAX_BYTES / 3) * 4 + 4, `文件超过 ${SCAN_MAX_BYTES / 1024 / 1024} MB，请降低扫描分辨率或分成几份`),
});
