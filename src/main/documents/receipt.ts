import type { Content } from 'pdfmake/interfaces';
import { APPLICATION_KIND_LABELS } from '../../shared/applications/application';
import { PAPER_CHANNEL_LABELS } from '../../shared/paper/checkin';
import type { DocumentFacts } from './facts';
import { chineseDate, mm } from './layout';

export const RECEIPT_TITLE = '网站审核书面材料接收回执';

/** One half of the receipt: the unit's copy or the office's stub. */
function half(f: DocumentFacts, which: string): Content {
  const c = f.checkin!;
  const missing = c.items.filter((i) => !i.present);
  const outcome = c.complete
    ? `材料齐全，已转入审核，${f.paperReviewDays} 个工作日内办结。`
    : `材料不齐全，缺 ${missing.length} 项，请按补正通知补齐后报送。`;
  return {
    stack: [
      { columns: [{ text: RECEIPT_TITLE, style: 'receiptTitle', width: '*' }, { text: which, width: 'auto', font: 'hei', fontSize: 10, margin: [0, 6, 0, 0] }] },
      {
        font: 'song',
        fontSize: 10.5,
        wordBreak: 'break-all',
        margin: [0, 6, 0, 0],
        table: {
          widths: [70, '*', 70, '*'],
          body: [
            [{ text: '申请序号', font: 'hei' }, { text: `${f.serialNo}（第 ${f.version} 版）`, colSpan: 3 }, {}, {}],
            [{ text: '开办主体', font: 'hei' }, { text: f.unit.name, colSpan: 3 }, {}, {}],
            [{ text: '网站名称', font: 'hei' }, f.data.siteName, { text: '申请类型', font: 'hei' }, APPLICATION_KIND_LABELS[f.data.kind]],
            [{ text: '收到日期', font: 'hei' }, chineseDate(c.receivedOn), { text: '报送方式', font: 'hei' }, `${PAPER_CHANNEL_LABELS[c.channel]}${c.trackingNo ? `（${c.trackingNo}）` : ''}`],
            [
              { text: '材料清单', font: 'hei' },
              { colSpan: 3, stack: c.items.map((i) => ({ text: `${i.present ? '具备' : '缺少'}　${i.label}`, color: i.present ? '#000000' : '#c00000' })) },
              {},
              {},
            ],
            [{ text: '办理结果', font: 'hei' }, { text: outcome, colSpan: 3 }, {}, {}],
            ...(c.note ? [[{ text: '备注', font: 'hei' }, { text: c.note, colSpan: 3 }, {}, {}]] : []),
            [{ text: '接收人', font: 'hei' }, c.checkedInBy, { text: '接收单位', font: 'hei' }, `${f.office}（盖章）`],
          ],
        },
      },
    ],
  };
}

/** 回执: the unit's copy above, the office's stub below, a cut line between. */
export function receipt(f: DocumentFacts): Content[] {
  return [
    half(f, '（交报送单位）'),
    { text: '- - - - - - - - - - - - - - - - - 沿 此 线 剪 开 - - - - - - - - - - - - - - - - -', alignment: 'center', color: '#888888', fontSize: 9, margin: [0, mm(10), 0, mm(10)] },
    half(f, '（存根）'),
  ];
}
