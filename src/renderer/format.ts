import dayjs from 'dayjs';
import { regionPath } from '../shared/regions/regions';
export { formatPhone } from '../shared/validation/phone';

/** Display formats shared by the screens. */
export const formatDateTime = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatDate = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');
export const formatRegion = (code: string) => (code ? regionPath(code) : '—');
