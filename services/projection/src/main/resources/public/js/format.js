// Dates as the events give them: "2025" (year), "2025-04" (month), "2025-07-early" (part of a month), "2025-06-16" (day) or an instant.
const DAY = 86_400_000;
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function worldDate(text) {
  if (!text) return null;
  const s = String(text);
  let m;
  if ((m = /^(\d{4})$/.exec(s))) return range(Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1) - DAY, 'year', s);
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return range(Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1) - DAY, 'month', s);
  if ((m = /^(\d{4})-(\d{2})-(early|mid|late)$/.exec(s))) {
    const from = { early: 1, mid: 11, late: 21 }[m[3]];
    const end = m[3] === 'late' ? Date.UTC(+m[1], +m[2], 1) - DAY : Date.UTC(+m[1], +m[2] - 1, from + 9);
    return range(Date.UTC(+m[1], +m[2] - 1, from), end, 'part-of-month', s);
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

export function dateLabel(text) {
  const d = worldDate(text);
  if (!d) return text || '';
  switch (d.precision) {
    case 'year': return `${text} (day not given)`;
    case 'month': return monthFormat.format(d.start);
    case 'part-of-month': return `${text.split('-')[2]} ${monthFormat.format(d.start)}`;
    case 'instant': return instantFormat.format(new Date(Date.parse(text)));
    default: return dayFormat.format(d.start);
  }
}

export function instantLabel(text) {
  const t = Date.parse(text);
  return Number.isNaN(t) ? (text || '') : instantFormat.format(new Date(t));
}

const pluralRules = new Intl.PluralRules(undefined);
const numberFormat = new Intl.NumberFormat(undefined);

/** "1 day", "22 days", through Intl.PluralRules and Intl.NumberFormat. */
export function plural(n, one, many) {
  return `${numberFormat.format(n)} ${pluralRules.select(n) === 'one' ? one : many}`;
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

export function rate(value, qualifier) {
  if (value === null || value === undefined || value === '') return 'rate not given';
  return `${qualifier === 'up_to' ? 'up to ' : ''}${value}%`;
}



export { DAY };
