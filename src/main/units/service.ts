import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { Page, UnitDetail, UnitListRow, UnitView } from '../../shared/api/types';
import { unitChecks, type Check, type UnitFacts } from '../../shared/applications/checks';
import type { UnitRecord } from '../../shared/events/events';
import { formatAccount, workstationTag } from '../../shared/ids';
import { regionLevelOf, type UnitData } from '../../shared/units/unit';
import { maskIdNumber } from '../../shared/validation/id-number';
import { todayIso } from '../../shared/validation/text';
import { nextCounter } from '../db/counters';
import type { WorkDb } from '../db/open';
import { units } from '../db/schema';
import type { Journal } from '../journal/journal';
import { listUnits, type UnitFilter } from './list';
import type { ApplicationsReader } from '../applications/reader';
import type { PersonalDataCipher } from '../personal-data/cipher';

type UnitRow = typeof units.$inferSelect;


/** 申请单位: registration entered at the workstation (代录入), edits, lists and checks. */
export class UnitsService {
  constructor(
    private readonly work: WorkDb,
    private readonly journal: Journal,
    private readonly applications: ApplicationsReader,
    private readonly cipher: PersonalDataCipher,
    private readonly now: () => number = Date.now,
  ) {}

  create(actor: string, data: UnitData): UnitView {
    const unitId = randomUUID();
    this.journal.record(actor, () => {
      const account = formatAccount(
        data.regionCode,
        nextCounter(this.work.sqlite, 'unit-account'),
        workstationTag(this.journal.workstationId),
      );
      const registeredAt = new Date(this.now()).toISOString();
      return [{ type: 'UnitRegistered', aggregateId: unitId, payload: { unitId, account, registeredAt, ...this.record(data) } }];
    });
    return this.view(this.require(unitId));
  }

  /** An empty ID number in `data` keeps the stored one: the screens never receive ID numbers to send back. */
  update(actor: string, unitId: string, data: UnitData): UnitView {
    this.journal.record(actor, () => {
      const current = this.require(unitId);
      const record = this.record(data);
      record.head.idNumber ||= current.headIdNumber;
      record.handler.idNumber ||= current.handlerIdNumber;
      return [{ type: 'UnitUpdated', aggregateId: unitId, payload: { unitId, ...record } }];
    });
    return this.view(this.require(unitId));
  }

  get(unitId: string): UnitDetail {
    const unit = this.require(unitId);
    return {
      unit: this.view(unit),
      applications: this.applications.ofUnit(unitId),
      checks: this.checks(this.facts(unit), unitId),
    };
  }

  list(filter: UnitFilter): Page<UnitListRow> {
    return listUnits(this.work.db, filter);
  }

  /** Checks on a registration being typed (before it is saved, ID numbers in full). */
  checkInput(input: UnitFacts, unitId: string | null): Check[] {
    const stored = unitId ? this.work.db.select().from(units).where(eq(units.id, unitId)).get() : undefined;
    return this.checks(
      {
        ...input,
        head: { ...input.head, idNumber: input.head.idNumber || this.cipher.open(stored?.headIdNumber ?? '') },
        handler: { ...input.handler, idNumber: input.handler.idNumber || this.cipher.open(stored?.handlerIdNumber ?? '') },
      },
      unitId,
    );
  }

  /** The facts the automatic checks need, ID numbers included: never sent to the screens. */
  factsOf(unitId: string): UnitFacts {
    return this.facts(this.require(unitId));
  }

  viewOf(unitId: string): UnitView {
    return this.view(this.require(unitId));
  }

  private checks(facts: UnitFacts, unitId: string | null): Check[] {
    const checks = unitChecks(facts, todayIso(new Date(this.now())));
    const namesake = this.work.db
      .select({ id: units.id, account: units.account })
      .from(units)
      .where(eq(units.name, facts.name.trim()))
      .all()
      .filter((u) => u.id !== unitId);
    if (facts.name.trim() && namesake.length > 0) {
      checks.push({
        code: 'unit.duplicateName',
        field: 'name',
        message: `已有同名单位（登录账号 ${namesake.map((u) => u.account).join('、')}），请确认不是重复登记`,
      });
    }
    return checks;
  }

  /**
   * One ID number in full, for a user holding the reveal permission (checked by the caller): the reveal is
   * journalled with its purpose, the number never is.
   */
  revealIdNumber(actor: string, input: { unitId: string; field: 'head' | 'handler'; purpose: string }): { idNumber: string } {
    let idNumber = '';
    this.journal.record(actor, () => {
      const unit = this.require(input.unitId);
      idNumber = this.cipher.open(input.field === 'head' ? unit.headIdNumber : unit.handlerIdNumber);
      if (!idNumber) throw new AppError('NOT_FOUND', '该单位未填写此身份证号。');
      return [{ type: 'IdNumberRevealed', aggregateId: unit.id, payload: input }];
    });
    return { idNumber };
  }

  /** The record as journalled: ID numbers sealed, never in the clear. */
  private record(data: UnitData): Omit<UnitRecord, 'unitId' | 'account' | 'registeredAt'> {
    return {
      ...data,
      regionLevel: regionLevelOf(data.regionCode),
      head: { ...data.head, idNumber: this.cipher.seal(data.head.idNumber) },
      handler: { ...data.handler, idNumber: this.cipher.seal(data.handler.idNumber) },
    };
  }

  private require(unitId: string): UnitRow {
    const unit = this.work.db.select().from(units).where(eq(units.id, unitId)).get();
    if (!unit) throw new AppError('NOT_FOUND', '该单位不存在。');
    return unit;
  }

  private facts(unit: UnitRow): UnitFacts {
    // An ID number whose key has not arrived yet is checked as absent until it does.
    const open = (sealed: string) => (this.cipher.canOpen(sealed) ? this.cipher.open(sealed) : '');
    return {
      name: unit.name,
      regionCode: unit.regionCode,
      regionLevel: unit.regionLevel as UnitFacts['regionLevel'],
      creditCode: unit.creditCode,
      head: { name: unit.headName, idNumber: open(unit.headIdNumber) },
      handler: { name: unit.handlerName, idNumber: open(unit.handlerIdNumber) },
    };
  }

  private view(unit: UnitRow): UnitView {
    const mask = (sealed: string) => {
      if (!sealed) return '';
      // Sealed on a workstation whose key has not arrived yet: say so rather than fail the whole screen.
      if (!this.cipher.canOpen(sealed)) return '（密钥未送达）';
      return maskIdNumber(this.cipher.open(sealed));
    };
    return {
      id: unit.id,
      account: unit.account,
      regionCode: unit.regionCode,
      regionLevel: unit.regionLevel as UnitView['regionLevel'],
      name: unit.name,
      systemCategory: unit.systemCategory as UnitView['systemCategory'],
      superiorUnit: unit.superiorUnit,
      address: unit.address,
      postcode: unit.postcode,
      functions: unit.functions,
      creditCode: unit.creditCode,
      head: { name: unit.headName, idNumberMasked: mask(unit.headIdNumber) },
      handler: {
        name: unit.handlerName,
        idNumberMasked: mask(unit.handlerIdNumber),
        phone: unit.handlerPhone,
        phoneExt: unit.handlerPhoneExt,
        fax: unit.handlerFax,
        faxExt: unit.handlerFaxExt,
        mobile: unit.handlerMobile,
        email: unit.handlerEmail,
      },
      createdAt: unit.createdAt,
      updatedAt: unit.updatedAt,
    };
  }
}
