import { DomUtils, parseDocument } from 'htmlparser2';
import iconv from 'iconv-lite';
import { BADGE_SCRIPT } from '../../shared/badges/code';
import type { PageCheck, PageStatus } from '../../shared/badges/check';

type Node = ReturnType<typeof parseDocument>['children'][number];
interface Element {
  type: string;
  name: string;
  attribs: Record<string, string>;
  children: Node[];
  startIndex: number | null;
  endIndex: number | null;
}

/** What a badge looks like in a page: the CONAC script, a static link to the verification page, or a widget. */
interface Found {
  code: string | null;
  verificationId: string | null;
  matchedBy: 'script' | 'static' | 'widget';
  start: number;
  end: number;
}

const VERIFICATION_ID = /[?&]id=([0-9A-Fa-f]{32})\b/;
const WIDGET_ID = /sitecode\s*:\s*['"]?([0-9A-Fa-f]{32})/;
const ERROR_IMAGE = /(?:red|blue)_error\.png/i;
/** Text after the badge beyond which it is not "at the bottom": this many characters and this share of the page. */
const BOTTOM_SLACK = { chars: 200, share: 0.15 };

/** Page bytes as text: a BOM, else the charset the page declares (GBK / GB2312 pages are common), else UTF-8. */
export function decodePage(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer.subarray(2), 'utf16le');
  const head = buffer.subarray(0, 4096).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset && /^(gbk|gb2312|gb18030|x-gbk|cp936)$/.test(charset)) return iconv.decode(buffer, 'gb18030');
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset)) return iconv.decode(buffer, charset);
  return buffer.toString('utf8');
}

/** Badges in a fragment of HTML: scripts (also inside document.write(unescape("…"))), static links, widgets. */
function findIn(html: string, offset: number, found: Found[], commented: { value: boolean }, errorImage: { value: boolean }): void {
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true });
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === 'comment') {
        const text = (node as unknown as { data: string }).data;
        if (/_ideConac|dcs\.conac\.cn|bszs\.conac\.cn/i.test(text) || BADGE_SCRIPT.test(text)) commented.value = true;
        continue;
      }
      // Elements only: script and style have their own node types; directives (<!DOCTYPE>) and text are skipped.
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const el = node as unknown as Element;
      const start = offset + (el.startIndex ?? 0);
      const end = offset + (el.endIndex ?? el.startIndex ?? 0);
      if (el.name === 'script') {
        const src = el.attribs.src?.trim();
        const match = src ? BADGE_SCRIPT.exec(src) : null;
        if (match) found.push({ code: match[5].toUpperCase(), verificationId: null, matchedBy: 'script', start, end });
        const inline = DomUtils.textContent(el as never);
        // document.write(unescape("%3Cspan id='_ideConac' …%3Cscript src='…CA….js'…")), possibly over several lines.
        for (const m of inline.matchAll(/unescape\s*\(\s*(["'])([\s\S]*?)\1\s*\)/g)) {
          const inner: Found[] = [];
          // A string split over lines is joined where it was broken.
          findIn(unescape(m[2].replace(/\s*[\r\n]\s*/g, '')), 0, inner, commented, errorImage);
          for (const f of inner) found.push({ ...f, start, end });
        }
      }
      if (el.name === 'a') {
        const id = VERIFICATION_ID.exec(el.attribs.href ?? '')?.[1];
        if (id && /conac|sitename/i.test(el.attribs.href ?? '')) found.push({ code: null, verificationId: id.toUpperCase(), matchedBy: 'static', start, end });
      }
      const widget = WIDGET_ID.exec(el.attribs['data-setting'] ?? '')?.[1];
      if (widget) found.push({ code: null, verificationId: widget.toUpperCase(), matchedBy: 'widget', start, end });
      if (el.name === 'img' && ERROR_IMAGE.test(el.attribs.src ?? '')) errorImage.value = true;
      if (el.children) walk(el.children);
    }
  };
  walk(doc.children);
}

/** Characters of visible text in a stretch of HTML (tags, scripts and styles left out). */
function visibleLength(html: string): number {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, '').length;
}

/**
 * One page against the badge it should carry (by CA code, or by verification id for static badges). Broken HTML is
 * parsed as browsers would (htmlparser2 is forgiving); a badge inside a comment does not count.
 */
export function checkPage(html: string, expected: { code: string; verificationId?: string | null }): Omit<PageCheck, 'page'> {
  const found: Found[] = [];
  const commented = { value: false };
  const errorImage = { value: false };
  findIn(html, 0, found, commented, errorImage);
  const wanted = (f: Found) => (f.code !== null && f.code === expected.code.toUpperCase()) || (f.verificationId !== null && f.verificationId === expected.verificationId?.toUpperCase());
  const ours = found.find(wanted);
  const result = (status: PageStatus, detail: string, f?: Found): Omit<PageCheck, 'page'> => ({
    status,
    detail,
    matchedBy: f?.matchedBy ?? null,
    foundCode: f?.code ?? null,
  });
  if (!ours) {
    const other = found.find((f) => f.code !== null || f.verificationId !== null);
    if (other) return result('wrongCode', `页面中的标识为 ${other.code ?? other.verificationId}，不是本网站的标识`, other);
    if (commented.value) return result('commented', '标识代码在 HTML 注释中，不会显示');
    return result('missing', '页面中没有标识代码');
  }
  if (errorImage.value) return result('errorImage', '页面显示的是标识的错误状态图片（red_error / blue_error）', ours);
  const bodyEnd = html.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  if (bodyEnd >= 0 && ours.start > bodyEnd) return result('afterBody', '标识代码在 </body> 之后，应放在 </body> 之前', ours);
  const bodyStart = Math.max(0, html.search(/<body\b/i));
  const after = visibleLength(html.slice(ours.end, bodyEnd >= 0 ? bodyEnd : undefined));
  const total = visibleLength(html.slice(bodyStart, bodyEnd >= 0 ? bodyEnd : undefined));
  if (after > BOTTOM_SLACK.chars && after > total * BOTTOM_SLACK.share) return result('notAtBottom', `标识之后还有约 ${after} 字的页面内容，应放在页面底部`, ours);
  return result('present', ours.matchedBy === 'script' ? '标识代码正确' : ours.matchedBy === 'static' ? '静态标识（链接到核验页面）正确' : '标识组件正确', ours);
}
