/**
 * Conflicts as admins count them: a notice refused because its decision lost is folded into that decision (same
 * application and workstation, recorded after it), so one thing decided twice is one conflict, wherever it is shown.
 */
export function groupConflicts<Row extends { eventType: string; aggregateId: string; workstationId: string }>(rowsInClockOrder: Row[]): { row: Row; notices: Row[] }[] {
  const groups: { row: Row; notices: Row[] }[] = [];
  for (const row of rowsInClockOrder) {
    const decision =
      row.eventType === 'NoticeQueued'
        ? groups.findLast((g) => g.row.aggregateId === row.aggregateId && g.row.workstationId === row.workstationId && g.row.eventType !== 'NoticeQueued')
        : undefined;
    if (decision) decision.notices.push(row);
    else groups.push({ row, notices: [] });
  }
  return groups;
}
