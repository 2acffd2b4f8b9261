/**
 * 网站标识 (DOMAIN.md §5): the code `CA` + PP + CCC + DDDD + OOOOOOOO + SSSS (21 digits), the script the snippet loads
 * from `<base>/PP/CCC/DDDD/OOOOOOOO/CA….js`, and the snippet a site pastes before `</body>` on every page.
 */
export interface BadgeParts {
  /** Province in CONAC's own order. */
  pp: string;
  /** City number, 000 at provincial level. */
  ccc: string;
  /** County number, 0000 when none. */
  dddd: string;
  /** The organisation. */
  org: string;
  /** The site's sequence within the organisation. */
  seq: string;
}

export const BADGE_CODE = /^CA(\d{2})(\d{3})(\d{4})(\d{8})(\d{4})$/;

/** The script path of a pasted snippet, on CONAC's server or re-hosted; the CA code must repeat the folders. */
export const BADGE_SCRIPT = /(?:^|\/)js\/(\d{2})\/(\d{3})\/(\d{4})\/(\d{8})\/(CA\1\2\3\4\d{4})\.js(?:[?#].*)?$/;

export function badgeCode(parts: BadgeParts): string {
  return `CA${parts.pp}${parts.ccc}${parts.dddd}${parts.org}${parts.seq}`;
}

export function parseBadgeCode(code: string): BadgeParts | null {
  const m = BADGE_CODE.exec(code.trim().toUpperCase());
  return m ? { pp: m[1], ccc: m[2], dddd: m[3], org: m[4], seq: m[5] } : null;
}

/** CONAC's script server; an office may use an intranet mirror instead (系统设置). */
export const DEFAULT_SCRIPT_BASE = 'http://dcs.conac.cn/js/';

export function badgeScriptUrl(code: string, base = DEFAULT_SCRIPT_BASE): string {
  const p = parseBadgeCode(code);
  if (!p) throw new Error(`Not a badge code: ${code}`);
  return `${base.endsWith('/') ? base : `${base}/`}${p.pp}/${p.ccc}/${p.dddd}/${p.org}/${code}.js`;
}

/** The snippet exactly as CONAC hands it out: a span the script fills, written by document.write. */
export function badgeSnippet(code: string, base = DEFAULT_SCRIPT_BASE): string {
  return `<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='${badgeScriptUrl(code, base)}' type='text/javascript'%3E%3C/script%3E"));</script>`;
}

export const SNIPPET_INSTRUCTION = '请将以下代码粘贴到网站每个页面的 </body> 之前，标识显示在页面底部居中位置。';

/** CONAC's order of provinces (DOMAIN.md §5; the unconfirmed ones follow "municipalities first"), by region code. */
export const PROVINCE_NUMBERS: Record<string, string> = {
  '110000': '01', '310000': '02', '120000': '03', '500000': '04', '130000': '05', '140000': '06', '150000': '07',
  '210000': '08', '220000': '09', '230000': '10', '320000': '11', '330000': '12', '340000': '13', '350000': '14',
  '360000': '15', '370000': '16', '410000': '17', '420000': '18', '430000': '19', '440000': '20', '450000': '21',
  '460000': '22', '510000': '23', '520000': '24', '530000': '25', '540000': '26', '610000': '27', '620000': '28',
  '630000': '29', '640000': '30', '650000': '31', '660000': '32', '100000': '33',
};
