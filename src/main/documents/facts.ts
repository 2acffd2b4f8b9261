import type { PaperCheckinView, UnitView } from '../../shared/api/types';
import type { ApplicationData } from '../../shared/applications/application';

/** Everything a printed document says about one version of an application. ID numbers arrive masked. */
export interface DocumentFacts {
  serialNo: string;
  version: number;
  scanCode: string;
  data: ApplicationData;
  cnDomainAscii: string;
  unit: UnitView;
  /** 主送: the 编办 of the unit's region. */
  addressee: string;
  /** The 编办 this workstation serves, which signs receipts and 补正通知. */
  office: string;
  /** The print date, YYYY-MM-DD. */
  today: string;
  /** The newest check-in, for the receipt and the 补正通知. */
  checkin: PaperCheckinView | null;
  paperReviewDays: number;
}
