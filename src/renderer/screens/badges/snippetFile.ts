import type { BadgeView } from '../../../shared/api';
import { SNIPPET_INSTRUCTION } from '../../../shared/badges/code';
import { saveFile } from '../../files';

/** The text handed to a unit (or several): each site's name, code, the instruction and the snippet. */
export function snippetText(badges: BadgeView[]): string {
  return badges
    .filter((b) => b.code && b.snippet)
    .map((b) => [`网站名称：${b.siteName}`, `开办主体：${b.unitName}`, `标识编号：${b.code}`, SNIPPET_INSTRUCTION, '', b.snippet].join('\r\n'))
    .join('\r\n\r\n------------------------------------------------------------\r\n\r\n');
}

/** Saves text as a UTF-8 file with a BOM (Notepad on older Windows reads it as UTF-8 then). */
export function downloadText(fileName: string, text: string): void {
  saveFile(fileName, { text: `\uFEFF${text}` }, 'text/plain;charset=utf-8');
}
