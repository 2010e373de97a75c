// The time axis of the visible range: a linear scale, and ticks that adapt to it (days, weeks, half-months, months,
// quarters, half-years or years) so that they stay at least ~64 px apart, labelled in the reader's locale.
import { svg } from './dom.js';
import { DAY } from './format.js';
import { formats } from './locale.js';

const MIN_GAP = 64;
const STEPS = [
  { days: 1, next: (d) => addDays(d, 1) },
  { days: 2, next: (d) => addDays(d, 2) },
  { days: 7, next: (d) => addDays(d, 7), start: (d) => addDays(d, (8 - d.getUTCDay()) % 7) },
  { days: 15, next: (d) => (d.getUTCDate() === 1 ? at(d.getUTCFullYear(), d.getUTCMonth(), 16) : at(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)) },
  ...[1, 3, 6, 12].map((n) => ({ days: 30.4 * n, months: n, next: (d) => at(d.getUTCFullYear(), d.getUTCMonth() + n, 1) })),
];

export function makeScale(range, left, right) {
  const k = (right - left) / (range.to - range.from);
  return { ...range, left, right, x: (t) => left + (t - range.from) * k, time: (x) => range.from + (x - left) / k };
}

export function ticks(scale) {
  const pxPerDay = scale.x(scale.from + DAY) - scale.x(scale.from);
  const step = STEPS.find((s) => s.days * pxPerDay >= MIN_GAP) || { days: 365 * 5, months: 60, next: (d) => at(d.getUTCFullYear() + 5, 0, 1) };
  const out = [];
  let d = firstTick(new Date(scale.from), step);
  let previous = null;
  for (; d.getTime() < scale.to && out.length < 400; d = step.next(d)) {
    if (d.getTime() < scale.from) continue;
    out.push({ t: d.getTime(), label: label(d, previous, step) });
    previous = d;
  }
  return out;
}

function firstTick(from, step) {
  const day = at(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  if (step.start) return step.start(day);
  if (step.months) {
    const m = from.getUTCMonth() + 1;
    return at(from.getUTCFullYear(), Math.ceil(m / step.months) * step.months, 1);
  }
  if (step.days === 15) return from.getUTCDate() <= 1 ? day : step.next(at(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() <= 16 ? 1 : 16));
  return day;
}

/** The year is named on the first tick and where it changes; months where they change when ticks are days. */
function label(d, previous, step) {
  const newYear = !previous || previous.getUTCFullYear() !== d.getUTCFullYear();
  if (step.months >= 12) return formats.year.format(d);
  if (step.months) return newYear ? formats.monthYear.format(d) : formats.monthShort.format(d);
  return newYear ? formats.day.format(d) : formats.dayInMonth.format(d);
}

export function drawAxis(scale, top, bottom) {
  return svg('g', { class: 'axis' }, ticks(scale).flatMap(({ t, label: text }) => {
    const x = scale.x(t);
    return [svg('line', { class: 'grid', x1: x, x2: x, y1: top - 8, y2: bottom }), svg('text', { x: x + 3, y: top - 14, text })];
  }));
}

const at = (y, m, d) => new Date(Date.UTC(y, m, d));
const addDays = (d, n) => new Date(d.getTime() + n * DAY);
