import { isWithinRegion } from '../regions/regions';
import { SYSTEM_CATEGORIES, type SystemCategory } from '../units/unit';
import { z } from '../zod';

/**
 * 书面材料 the clerk ticks off at check-in (DOMAIN.md §3). Local practice adds items (组织机构代码证 or 事业单位法人
 * 证书 copies) for some regions or unit types, so each item may be limited to system categories and regions; an
 * empty list means "all". The admin edits the list in 系统设置.
 */
export const checklistItemSchema = z.object({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,39}$/, '代码为 2–40 位字母或数字，以字母开头'),
  label: z.string().trim().min(2, '请填写材料名称').max(60, '材料名称最多 60 字'),
  systemCategories: z.array(z.enum(SYSTEM_CATEGORIES)).max(SYSTEM_CATEGORIES.length),
  /** Region codes; an item applies to a unit in any of them or below. */
  regionCodes: z.array(z.string().regex(/^\d{6}$/, '区域代码为 6 位数字')).max(40),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z
  .array(checklistItemSchema)
  .min(1, '至少保留一项材料')
  .max(30, '最多 30 项材料')
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: '代码重复' });
      seen.add(item.code);
    });
  });

export const DEFAULT_CHECKLIST: ChecklistItem[] = [
  { code: 'letter', label: '申请函（已加盖单位公章）', systemCategories: [], regionCodes: [] },
  { code: 'forms', label: '申请表一式三份（均已加盖单位公章）', systemCategories: [], regionCodes: [] },
  { code: 'idCopy', label: '法定代表人或经办人身份证复印件', systemCategories: [], regionCodes: [] },
  { code: 'sealMatch', label: '公章、登记文件与在线填报的单位名称一致', systemCategories: [], regionCodes: [] },
];

/** The items that apply to a unit of this category in this region. */
export function checklistFor(items: ChecklistItem[], unit: { systemCategory: SystemCategory; regionCode: string }): ChecklistItem[] {
  return items.filter(
    (item) =>
      (item.systemCategories.length === 0 || item.systemCategories.includes(unit.systemCategory)) &&
      (item.regionCodes.length === 0 || item.regionCodes.some((code) => isWithinRegion(unit.regionCode, code))),
  );
}
