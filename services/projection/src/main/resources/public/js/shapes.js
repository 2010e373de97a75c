// The marks of the timeline: one shape and colour per kind of fact, hollow when the date is known only to the month or year.
import { svg } from './dom.js';

export const KINDS = {
  'round-summit': { label: 'Summit', color: 'var(--summit)', draw: (x, y) => circle(x, y, 8) },
  'round-ministerial': { label: 'Ministerial round', color: 'var(--ministerial)', draw: (x, y) => circle(x, y, 6) },
  'round-working': { label: 'Working-level round', color: 'var(--working)', draw: (x, y) => circle(x, y, 4.5) },
  tariff: { label: 'Tariff imposed or changed', color: 'var(--tariff)', draw: (x, y) => rect(x, y, 6) },
  threat: { label: 'Tariff threatened', color: 'var(--tariff)', hollow: true, draw: (x, y) => rect(x, y, 6) },
  issue: { label: 'Issue opened or closed', color: 'var(--statement)', draw: (x, y) => triangle(x, y, 6) },
  statement: { label: 'Statement', color: 'var(--statement)', draw: (x, y) => circle(x, y, 3.5) },
  due: { label: 'Deadline (current date)', color: 'var(--deadline)', draw: (x, y) => diamond(x, y, 8) },
  'due-passed': { label: 'Deadline passed', color: 'var(--muted)', draw: (x, y) => diamond(x, y, 7) },
  'old-due': { label: 'Earlier due date, then moved', color: 'var(--muted)', hollow: true, draw: (x, y) => diamond(x, y, 7) },
  signal: { label: 'Change hinted', color: 'var(--deadline)', draw: (x, y) => signal(x, y) },
  milestone: { label: 'Milestone (political context)', color: 'var(--accent)', hollow: true, draw: (x, y) => diamond(x, y, 7) },
  cancelled: { label: 'Cancelled', color: 'var(--danger)', draw: (x, y) => cross(x, y, 6) },
};

/** One mark; in compact mode smaller, with its label beside it rather than below; a group's first mark carries its label and tooltip. */
export function shape(mark, x, y, monthBand, { label = mark.label, title = mark.title, compact = false, count = 1 } = {}) {
  const kind = KINDS[mark.kind] || KINDS.issue;
  const hollow = kind.hollow || mark.when.precision !== 'day' && mark.when.precision !== 'instant';
  const node = kind.draw(x, y);
  node.setAttribute('class', 'shape');
  if (compact) node.setAttribute('transform', `translate(${x} ${y}) scale(.72) translate(${-x} ${-y})`);
  node.setAttribute('style', hollow ? `fill:var(--surface);stroke:${kind.color};stroke-width:2` : `fill:${kind.color};stroke:${kind.color}`);
  const band = monthBand ? svg('rect', { class: 'range', x: monthBand[0], y: y - (compact ? 6 : 9), width: Math.max(2, monthBand[1] - monthBand[0]),
    height: compact ? 12 : 18, rx: 4, style: `fill:${kind.color}` }) : null;
  const text = !label ? null : compact ? svg('text', { class: 'mark-label', x: x + 9, y: y + 4, 'font-size': 10, text: label })
    : svg('text', { class: 'mark-label', x, y: y + 22, 'text-anchor': 'middle', 'font-size': 11, text: label });
  return svg('g', { class: `mark ${mark.kind}${count > 1 ? ' cluster' : ''}`, 'data-kind': mark.kind, 'data-count': count > 1 ? count : null },
    band, node, text, svg('title', { text: title }));
}

export function arrowheadDefs() {
  return svg('defs', {}, svg('marker', { id: 'arrowhead', viewBox: '0 0 10 10', refX: 5, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
    svg('path', { d: 'M0,0 L10,5 L0,10 z', style: 'fill:var(--deadline)' })));
}

const circle = (x, y, r) => svg('circle', { cx: x, cy: y, r });
const rect = (x, y, s) => svg('rect', { x: x - s, y: y - s, width: 2 * s, height: 2 * s, rx: 1.5 });
const triangle = (x, y, s) => svg('path', { d: `M${x},${y - s} L${x + s},${y + s} L${x - s},${y + s} z` });
const diamond = (x, y, s) => svg('path', { d: `M${x},${y - s} L${x + s},${y} L${x},${y + s} L${x - s},${y} z` });
const cross = (x, y, s) => svg('path', { d: `M${x - s},${y - s} L${x + s},${y + s} M${x + s},${y - s} L${x - s},${y + s}`, 'stroke-width': 3 });
const signal = (x, y) => svg('g', {}, svg('circle', { cx: x, cy: y, r: 8 }),
  svg('text', { x, y: y + 4, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700, style: 'fill:var(--surface)', text: '?' }));
