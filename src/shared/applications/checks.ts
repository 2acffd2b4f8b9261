import { CENTRAL_REGION_CODE, XPCC_REGION_CODE } from '../regions/regions';
import { checkCnDomain, checkEnDomain } from '../validation/domains';
import { checkCreditCode, STAFFING_CREDIT_KINDS } from '../validation/credit-code';
import { checkIdNumber } from '../validation/id-number';
import type { RegionLevel } from '../units/unit';
import type { ApplicationDraft } from './application';

/**
 * Automatic checks: advice for the clerk entering data and for the reviewer deciding. They never block saving;
 * hard format rules live in the schemas.
 */
export interface Check {
  code: string;
  /** The field the check concerns (dot path of the form), if any. */
  field?: string;
  message: string;
}

export interface UnitFacts {
  name: string;
  regionCode: string;
  regionLevel: RegionLevel;
  creditCode: string;
  head: { name: string; idNumber: string };
  handler: { name: string; idNumber: string };
}

/** Other records holding the same names, found by the main process. */
export interface Duplicates {
  cnDomain: string[];
  enDomain: string[];
  siteName: string[];
}

const INELIGIBLE_WORDS = ['公司', '有限', '股份', '集团', '个人', '工作室', '商行', '企业', '协会', '学会', '商会', '基金会'];

/** 单位: eligibility from the name and the credit code; ID numbers' plausibility and region. */
export function unitChecks(unit: UnitFacts, today: string): Check[] {
  const checks: Check[] = [];
  const word = INELIGIBLE_WORDS.find((w) => unit.name.includes(w));
  if (word) {
    checks.push({
      code: 'unit.ineligibleName',
      field: 'name',
      message: `单位名称含“${word}”，可能不是党政机关：企业、个人和社会组织不能开办党政机关网站`,
    });
  }
  if (unit.regionLevel === 'county' && !/人民政府|委员会$|人民代表大会|政协|人民法院|人民检察院/.test(unit.name)) {
    checks.push({
      code: 'unit.countyDepartment',
      field: 'regionCode',
      message: '区县部门原则上应使用上级政府网站平台或网络红页，不单独开办网站',
    });
  }

  if (unit.creditCode) {
    const credit = checkCreditCode(unit.creditCode);
    if (credit.ok) {
      if (!STAFFING_CREDIT_KINDS[credit.kind]) {
        checks.push({
          code: 'creditCode.notStaffing',
          field: 'creditCode',
          message: `统一社会信用代码以“${credit.kind}”开头，不是机构编制部门赋码的机关、事业单位或群团组织`,
        });
      } else if (credit.kind === '12') {
        checks.push({
          code: 'creditCode.institution',
          field: 'creditCode',
          message: '统一社会信用代码显示为事业单位：不承担行政职能的事业单位原则上不开办党政机关网站',
        });
      }
      if (credit.ok && !sameProvince(credit.regionCode, unit.regionCode)) {
        checks.push({
          code: 'creditCode.region',
          field: 'creditCode',
          message: `统一社会信用代码的登记地（${credit.regionCode}）与所属区域不在同一省份`,
        });
      }
    }
  }

  for (const [key, label] of [
    ['head', '负责人'],
    ['handler', '经办人'],
  ] as const) {
    const idNumber = unit[key].idNumber;
    if (!idNumber) continue;
    const id = checkIdNumber(idNumber, today);
    if (!id.ok) continue;
    const age = ageOn(id.birthDate, today);
    if (age < 18 || age > 75) {
      checks.push({
        code: 'idNumber.age',
        field: `${key}.idNumber`,
        message: `${label}身份证号显示年龄为 ${age} 岁，请核对`,
      });
    }
    if (!sameProvince(id.regionCode, unit.regionCode)) {
      checks.push({
        code: 'idNumber.region',
        field: `${key}.idNumber`,
        message: `${label}身份证号的签发地与单位所属区域不在同一省份（仅供参考）`,
      });
    }
  }
  return checks;
}

/** 申请: domains, 网络红页 consistency, names already held elsewhere. */
export function applicationChecks(application: ApplicationDraft, duplicates: Duplicates): Check[] {
  const checks: Check[] = [];
  if (application.cnDomain) {
    const cn = checkCnDomain(application.cnDomain);
    if (!cn.ok) checks.push({ code: 'cnDomain.invalid', field: 'cnDomain', message: cn.message });
  }
  if (application.enDomain) {
    const en = checkEnDomain(application.enDomain);
    if (!en.ok) checks.push({ code: 'enDomain.invalid', field: 'enDomain', message: en.message });
  }
  if (application.ipv4 && !application.redPage && isPrivateIpv4(application.ipv4.trim())) {
    checks.push({
      code: 'ipv4.private',
      field: 'ipv4',
      message: 'IPv4 地址属于内网或保留地址段，公众无法访问；请填写域名解析使用的公网地址',
    });
  }
  if (application.redPage && (application.enDomain || application.ipv4 || application.ipv6)) {
    checks.push({
      code: 'redPage.extraFields',
      field: 'redPage',
      message: '已选择网络红页：网络红页不需要英文域名和 IP 地址，请确认是否确实使用网络红页',
    });
  }
  const held = [
    ['cnDomain', '中文域名'],
    ['enDomain', '英文域名'],
    ['siteName', '网站名称'],
  ] as const;
  for (const [field, label] of held) {
    const others = duplicates[field];
    if (others.length > 0) {
      checks.push({
        code: `duplicate.${field}`,
        field,
        message: `${label}已被其他单位使用：${others.slice(0, 3).join('、')}${others.length > 3 ? ' 等' : ''}`,
      });
    }
  }
  return checks;
}

/** 10/8, 172.16/12, 192.168/16, 127/8, 169.254/16, 100.64/10 (carrier NAT), 0/8. */
function isPrivateIpv4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

function sameProvince(a: string, b: string): boolean {
  // 中央和国家机关 and 兵团 sit beside the provinces: a person's or registration's province tells nothing there.
  if ([CENTRAL_REGION_CODE, XPCC_REGION_CODE].includes(b)) return true;
  return a.slice(0, 2) === b.slice(0, 2);
}

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
