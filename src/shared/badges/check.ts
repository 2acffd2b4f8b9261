/** What the 挂标检测 says about one page. */
export const PAGE_STATUSES = ['present', 'missing', 'wrongCode', 'afterBody', 'notAtBottom', 'commented', 'errorImage', 'error', 'skipped'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

export const PAGE_STATUS_LABELS: Record<PageStatus, string> = {
  present: '已挂标',
  missing: '未挂标',
  wrongCode: '标识编号不符',
  afterBody: '在 </body> 之后',
  notAtBottom: '不在页面底部',
  commented: '被注释',
  errorImage: '显示错误图片',
  error: '无法检查',
  skipped: '非网页文件（跳过）',
};

export interface PageCheck {
  page: string;
  status: PageStatus;
  detail: string;
  matchedBy: 'script' | 'static' | 'widget' | null;
  foundCode: string | null;
}

export interface SiteCheck {
  pages: PageCheck[];
  /** Every checked page carries the badge where it should (skipped files do not count). */
  passed: boolean;
}
