import dayjs from 'dayjs';
import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { PaperLookup } from '../../shared/api/types';
import { APPLICATION_STATE_LABELS, transition, type ApplicationState } from '../../shared/applications/workflow';
import type { CheckInInput } from '../../shared/paper/checkin';
import { checklistFor } from '../../shared/paper/checklist';
import { makeScanCode, parseScanCode } from '../../shared/paper/scan-code';
import { supplementNotice } from '../../shared/review/notice';
import type { SystemCategory } from '../../shared/units/unit';
import type { ApplicationsService } from '../applications/service';
import type { Db } from '../db/open';
import { applications } from '../db/schema';
import type { Journal } from '../journal/journal';
import type { NoticesService } from '../notices/service';
import type { SettingsService } from '../settings/service';
import type { PaperReader } from './reader';
import type { ScansService } from '../scans/service';

/** States in which paper is expected. */
const EXPECTING: ApplicationState[] = ['awaitingPaper', 'supplementRequested'];

type ApplicationRecord = typeof applications.$inferSelect;

/** 书面材料登记: a scan finds the exact version; the check-in completes the paper or asks for 补正. */
export class PaperService {
  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
    private readonly applications: ApplicationsService,
    private readonly notices: NoticesService,
    private readonly settings: SettingsService,
    private readonly reader: PaperReader,
    private readonly scans: ScansService,
    private readonly now: () => number,
  ) {}

  /**
   * What the scanner typed → the application, if its paper can be checked in now. A bare 申请序号 (typed by hand
   * when the code will not scan) finds the newest version, which the clerk then compares with the paper.
   */
  lookup(code: string): PaperLookup {
    const parsed = parseScanCode(code);
    if (!parsed.ok) {
      const serialNo = code.normalize('NFKC').trim().toUpperCase();
      const bySerial = parsed.reason === 'malformed' && serialNo ? this.db.select().from(applications).where(eq(applications.serialNo, serialNo)).get() : undefined;
      if (!bySerial) throw new AppError('INVALID_INPUT', parsed.message, { code: parsed.message });
      this.requireExpecting(bySerial, bySerial.version);
      return { ...this.view(bySerial), versionChecked: false };
    }
    const application = this.db.select().from(applications).where(eq(applications.serialNo, parsed.serialNo)).get();
    if (!application) throw new AppError('NOT_FOUND', `没有申请序号为 ${parsed.serialNo} 的申请：请核对材料，或确认该申请已同步到本工作站。`);
    this.requireExpecting(application, parsed.version);
    return this.view(application);
  }

  /** The same as a scan, from the application screen. */
  open(applicationId: string): PaperLookup {
    const application = this.require(applicationId);
    this.requireExpecting(application, application.version);
    return this.view(application);
  }

  checkIn(actor: string, input: CheckInInput): { state: ApplicationState; complete: boolean } {
    const [event] = this.journal.record(actor, () => {
      const application = this.require(input.applicationId);
      this.requireExpecting(application, input.expectedVersion);
      if (input.receivedOn > dayjs(this.now()).format('YYYY-MM-DD')) {
        throw new AppError('INVALID_INPUT', '收到日期不能晚于今天。', { receivedOn: '收到日期不能晚于今天' });
      }
      const checklist = this.checklistOf(application);
      const unknown = input.present.find((code) => !checklist.some((item) => item.code === code));
      if (unknown) throw new AppError('CONFLICT', '材料清单已被管理员修改，请重新扫描后登记。');
      const items = checklist.map((item) => ({ code: item.code, label: item.label, present: input.present.includes(item.code) }));
      const complete = items.every((item) => item.present);
      const moved = transition(application.state as ApplicationState, complete ? 'completePaper' : 'requestSupplement');
      if (!moved.ok) throw new AppError('CONFLICT', moved.message);
      const checkedIn = {
        type: 'PaperCheckedIn' as const,
        aggregateId: application.id,
        payload: {
          applicationId: application.id,
          version: application.version,
          receivedOn: input.receivedOn,
          channel: input.channel,
          trackingNo: input.trackingNo,
          note: input.note,
          items,
          complete,
          nextState: moved.next,
        },
      };
      if (complete) return [checkedIn];
      return [checkedIn, ...this.supplementNotices(application, items.filter((i) => !i.present).map((i) => i.label), input.note)];
    });
    if (event.type !== 'PaperCheckedIn') throw new Error('unreachable');
    return { state: event.payload.nextState, complete: event.payload.complete };
  }

  /** Wrong scans change nothing: another version's code, paper already complete, or no paper expected at all. */
  private requireExpecting(application: ApplicationRecord, version: number): void {
    const state = application.state as ApplicationState;
    if (!EXPECTING.includes(state)) {
      const label = APPLICATION_STATE_LABELS[state];
      throw new AppError(
        'CONFLICT',
        state === 'submitted' || state === 'initialRejected' || state === 'draft'
          ? `该申请尚未通过初审（当前：${label}），还不能登记书面材料。`
          : state === 'finalReview' || state === 'approved' || state === 'refused' || state.startsWith('badge') || state === 'listed'
            ? `该申请的书面材料已登记齐全（当前：${label}），无需再次登记。`
            : `该申请当前为“${label}”，不能登记书面材料。`,
      );
    }
    if (version !== application.version) {
      throw new AppError(
        'CONFLICT',
        `这份材料按第 ${version} 版打印，申请现为第 ${application.version} 版：请单位重新打印最新版本的申请函和申请表后报送。`,
      );
    }
  }

  private view(application: ApplicationRecord): PaperLookup {
    return {
      application: this.applications.rowOf(application.id),
      scanCode: makeScanCode(application.serialNo ?? '', application.version),
      checklist: this.checklistOf(application),
      checkins: this.reader.ofApplication(application.id),
      scans: this.scans.list(application.id),
      versionChecked: true,
    };
  }

  private checklistOf(application: ApplicationRecord) {
    return checklistFor(this.settings.get().paperChecklist, {
      systemCategory: application.systemCategory as SystemCategory,
      regionCode: application.regionCode,
    });
  }

  private supplementNotices(application: ApplicationRecord, missing: string[], note: string) {
    const facts = { unitName: application.unitName, siteName: application.siteName, serialNo: application.serialNo ?? '' };
    const texts = this.notices.texts((templates, channel) => supplementNotice(templates, facts, missing, note, channel));
    return this.notices.queue(application, 'supplementRequest', texts);
  }

  private require(applicationId: string): ApplicationRecord {
    const application = this.db.select().from(applications).where(eq(applications.id, applicationId)).get();
    if (!application) throw new AppError('NOT_FOUND', '该申请不存在。');
    return application;
  }
}
