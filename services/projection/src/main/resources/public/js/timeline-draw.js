// Draws the visible range of the timeline as an SVG sized in CSS pixels: the axis, one row per lane (folded lanes as
// a thin empty row), the marks in range (clipped to the plot), arrows where a deadline moved, and today's line. Dates
// known only to the year sit in their own column at the left; dates known to the month or part of it are a band.
import { svg } from './dom.js';
import { DAY, dateLabel } from './format.js';
import { arrowheadDefs, shape } from './shapes.js';
import { drawAxis, makeScale } from './timeline-axis.js';
import { groupMarks } from './labels.js';

const TOP = 34, RIGHT = 16, LANE_H = 38, COMPACT_H = 24, FOLDED_H = 22;

/** The left column (lane headers) and year-only column, narrower on a phone. */
export function columns(width) {
  return width < 640 ? { head: 112, undated: 56 } : { head: 190, undated: 90 };
}

export function drawChart(model, { width, range, compact, folded }) {
  const { head, undated } = columns(width);
  const left = head + (model.hasUndated ? undated : 0);
  const scale = makeScale(range, left, width - RIGHT);
  let y = TOP;
  const rows = model.lanes.map((lane) => {
    const h = folded.has(lane.id) ? FOLDED_H : compact ? COMPACT_H : LANE_H;
    y += h;
    return { lane, y: y - h, h, folded: folded.has(lane.id) };
  });
  const height = y + 18;
  const counts = model.lanes.map((l) => `${l.label}: ${l.marks.length}`).join('; ');
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'tl-title tl-desc' },
    svg('title', { id: 'tl-title', text: `Timeline of ${model.title}` }),
    svg('desc', { id: 'tl-desc', text: `${counts}. The event list below gives every event as text.` }),
    arrowheadDefs(),
    svg('clipPath', { id: 'tl-plot' }, svg('rect', { x: left - 9, y: 0, width: width - left + 9, height })),
    drawAxis(scale, TOP, height - 10),
    model.hasUndated ? [svg('text', { class: 'undated-head', x: head + 4, y: TOP - 14, text: 'year only' }),
      svg('line', { class: 'grid', x1: left - 6, x2: left - 6, y1: TOP - 8, y2: height - 10, 'stroke-dasharray': '2 3' })] : null,
    rows.map((row) => drawLane(row, scale, { head, compact })),
    model.today && model.today.start >= range.from && model.today.start <= range.to ? todayLine(scale.x(model.today.start), height, model.today.text) : null);
  return { chart, rows, scale, left };
}

function drawLane({ lane, y, h, folded }, scale, { head, compact }) {
  const mid = y + h / 2;
  const g = svg('g', { class: `lane${folded ? ' folded' : ''}`, 'data-lane': lane.id },
    svg('line', { class: 'grid', x1: 8, x2: scale.right, y1: y + h, y2: y + h }));
  if (folded) return g;
  const undated = lane.marks.filter((m) => m.when.precision === 'year');
  const step = Math.min(10, 60 / Math.max(1, undated.length));
  g.append(...undated.map((m, i) => shape(m, head + 10 + i * step, mid, null, { compact })));
  const at = (m) => scale.x(m.when.precision === 'day' || m.when.precision === 'instant' ? m.when.start : (m.when.start + m.when.end + DAY) / 2);
  const dated = lane.marks.filter((m) => m.when.precision !== 'year');
  const inRange = dated.filter((m) => m.when.end + DAY >= scale.from && m.when.start <= scale.to);
  const plot = svg('g', { 'clip-path': 'url(#tl-plot)' },
    dated.filter((m) => m.movedTo && (inRange.includes(m) || (m.movedTo.start >= scale.from && m.movedTo.start <= scale.to)))
      .map((m) => moveArrow(at(m), scale.x(m.movedTo.start), mid)),
    groupMarks(inRange, at, compact).flatMap((group) => (compact ? [group.members[0]] : group.members).map((m, i) => {
      const band = m.when.precision === 'month' || m.when.precision === 'part-of-month' ? [scale.x(m.when.start), scale.x(m.when.end + DAY)] : null;
      const drawn = i === 0 ? { label: group.label, title: group.title, count: compact ? group.members.length : 1 } : { label: null };
      return shape(m, at(m), mid, band, { compact, ...drawn });
    })));
  g.append(plot);
  return g;
}

function moveArrow(x1, x2, y) {
  const mid = (x1 + x2) / 2;
  return svg('path', { class: 'moved', d: `M${x1},${y - 7} Q${mid},${y - 24} ${x2 - (x2 > x1 ? 7 : -7)},${y - 7}`, 'marker-end': 'url(#arrowhead)' },
    svg('title', { text: 'deadline moved' }));
}

function todayLine(x, height, today) {
  return svg('g', {}, svg('line', { class: 'today', x1: x, x2: x, y1: TOP - 6, y2: height - 8 }),
    svg('text', { class: 'today-label', x: x + 4, y: height - 2, text: dateLabel(today) }));
}
