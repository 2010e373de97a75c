// What the timeline shows, independent of zoom: a lane of rounds, one of tariffs, one of issues and statements, a
// context lane of milestones (elections, summits), and one lane per legal date or target with where it was due, how
// it moved and when a move was hinted. Each lane has a stable id, so its folded state can be kept.
import { DAY, dateLabel, worldDate } from './format.js';
import { describe } from './describe.js';

const EVENT_LANES = [
  { id: 'rounds', label: 'Rounds', types: ['RoundHeld', 'RoundCancelled'] },
  { id: 'tariffs', label: 'Tariffs', types: ['TariffImposed', 'TariffAnnounced', 'TariffThreatened', 'TariffChanged', 'TariffSuspended', 'TariffLifted'] },
  { id: 'talk', label: 'Issues, positions and statements', types: ['IssueOpened', 'IssueClosed', 'IssueMarkedBlocking', 'PositionStated', 'ProposalMade',
    'ProposalAnswered', 'ConcessionMade', 'StatementMade', 'AgreementReached'] },
];
/** Above these, the timeline starts compact (smaller lanes, nearby marks merged); the reader can switch it. */
export const COMPACT_ROUNDS = 10;
export const COMPACT_EVENTS = 50;

export function timelineModel(status, timeline) {
  const events = timeline.events || [];
  const lanes = [
    ...EVENT_LANES.map((l) => ({ id: l.id, label: l.label, marks: events.filter((e) => l.types.includes(e.type)).map(eventMark) })),
    ...((status.milestones || []).length ? [{ id: 'milestones', label: 'Context (milestones)', marks: status.milestones.map(milestoneMark).filter((m) => m.when) }] : []),
    ...(status.deadlines || []).filter((d) => d.deadlineClass !== 'milestone').map((d) => ({ id: `deadline:${d.deadlineId}`,
      label: `${d.deadlineClass === 'target' ? 'Target: ' : ''}${d.title || d.deadlineId}`, marks: deadlineMarks(d, status.today) })),
  ];
  const today = worldDate(status.today);
  const rounds = events.filter((e) => e.type === 'RoundHeld').length;
  return { lanes, today, title: status.title || status.negotiationId, domain: domainOf(lanes, today),
    dense: rounds >= COMPACT_ROUNDS || events.length >= COMPACT_EVENTS, hasUndated: lanes.some((l) => l.marks.some((m) => m.when.precision === 'year')) };
}

/** The whole span the data covers (year-only dates aside), with a little room on both sides. */
function domainOf(lanes, today) {
  const dated = lanes.flatMap((l) => l.marks.flatMap((m) => [m.when, m.movedTo])).filter((w) => w && w.precision !== 'year');
  if (today) dated.push(today);
  if (!dated.length) return { from: Date.now() - 30 * DAY, to: Date.now() + 30 * DAY };
  return { from: Math.min(...dated.map((w) => w.start)) - 10 * DAY, to: Math.max(...dated.map((w) => w.end + DAY)) + 12 * DAY };
}

function eventMark(e) {
  const level = e.data?.level;
  const kind = e.type === 'RoundHeld' ? (level === 'summit' ? 'round-summit' : level === 'ministerial' ? 'round-ministerial' : 'round-working')
    : e.type.startsWith('Tariff') ? (e.type === 'TariffThreatened' ? 'threat' : 'tariff')
      : e.type === 'StatementMade' || e.type === 'PositionStated' ? 'statement' : e.type === 'RoundCancelled' ? 'cancelled' : 'issue';
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

export function clip(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
