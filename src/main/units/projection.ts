import { eq } from 'drizzle-orm';
import type { EventPayload } from '../../shared/events/events';
import type { Db } from '../db/open';
import { insertRow } from '../db/prepared';
import { applications, units } from '../db/schema';

type UnitFields = Omit<EventPayload<'UnitUpdated'>, 'unitId'>;

function columns(unit: UnitFields) {
  return {
    regionCode: unit.regionCode,
    regionLevel: unit.regionLevel,
    name: unit.name,
    systemCategory: unit.systemCategory,
    superiorUnit: unit.superiorUnit,
    address: unit.address,
    postcode: unit.postcode,
    functions: unit.functions,
    creditCode: unit.creditCode,
    headName: unit.head.name,
    headIdNumber: unit.head.idNumber,
    handlerName: unit.handler.name,
    handlerIdNumber: unit.handler.idNumber,
    handlerPhone: unit.handler.phone,
    handlerPhoneExt: unit.handler.phoneExt,
    handlerFax: unit.handler.fax,
    handlerFaxExt: unit.handler.faxExt,
    handlerMobile: unit.handler.mobile,
    handlerEmail: unit.handler.email,
  };
}

export function projectUnitRegistered(db: Db, payload: EventPayload<'UnitRegistered'>, at: string): void {
  insertRow(db, units, { id: payload.unitId, account: payload.account, ...columns(payload), createdAt: payload.registeredAt, updatedAt: at });
}

export function projectUnitUpdated(db: Db, payload: EventPayload<'UnitUpdated'>, at: string): void {
  db.update(units)
    .set({ ...columns(payload), updatedAt: at })
    .where(eq(units.id, payload.unitId))
    .run();
  // The query screen lists and filters applications by their unit's name, region and category.
  db.update(applications)
    .set({ unitName: payload.name, regionCode: payload.regionCode, systemCategory: payload.systemCategory })
    .where(eq(applications.unitId, payload.unitId))
    .run();
}
