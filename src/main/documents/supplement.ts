import type { Content } from 'pdfmake/interfaces';
import type { DocumentFacts } from './facts';
import { chineseDate, GONGWEN, paragraph, signature } from './layout';

export const SUPPLEMENT_TITLE = '网站审核书面材料补正通知';

/** 补正通知: what the envelope lacked, addressed to the unit and signed by this workstation's 编办. */
export function supplement(f: DocumentFacts): Content[] {
  const c = f.checkin!;
  const missing = c.items.filter((i) => !i.present);
  return [
    { text: SUPPLEMENT_TITLE, style: 'title', margin: [0, 0, 0, GONGWEN.bodySize * 1.5] },
    { text: `${f.unit.name}：` },
    paragraph(
      `你单位报送的网站“${f.data.siteName}”（申请序号 ${f.serialNo}）书面材料已于${chineseDate(c.receivedOn)}收到。经核对，尚缺以下材料：`,
    ),
    ...missing.map((item, i) => paragraph(`${i + 1}. ${item.label}`)),
    ...(c.note ? [paragraph(`说明：${c.note}`)] : []),
    paragraph(`请补齐上述材料并附本通知报送我办。材料齐全后，我办将在 ${f.paperReviewDays} 个工作日内办结。`),
    signature(f.office, f.today),
  ];
}
