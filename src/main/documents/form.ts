import type { Content, TableCell } from 'pdfmake/interfaces';
import { APPLICATION_KIND_LABELS } from '../../shared/applications/application';
import { regionPath } from '../../shared/regions/regions';
import { REGION_LEVEL_LABELS, SYSTEM_CATEGORY_LABELS } from '../../shared/units/unit';
import { formatPhone } from '../../shared/validation/phone';
import type { DocumentFacts } from './facts';
import { mm } from './layout';
import { FORM_TITLE } from './letter';

export const FORM_COPIES = 3;

const label = (text: string): TableCell => ({ text, font: 'hei', fontSize: 10, fillColor: '#f2f2f2' });
// Long e-mail addresses and domains have no break opportunity: without break-all they would run off the page.
const value = (text: string, colSpan?: number): TableCell => ({ text: text || '—', colSpan, wordBreak: 'break-all' });
const section = (text: string): TableCell[] => [{ text, colSpan: 4, font: 'hei', fontSize: 11, fillColor: '#d9d9d9' }, {}, {}, {}];
const pair = (a: string, av: string, b: string, bv: string): TableCell[] => [label(a), value(av), label(b), value(bv)];
const wide = (a: string, av: string): TableCell[] => [label(a), value(av, 3), {}, {}];
// The masked ID number on a line of its own, so that it never breaks in the middle.
const withId = (name: string, masked: string) => (masked ? `${name}\n（${masked}）` : name);

/** An opinion box: room for the words, the seal and the date. */
function opinion(hint: string): TableCell {
  return {
    stack: [
      { text: hint, color: '#666666', fontSize: 9 },
      { text: '（盖章）', alignment: 'right', margin: [0, hint ? 24 : 36, 16, 0] },
      { text: '年　　月　　日', alignment: 'right', margin: [0, 2, 4, 0] },
    ],
  };
}

/**
 * 《党政机关网站开办审核和资格复核申请表》: every field of the version applied for, in the online form's sections,
 * with boxes for the unit's and the 编办's opinions; `copy` of three (each copy is sealed and kept by one party).
 */
export function form(f: DocumentFacts, copy: number): Content[] {
  const d = f.data;
  const u = f.unit;
  return [
    // A form is no 公文: it starts higher than the letter's 37 mm so that one copy fits one page.
    { text: FORM_TITLE, style: 'formTitle', margin: [0, -mm(24), 0, 6] },
    {
      columns: [
        { text: `申请序号：${f.serialNo}（第 ${f.version} 版）`, width: '*' },
        { text: `一式三份　第 ${copy} 份`, width: 'auto' },
      ],
      font: 'song',
      fontSize: 10.5,
      margin: [0, 0, 0, 6],
    },
    {
      font: 'song',
      fontSize: 10,
      lineHeight: 1.05,
      table: {
        widths: [84, '*', 84, '*'],
        dontBreakRows: true,
        body: [
          section('一、开办主体信息'),
          wide('开办主体名称', u.name),
          pair('系统类别', SYSTEM_CATEGORY_LABELS[u.systemCategory], '单位级别', REGION_LEVEL_LABELS[u.regionLevel]),
          pair('所属区域', regionPath(u.regionCode), '上级主管单位', u.superiorUnit),
          pair('通讯地址', u.address, '邮政编码', u.postcode),
          pair('统一社会信用代码', u.creditCode, '单位负责人', withId(u.head.name, u.head.idNumberMasked)),
          wide('主体职能简介', d.functions),
          section('二、联系人信息'),
          pair('经办人', withId(u.handler.name, u.handler.idNumberMasked), '经办人电话', formatPhone(d.handler.phone, d.handler.phoneExt)),
          pair('经办人手机', d.handler.mobile, '经办人邮箱', d.handler.email),
          pair('网站负责人电话', formatPhone(d.siteManager.phone, d.siteManager.phoneExt), '网站负责人手机', d.siteManager.mobile),
          wide('网站负责人邮箱', d.siteManager.email),
          section('三、网站信息'),
          pair('申请类型', APPLICATION_KIND_LABELS[d.kind], '网站名称', d.siteName),
          wide('中文域名', `${d.cnDomain}（${f.cnDomainAscii}）`),
          pair('网络红页', d.redPage ? '是（政务和公益机构建站平台）' : '否', '英文域名', d.redPage ? '—' : d.enDomain),
          pair('IP 地址（IPv4）', d.ipv4, 'IP 地址（IPv6）', d.ipv6),
          wide('网站简介', d.siteIntro),
          section('四、审核意见'),
          [label('申请单位意见'), opinion('本单位对以上信息的真实性、准确性负责。'), label('机构编制部门\n审核意见'), opinion('')],
        ],
      },
      layout: {
        hLineWidth: () => 0.6,
        vLineWidth: () => 0.6,
        paddingTop: () => 2,
        paddingBottom: () => 2,
      },
    },
  ];
}
