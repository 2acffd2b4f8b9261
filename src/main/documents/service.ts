import dayjs from 'dayjs';
import { eq } from 'drizzle-orm';
import type { TDocumentDefinitions, Content } from 'pdfmake/interfaces';
import { AppError } from '../../shared/api/errors';
import type { ApplicationData } from '../../shared/applications/application';
import type { DocumentKind } from '../../shared/paper/documents';
import { makeScanCode } from '../../shared/paper/scan-code';
import { bianbanName } from '../../shared/regions/regions';
import type { ApplicationsService } from '../applications/service';
import type { Db } from '../db/open';
import { applications, workstationProfile } from '../db/schema';
import type { SettingsService } from '../settings/service';
import type { DocumentFacts } from './facts';
import { form, FORM_COPIES } from './form';
import { GONGWEN, scanFooter } from './layout';
import { letter, LETTER_TITLE } from './letter';
import { receipt, RECEIPT_TITLE } from './receipt';
import type { PdfRenderer } from './render';
import { supplement, SUPPLEMENT_TITLE } from './supplement';

export interface RenderedPdf {
  fileName: string;
  pdf: Buffer;
}

const TITLES: Record<DocumentKind, string> = { letter: LETTER_TITLE, form: '申请表', receipt: RECEIPT_TITLE, supplement: SUPPLEMENT_TITLE };

/** The printed documents of an application's newest version, one PDF for any selection of them. */
export class DocumentsService {
  constructor(
    private readonly db: Db,
    private readonly applications: ApplicationsService,
    private readonly settings: SettingsService,
    private readonly renderer: PdfRenderer,
    private readonly now: () => number,
  ) {}

  async render(applicationId: string, kinds: DocumentKind[]): Promise<RenderedPdf> {
    const facts = this.facts(applicationId);
    return { fileName: `${facts.serialNo}-${kinds.map((k) => TITLES[k]).join('+')}.pdf`, pdf: await this.renderer.render(this.definition(facts, kinds)) };
  }

  async renderBySerial(serialNo: string, kinds: DocumentKind[]): Promise<RenderedPdf> {
    const row = this.db.select({ id: applications.id }).from(applications).where(eq(applications.serialNo, serialNo)).get();
    if (!row) throw new AppError('NOT_FOUND', `没有申请序号为 ${serialNo} 的申请。`);
    return this.render(row.id, kinds);
  }

  /** The document definition, also used by the glyph test to list every character printed. */
  definition(facts: DocumentFacts, kinds: DocumentKind[]): TDocumentDefinitions {
    const parts: Content[][] = kinds.flatMap((kind) => {
      if (kind === 'form') return Array.from({ length: FORM_COPIES }, (_, i) => form(facts, i + 1));
      if (kind === 'letter') return [letter(facts)];
      if (!facts.checkin) throw new AppError('CONFLICT', '该申请尚未登记书面材料，没有回执或补正通知可打印。');
      if (kind === 'supplement' && facts.checkin.complete) throw new AppError('CONFLICT', '最近一次登记材料齐全，没有补正通知可打印。');
      return [kind === 'receipt' ? receipt(facts) : supplement(facts)];
    });
    return {
      pageSize: 'A4',
      pageMargins: GONGWEN.margins,
      info: { title: kinds.map((k) => TITLES[k]).join('、'), subject: facts.serialNo, creator: '网站审核工作站', producer: '网站审核工作站' },
      defaultStyle: { font: 'fangsong', fontSize: GONGWEN.bodySize, lineHeight: GONGWEN.lineHeight },
      styles: {
        title: { font: 'title', fontSize: GONGWEN.titleSize, alignment: 'center', lineHeight: 1.2 },
        formTitle: { font: 'title', fontSize: 18, alignment: 'center', lineHeight: 1.2, margin: [0, 0, 0, 10] },
        receiptTitle: { font: 'hei', fontSize: 15, lineHeight: 1.2 },
      },
      footer: scanFooter(facts.scanCode),
      // Each document of a batch, and each copy of the form, starts on a page of its own.
      content: parts.map((part, i) => (i === 0 ? { stack: part } : { stack: part, pageBreak: 'before' as const })),
    };
  }

  facts(applicationId: string): DocumentFacts {
    const detail = this.applications.get(applicationId);
    const version = detail.versions.at(-1);
    if (!detail.serialNo || !version) throw new AppError('CONFLICT', '该申请尚未提交，没有可打印的材料。');
    const profile = this.db.select().from(workstationProfile).get();
    return {
      serialNo: detail.serialNo,
      version: version.version,
      scanCode: makeScanCode(detail.serialNo, version.version),
      data: version.data as ApplicationData,
      cnDomainAscii: detail.cnDomainAscii,
      unit: detail.unit,
      addressee: bianbanName(detail.unit.regionCode),
      office: profile ? bianbanName(profile.regionCode) : '机构编制部门',
      today: dayjs(this.now()).format('YYYY-MM-DD'),
      checkin: detail.checkins.at(-1) ?? null,
      paperReviewDays: this.settings.get().deadlineDays.paperReview,
    };
  }
}
