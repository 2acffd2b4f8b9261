import dayjs from 'dayjs';
import { regionPath } from '../shared/regions/regions';
import { formatLandline } from '../shared/validation/phone';

/** Display formats shared by the screens. */
export const formatDateTime = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatDate = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
export const formatRegion = (code: string) => (code ? regionPath(code) : '—');
export const formatPhone = (phone: string, ext = '') => (phone ? formatLandline(phone) + (ext ? ` 转 ${ext}` : '') : '');
