/** The documents printed for an application: 申请函, 申请表 (three copies), 回执 and 补正通知. */
export const DOCUMENT_KINDS = ['letter', 'form', 'receipt', 'supplement'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  letter: '申请函',
  form: '申请表（一式三份）',
  receipt: '接收回执',
  supplement: '补正通知',
};
