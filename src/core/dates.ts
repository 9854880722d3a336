// Reading tracker dates: instants from ISO strings, and the days or hours between two of them.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Signals read the same dates many times (72,000 reads on a 1,000-issue backlog). A cache of parsed
// strings stopped helping past its size (a 10,000-issue backlog has 260,000 distinct times) and cost
// a hash look-up per read; reading the digits of the usual ISO forms directly is faster than either
// and needs no memory. Anything else goes to Date.parse, so every answer is Date.parse's.
const DAY_MS = 86_400_000;

/** Two digits at `i` as a number, or -1 when either is not a digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function daysIn(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12): the civil-calendar formula. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * `YYYY-MM-DDTHH:MM:SS` with no fraction or three digits of one, then `Z`, `±HH:MM` or `±HHMM`:
 * what the converters and both trackers write. NaN means "not this form" (the caller asks Date.parse).
 */
function isoFast(s: string): number {
  const n = s.length;
  if (n < 20 || n > 29 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  const century = twoDigits(s, 0);
  const year = twoDigits(s, 2);
  const mo = twoDigits(s, 5);
  const d = twoDigits(s, 8);
  const h = twoDigits(s, 11);
  const mi = twoDigits(s, 14);
  const sec = twoDigits(s, 17);
  // Only real calendar dates and times: Date.parse rolls Feb 30 over, takes 24:00, and so on.
  if (century < 0 || year < 0 || mo < 1 || mo > 12 || d < 1 || (d > 28 && d > daysIn(century * 100 + year, mo)) || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return NaN;
  let at = 19;
  let ms = 0;
  if (s.charCodeAt(19) === 46) {
    const tens = twoDigits(s, 20);
    const units = s.charCodeAt(22) - 48;
    if (tens < 0 || units < 0 || units > 9) return NaN;
    ms = tens * 10 + units;
    at = 23;
  }
  let offset = 0;
  const sign = s.charCodeAt(at);
  if (sign === 90) {
    if (n !== at + 1) return NaN;
  } else if (sign === 43 || sign === 45) {
    const colon = n === at + 6 && s.charCodeAt(at + 3) === 58;
    if (!colon && n !== at + 5) return NaN;
    const oh = twoDigits(s, at + 1);
    const om = twoDigits(s, colon ? at + 4 : at + 3);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (sign === 43 ? 1 : -1) * (oh * 60 + om) * 60_000;
  } else return NaN;
  return daysFromCivil(century * 100 + year, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 + ms - offset;
}

export function time(iso: string | null | undefined): number {
  if (!iso) return NaN;
  const fast = isoFast(iso);
  return Number.isNaN(fast) ? Date.parse(iso) : fast;
}

export function daysBetween(from: string | null | undefined, to: string | null | undefined): number {
  return (time(to) - time(from)) / DAY;
}

/** Days from one time to another, both as numbers: `daysBetween` for times already read. */
export function daysFrom(from: number, to: number): number {
  return (to - from) / DAY;
}

export function hoursBetween(from: string | null | undefined, to: string | null | undefined): number {
  return (time(to) - time(from)) / HOUR;
}
