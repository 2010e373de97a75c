// One readable line per event type; an unknown type falls back to its name, so a newer contract still shows.
import { dateLabel, humanize, rate } from './format.js';

const DESCRIBE = {
  NegotiationOpened: (d) => `Negotiation opened: ${d.title}`,
  RoundHeld: (d) => `${cap(humanize(d.level))} round${d.roundNumber ? ` ${d.roundNumber}` : ''}${d.location ? ` in ${d.location}` : ''}`
    + ` (${[humanize(d.format), d.durationMinutes ? `${d.durationMinutes} min` : null, d.outcome ? `outcome: ${humanize(d.outcome)}` : null]
      .filter(Boolean).join(', ')})`,
  RoundCancelled: (d) => `Round cancelled: ${d.roundId}`,
  IssueOpened: (d) => `Issue opened: ${d.title}${d.raisedBy ? ` (raised by ${d.raisedBy})` : ''}`,
  IssueClosed: (d) => `Issue closed: ${d.issueId} (${humanize(d.outcome)})`,
  TariffImposed: (d) => `${d.imposedBy} imposes ${rate(d.ratePercent)} on ${d.product} (${d.target})`,
  TariffThreatened: (d) => `${d.imposedBy} threatens ${d.ratePercent == null ? 'a tariff (rate not given)' : rate(d.ratePercent)} on ${d.product} (${d.target})`,
  TariffChanged: (d) => `Tariff ${d.measureId} changed to ${rate(d.ratePercent)}${d.effectiveOn ? ` from ${dateLabel(d.effectiveOn)}` : ''}`,
  DeadlineSet: (d) => `Deadline set: ${d.title}, due ${dateLabel(d.dueOn)}`,
  DeadlineChanged: (d, names) => d.dueOn
    ? `Deadline moved from ${dateLabel(d.previousDueOn)} to ${dateLabel(d.dueOn)}: ${names.deadline(d.deadlineId)}`
    : `Deadline cancelled: ${names.deadline(d.deadlineId)}`,
  DeadlineChangeSignaled: (d, names) => `Deadline may change (${humanize(d.direction)}): ${names.deadline(d.deadlineId)}`,
  StatementMade: (d) => `${d.speaker?.name ?? 'Someone'}: “${d.quote}”`,
  AgreementReached: (d) => `${cap(humanize(d.scope))} agreement reached`,
};

/** Deadlines are named by their titles where the status gives them (names.deadline), else by their ids. */
export function describe(event, names = { deadline: (id) => id }) {
  const data = event.data || {};
  try {
    return (DESCRIBE[event.type] || (() => humanize(event.type)))(data, names);
  } catch {
    return humanize(event.type);
  }
}

export function detail(event) {
  const d = event.data || {};
  return d.summary || d.reason || d.context || d.note || '';
}

function cap(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
