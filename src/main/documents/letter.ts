import type { Content } from 'pdfmake/interfaces';
import { formatPhone } from '../../shared/validation/phone';
import type { DocumentFacts } from './facts';
import { GONGWEN, mm, paragraph, signature } from './layout';

export const LETTER_TITLE = '关于申请对网站开办审核和资格复核的函';
export const FORM_TITLE = '党政机关网站开办审核和资格复核申请表';

const RED = '#d40000';

/** What the unit asks for, in the words of its kind of application. */
const REQUEST: Record<DocumentFacts['data']['kind'], string> = {
  opening: '拟开办网站，现申请网站开办审核',
  requalification: '已开办网站，现申请网站资格复核',
  change: '网站信息发生变更，现申请信息变更审核',
};

/**
 * 《关于申请对网站开办审核和资格复核的函》 in GB/T 9704 信函格式: the unit's name in red 30 mm from the top over a
 * red double rule (thick over thin), the title, 主送 the 编办 of its region, the body, the attachment line, and the
 * signature with room for the seal.
 */
export function letter(f: DocumentFacts): Content[] {
  const d = f.data;
  const domains = [`中文域名“${d.cnDomain}”`, d.redPage ? '使用政务和公益机构建站平台（网络红页）' : `英文域名“${d.enDomain}”`].join('、');
  const address = d.redPage ? '' : `，IP 地址 ${[d.ipv4, d.ipv6].filter(Boolean).join('、')}`;
  const width = mm(156);
  const ruleTop = mm(30) + 30 + mm(4);
  return [
    // The issuer and the double rule sit above the text block (信函格式), placed on the page itself.
    {
      absolutePosition: { x: mm(28), y: GONGWEN.letterTop },
      columns: [{ width, text: f.unit.name, alignment: 'center', font: 'title', fontSize: 26, color: RED, characterSpacing: 2, lineHeight: 1 }],
    },
    {
      absolutePosition: { x: mm(28) - mm(7), y: ruleTop },
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: mm(170), y2: 0, lineWidth: 2, lineColor: RED },
        { type: 'line', x1: 0, y1: 3.5, x2: mm(170), y2: 3.5, lineWidth: 0.6, lineColor: RED },
      ],
    },
    { text: '', margin: [0, ruleTop - mm(37) + 4, 0, 0] },
    { text: LETTER_TITLE, style: 'title', margin: [0, GONGWEN.bodySize * 0.5, 0, GONGWEN.bodySize] },
    { text: `${f.addressee}：` },
    paragraph(
      `我单位${f.unit.creditCode ? `（统一社会信用代码 ${f.unit.creditCode}）` : ''}${REQUEST[d.kind]}。网站名称“${d.siteName}”，${domains}${address}。` +
        `申请已在党政机关网站审核管理平台提交，申请序号 ${f.serialNo}（第 ${f.version} 版）。`,
    ),
    paragraph('我单位承诺所填报的信息真实、准确，网站通过审核后将在所有页面底部居中位置加挂党政机关网站标识。现将申请表一式三份随函报送，请予审核。'),
    { text: '附件：党政机关网站开办审核和资格复核申请表', leadingIndent: GONGWEN.indent, margin: [0, GONGWEN.bodySize * 0.6, 0, 0] },
    signature(f.unit.name, f.today, 2),
    {
      text: `（联系人：${f.unit.handler.name}；电话：${formatPhone(d.handler.phone, d.handler.phoneExt)}；手机：${d.handler.mobile}）`,
      leadingIndent: GONGWEN.indent,
      margin: [0, GONGWEN.bodySize * 0.5, 0, 0],
    },
  ];
}
