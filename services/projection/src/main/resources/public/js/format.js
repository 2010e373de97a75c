// Dates as the events give them: "2025" (year), "2025-04" (month), "2025-07-early" (part of a month), "2025-06-16" (day)
// or an instant; shown in the reader's locale (locale.js) with that precision and no more.
import { DAY, formats, partOfMonth, percentOf, plural } from './locale.js';

export function worldDate(text) {
  if (!text) return null;
  const s = String(text);
  let m;
  if ((m = /^(\d{4})$/.exec(s))) return range(Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1) - DAY, 'year', s);
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return range(Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1) - DAY, 'month', s);
  if ((m = /^(\d{4})-(\d{2})-(early|mid|late)$/.exec(s))) {
    const from = { early: 1, mid: 11, late: 21 }[m[3]];
    const end = m[3] === 'late' ? Date.UTC(+m[1], +m[2], 1) - DAY : Date.UTC(+m[1], +m[2] - 1, from + 9);
    return { ...range(Date.UTC(+m[1], +m[2] - 1, from), end, 'part-of-month', s), part: m[3] };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) { const t = Date.UTC(+m[1], +m[2] - 1, +m[3]); return range(t, t, 'day', s); }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return range(day, day, 'instant', s);
}

function range(start, end, precision, text) {
  return { start, end, precision, text };
}

/** "9 Jul 2025", "February 2025", "early July 2025", "2025 (day not given)" in en-GB; "9. Juli 2025" in de-DE. */
export function dateLabel(text) {
  const d = worldDate(text);
  if (!d) return text || '';
  switch (d.precision) {
    case 'year': return `${formats.year.format(d.start)} (day not given)`;
    case 'month': return formats.month.format(d.start);
    case 'part-of-month': return partOfMonth(d.part, d.start, d.end);
    case 'instant': return formats.instant.format(new Date(Date.parse(text)));
    default: return formats.day.format(d.start);
  }
}

export function instantLabel(text) {
  const t = Date.parse(text);
  return Number.isNaN(t) ? (text || '') : formats.instant.format(new Date(t));
}

export function daysWord(n) {
  return plural(Math.abs(n), 'day', 'days');
}

/** A deadline's countdown: "today", "window open", "in 22 days". */
export function countdown(d) {
  if (d.state === 'due_today' || d.daysLeft === 0) return 'today';
  if (d.state === 'in_window') return 'window open';
  return `in ${daysWord(d.daysLeft)}`;
}

export function humanize(word) {
  return word ? String(word).replaceAll('_', ' ') : '';
}

/** "25%", "up to 24%" ("25 %" in de-DE); "rate not given" when the sources give none. */
export function rate(value, qualifier) {
  if (value === null || value === undefined || value === '') return 'rate not given';
  const n = Number(value);
  return `${qualifier === 'up_to' ? 'up to ' : ''}${Number.isFinite(n) ? percentOf(n) : `${value}%`}`;
}

export { DAY, plural };
