import { APPLICATION_KIND_LABELS, type ApplicationDraft } from './application';
import { REVIEW_FIELDS } from '../review/reasons';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** The application's own fields, flattened to the paths reasons attach to. */
function flatten(data: ApplicationDraft): Record<string, string> {
  return {
    kind: data.kind ? APPLICATION_KIND_LABELS[data.kind] : '',
    functions: data.functions,
    'handler.phone': data.handler.phone + (data.handler.phoneExt ? ` 转 ${data.handler.phoneExt}` : ''),
    'handler.mobile': data.handler.mobile,
    'handler.email': data.handler.email,
    'siteManager.phone': data.siteManager.phone + (data.siteManager.phoneExt ? ` 转 ${data.siteManager.phoneExt}` : ''),
    'siteManager.mobile': data.siteManager.mobile,
    'siteManager.email': data.siteManager.email,
    siteName: data.siteName,
    cnDomain: data.cnDomain,
    redPage: data.redPage ? '是' : '否',
    enDomain: data.enDomain,
    ipv4: data.ipv4,
    ipv6: data.ipv6,
    siteIntro: data.siteIntro,
  };
}

/** Field-by-field differences from `before` to `after`, in the form's order: only what changed. */
export function diffApplications(before: ApplicationDraft, after: ApplicationDraft): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  return Object.keys(b)
    .filter((field) => a[field] !== b[field])
    .map((field) => ({ field, label: REVIEW_FIELDS[field] ?? field, before: a[field], after: b[field] }));
}
