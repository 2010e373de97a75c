// Draws the negotiation as an SVG: a lane of rounds, one of tariffs, one of issues and statements, a context lane of
// milestones (elections, summits), and one lane per legal date or target showing where it was due, how it moved (arrows) and when a move was hinted (?). Dates known only to the
// year sit in their own column at the left; dates known to the month are drawn as a band across the month.
import { svg, replace } from './dom.js';
import { DAY, dateLabel, worldDate } from './format.js';
import { describe } from './describe.js';
import { arrowheadDefs, shape } from './shapes.js';
import { renderLegend } from './legend.js';
import { groupNearby, placeLabels } from './labels.js';

const W = 1000, LABEL_W = 190, UNDATED_W = 90, RIGHT = 24, TOP = 34, LANE_H = 38;
const EVENT_LANES = [
  { id: 'rounds', label: 'Rounds', types: ['RoundHeld', 'RoundCancelled'] },
  { id: 'tariffs', label: 'Tariffs', types: ['TariffImposed', 'TariffAnnounced', 'TariffThreatened', 'TariffChanged', 'TariffSuspended', 'TariffLifted'] },
  { id: 'talk', label: 'Issues, positions and statements', types: ['IssueOpened', 'IssueClosed', 'IssueMarkedBlocking', 'PositionStated', 'ProposalMade',
    'ProposalAnswered', 'ConcessionMade', 'StatementMade', 'AgreementReached'] },
];

export function renderTimeline(status, timeline) {
  const events = timeline.events || [];
  const lanes = [
    ...EVENT_LANES.map((l) => ({ label: l.label, marks: events.filter((e) => l.types.includes(e.type)).map(eventMark) })),
    ...((status.milestones || []).length ? [{ label: 'Context (milestones)', marks: status.milestones.map(milestoneMark).filter((m) => m.when) }] : []),
    ...(status.deadlines || []).filter((d) => d.deadlineClass !== 'milestone')
      .map((d) => ({ label: `${d.deadlineClass === 'target' ? 'Target: ' : ''}${d.title || d.deadlineId}`, marks: deadlineMarks(d, status.today) })),
  ];
  const today = worldDate(status.today);
  const hasUndated = lanes.some((l) => l.marks.some((m) => m.when.precision === 'year'));
  const scale = makeScale(lanes, today, hasUndated);
  lanes.forEach((l) => groupNearby(l.marks.filter((m) => m.when.precision !== 'year'), (m) => scale.x(m.when.start)));
  const height = TOP + lanes.length * LANE_H + 16;
  const counts = lanes.map((l) => `${l.label}: ${l.marks.length}`).join('; ');
  const chart = svg('svg', { viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-labelledby': 'tl-title tl-desc' },
    svg('title', { id: 'tl-title', text: `Timeline of ${status.title || status.negotiationId}` }),
    svg('desc', { id: 'tl-desc', text: `${counts}. The event list below gives every event as text.` }),
    arrowheadDefs(),
    axis(scale, height, hasUndated),
    lanes.map((lane, i) => drawLane(lane, TOP + i * LANE_H + LANE_H / 2, scale)),
    today ? todayLine(scale.x(today.start), height, status.today) : null);
  replace(document.getElementById('timeline'), chart);
  placeLabels(chart);
  renderLegend(document.getElementById('timeline-legend'));
}

function eventMark(e) {
  const d = e.data || {};
  const kind = e.type === 'RoundHeld' ? `round-${d.level || 'working'}`
    : ['TariffImposed', 'TariffChanged', 'TariffAnnounced', 'TariffSuspended', 'TariffLifted'].includes(e.type) ? 'tariff' : e.type === 'TariffThreatened' ? 'threat'
    : e.type === 'StatementMade' ? 'statement' : e.type === 'RoundCancelled' ? 'cancelled' : 'issue';
  return { when: worldDate(e.occurredOn), kind, title: `${dateLabel(e.occurredOn)}: ${describe(e)}`, label: roundLabel(e) };
}

function milestoneMark(m) {
  return { when: worldDate(m.dueOn || m.lastDueOn), kind: 'milestone', title: `${m.title}: ${dateLabel(m.dueOn || m.lastDueOn)}`, label: clip(m.title, 22) };
}

function roundLabel(e) {
  if (e.type !== 'RoundHeld' || !e.data?.location || worldDate(e.occurredOn)?.precision === 'year') return null;
  return clip(e.data.location.split(/[,(]/)[0].trim(), 18);
}

function deadlineMarks(d, today) {
  const marks = [];
  for (const h of d.history || []) {
    if (h.kind === 'signalled') marks.push({ when: worldDate(h.occurredOn), kind: 'signal', title: `${dateLabel(h.occurredOn)}: a change was hinted${h.note ? ` (${h.note})` : ''}` });
    if ((h.kind === 'extended' || h.kind === 'advanced') && h.from && h.to)
      marks.push({ when: worldDate(h.from), kind: 'old-due', title: `Was due ${dateLabel(h.from)}; ${h.kind} to ${dateLabel(h.to)} on ${dateLabel(h.occurredOn)}`,
        movedTo: worldDate(h.to) });
    if (h.kind === 'cancelled') marks.push({ when: worldDate(h.occurredOn), kind: 'cancelled', title: `${dateLabel(h.occurredOn)}: cancelled` });
  }
  const due = worldDate(d.dueOn);
  const passed = due && today && due.end < worldDate(today).start;
  if (due && !d.cancelled) marks.push({ when: due, kind: passed ? 'due-passed' : 'due', title: `${d.title}: due ${dateLabel(d.dueOn)}${passed ? ' (passed)' : ''}`,
    label: dateLabel(d.dueOn) });
  return marks.filter((m) => m.when);
}

function makeScale(lanes, today, hasUndated) {
  const dated = lanes.flatMap((l) => l.marks.flatMap((m) => [m.when, m.movedTo])).filter((w) => w && w.precision !== 'year');
  if (today) dated.push(today);
  const min = Math.min(...dated.map((w) => w.start), Date.now()) - 10 * DAY;
  const max = Math.max(...dated.map((w) => w.end + DAY)) + 12 * DAY;
  const left = LABEL_W + (hasUndated ? UNDATED_W : 0);
  const from = dated.length ? min : Date.now() - 30 * DAY;
  const to = dated.length ? max : Date.now() + 30 * DAY;
  return { from, to, left, x: (t) => left + ((t - from) / (to - from)) * (W - RIGHT - left) };
}

/** Month ticks for short spans; every 3, 6 or 12 months as the span grows, so that ticks stay at least ~60 px apart. */
function axis(scale, height, hasUndated) {
  const ticks = [];
  const d = new Date(scale.from);
  const monthWidth = scale.x(scale.from + 30 * DAY) - scale.x(scale.from);
  const step = [1, 3, 6, 12].find((n) => n * monthWidth >= 60) || 24;
  let first = true;
  for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); t < scale.to; ) {
    const m = new Date(t);
    if (m.getUTCMonth() % step === 0 || step === 1) {
      const x = scale.x(t);
      const label = step >= 12 ? String(m.getUTCFullYear())
        : m.toLocaleString(undefined, { month: 'short', timeZone: 'UTC' }) + (m.getUTCMonth() === 0 || first ? ` ${m.getUTCFullYear()}` : '');
      ticks.push(svg('line', { class: 'grid', x1: x, x2: x, y1: TOP - 8, y2: height - 10 }), svg('text', { x: x + 3, y: TOP - 14, text: label }));
      first = false;
    }
    t = Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1);
  }
  return svg('g', { class: 'axis' }, ticks,
    hasUndated ? svg('text', { x: LABEL_W + 4, y: TOP - 14, text: 'year only' }) : null,
    hasUndated ? svg('line', { class: 'grid', x1: scale.left - 6, x2: scale.left - 6, y1: TOP - 8, y2: height - 10, 'stroke-dasharray': '2 3' }) : null);
}

function drawLane(lane, y, scale) {
  const undated = lane.marks.filter((m) => m.when.precision === 'year');
  const step = Math.min(10, (UNDATED_W - 20) / Math.max(1, undated.length));
  return svg('g', { class: 'lane' },
    svg('line', { class: 'grid', x1: 8, x2: W - RIGHT, y1: y + LANE_H / 2, y2: y + LANE_H / 2 }),
    svg('text', { class: 'lane-label', x: 8, y: y + 4, text: clip(lane.label, 27) }, svg('title', { text: lane.label })),
    lane.marks.map((m) => {
      if (m.when.precision === 'year') return shape(m, LABEL_W + 10 + undated.indexOf(m) * step, y, null);
      const hollowBand = m.when.precision === 'month' || m.when.precision === 'part-of-month' ? [scale.x(m.when.start), scale.x(m.when.end + DAY)] : null;
      const x = hollowBand ? (hollowBand[0] + hollowBand[1]) / 2 : scale.x(m.when.start);
      const arrow = m.movedTo ? moveArrow(x, scale.x(m.movedTo.start), y) : null;
      return svg('g', {}, arrow, shape(m, x, y, hollowBand));
    }));
}

function moveArrow(x1, x2, y) {
  const mid = (x1 + x2) / 2;
  return svg('path', { class: 'moved', d: `M${x1},${y - 7} Q${mid},${y - 24} ${x2 - (x2 > x1 ? 7 : -7)},${y - 7}`, 'marker-end': 'url(#arrowhead)' },
    svg('title', { text: 'deadline moved' }));
}

function todayLine(x, height, today) {
  return svg('g', {},
    svg('line', { class: 'today', x1: x, x2: x, y1: TOP - 6, y2: height - 8 }),
    svg('text', { class: 'today-label', x: x + 4, y: height - 2, text: `${dateLabel(today)}` }));
}

function clip(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
