/**
 * Identifiers made on a workstation without asking anyone, readable aloud and unique across workstations:
 * each carries the workstation's tag (the first 8 hex digits of its random 64-bit id, upper-case) and a counter of
 * that workstation. Two workstations could only clash if their tags matched (about n²/2³³ for n workstations);
 * bundle import detects such a clash. docs/identifiers.md explains the formats.
 */
export function workstationTag(workstationId: string): string {
  return workstationId.slice(0, 8).toUpperCase();
}

/** 登录账号 of a unit entered here: region, per-workstation sequence, tag — 420102-00017-1028F244. */
export function formatAccount(regionCode: string, seq: number, tag: string): string {
  return `${regionCode}-${String(seq).padStart(5, '0')}-${tag}`;
}

/** 申请序号: date, the unit's region, per-workstation daily sequence, tag — 20261128-420102-0007-1028F244. */
export function formatSerialNo(date: string, regionCode: string, seq: number, tag: string): string {
  return `${date}-${regionCode}-${String(seq).padStart(4, '0')}-${tag}`;
}
