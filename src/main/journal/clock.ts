/**
 * Hybrid logical clock stamps: `<wall ms, 15 digits>-<counter, 6 digits>-<workstation id>`. They sort as strings in
 * causal order on one workstation and give one total order across workstations, whatever their wall clocks say.
 */
export interface HlcParts {
  millis: number;
  counter: number;
  workstationId: string;
}

export function formatHlc({ millis, counter, workstationId }: HlcParts): string {
  return `${String(millis).padStart(15, '0')}-${String(counter).padStart(6, '0')}-${workstationId}`;
}

export function parseHlc(stamp: string): HlcParts {
  const match = /^(\d{15})-(\d{6})-([0-9a-z]+)$/.exec(stamp);
  if (!match) throw new Error(`Malformed HLC stamp: ${stamp}`);
  return { millis: Number(match[1]), counter: Number(match[2]), workstationId: match[3] };
}

/** The next stamp after `last` (the newest this workstation has issued), given the wall clock `now`. */
export function nextHlc(last: string | null, now: number, workstationId: string): string {
  const previous = last ? parseHlc(last) : null;
  if (!previous || now > previous.millis) return formatHlc({ millis: now, counter: 0, workstationId });
  return formatHlc({ millis: previous.millis, counter: previous.counter + 1, workstationId });
}

/** The wall time an event was stamped at, as ISO 8601: projections use it so a rebuild reproduces them exactly. */
export function hlcIso(stamp: string): string {
  return new Date(parseHlc(stamp).millis).toISOString();
}
