import dayjs from 'dayjs';
import { regionPath } from '../shared/regions/regions';
export { formatPhone } from '../shared/validation/phone';

/** Display formats shared by the screens. */
export const formatDateTime = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
/** To the second: when the order of two moments matters (sync conflicts). */
export const formatMoment = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
export const formatDate = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
export const formatRegion = (code: string) => (code ? regionPath(code) : '—');

/** A file size as people read it: KB below a megabyte. */
export const formatBytes = (bytes: number) => (bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
