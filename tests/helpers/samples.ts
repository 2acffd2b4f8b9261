import type { ApplicationInput } from '../../src/shared/applications/application';
import type { UnitInput } from '../../src/shared/units/unit';

/** A realistic registration: 武汉市教育局, entered at a 湖北 workstation. */
export const WUHAN_EDUCATION: UnitInput = {
  regionCode: '420100',
  name: '武汉市教育局',
  systemCategory: 'government',
  superiorUnit: '武汉市人民政府',
  address: '湖北省武汉市江岸区沿江大道 188 号',
  postcode: '430014',
  functions: '贯彻执行国家和省有关教育工作的方针、政策和法律法规，统筹全市各级各类教育事业发展。',
  creditCode: '',
  head: { name: '王建国', idNumber: '420102197003150011' },
  handler: {
    name: '李青',
    idNumber: '513101198201130014',
    phone: '027-8567 1234',
    phoneExt: '',
    fax: '',
    faxExt: '',
    mobile: '138 0027 1234',
    email: 'liqing@wuhan.gov.cn',
  },
};

export const WUHAN_EDUCATION_SITE: ApplicationInput = {
  kind: 'opening',
  functions: WUHAN_EDUCATION.functions,
  handler: { phone: '027-85671234', phoneExt: '', mobile: '13800271234', email: 'liqing@wuhan.gov.cn' },
  siteManager: { phone: '027-85671235', phoneExt: '8001', mobile: '13900271234', email: 'web@wuhan.gov.cn' },
  siteName: '武汉市教育局网',
  cnDomain: '武汉市教育局.政务',
  redPage: false,
  enDomain: 'jyj.wuhan.gov.cn',
  ipv4: '59.172.10.21',
  ipv6: '',
  siteIntro: '发布武汉市教育政策、招生考试和办事服务信息。',
};
