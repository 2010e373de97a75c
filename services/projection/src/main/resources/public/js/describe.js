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
  TariffImposed: (d) => `${d.imposedBy} imposes ${rate(d.ratePercent, d.rateQualifier)} on ${d.product} (${d.target ?? 'global'})`,
  TariffAnnounced: (d) => `${d.imposedBy} announces ${rate(d.ratePercent, d.rateQualifier)} on ${d.product} (${d.target ?? 'global'})`
    + (d.effectiveOn ? `, from ${dateLabel(d.effectiveOn)}` : ', date not set'),
  TariffThreatened: (d) => `${d.imposedBy} threatens ${d.ratePercent == null ? 'a tariff (rate not given)' : rate(d.ratePercent, d.rateQualifier)} on ${d.product} (${d.target ?? 'global'})`,
  TariffChanged: (d) => `Tariff ${d.measureId} changed to ${rate(d.ratePercent, d.rateQualifier)}${d.effectiveOn ? ` from ${dateLabel(d.effectiveOn)}` : ''}`,
  TariffSuspended: (d, names) => `Tariff ${d.measureId} suspended until ${names.deadline(d.untilDeadlineId)}`
    + (d.ratePercent != null ? ` (${rate(d.ratePercent, d.rateQualifier)} would then apply)` : ''),
  TariffLifted: (d) => `Tariff ${d.measureId} lifted${d.effectiveOn ? ` from ${dateLabel(d.effectiveOn)}` : ''}`,
  DeadlineSet: (d) => `${cap(humanize(d.deadlineClass || (d.kind === 'target' ? 'target' : 'legal')))} date set: ${d.title}, ${dateLabel(d.dueOn)}`
    + (d.owner ? ` (${d.owner})` : ''),
  TargetSettled: (d, names) => `Target ${humanize(d.outcome)}: ${names.deadline(d.deadlineId)}`,
  PositionStated: (d) => `${d.party} position on ${d.issueId}: ${d.position}`,
  ProposalMade: (d) => `${d.party} offer: ${d.title}`,
  ProposalAnswered: (d) => `${d.party} ${humanize(d.answer)} the proposal ${d.proposalId}`,
  ConcessionMade: (d) => `${d.party} concedes${d.issueId ? ` on ${d.issueId}` : ''}: ${d.summary}`,
  IssueMarkedBlocking: (d) => (d.blocking ? `Issue named blocking: ${d.issueId}` : `Issue no longer blocking: ${d.issueId}`),
  DeadlineChanged: (d, names) => d.dueOn
    ? `Deadline moved from ${dateLabel(d.previousDueOn)} to ${dateLabel(d.dueOn)}: ${names.deadline(d.deadlineId)}`
    : `Deadline cancelled: ${names.deadline(d.deadlineId)}`,
  DeadlineChangeSignaled: (d, names) => `Deadline may change (${humanize(d.direction)}): ${names.deadline(d.deadlineId)}`,
  StatementMade: (d) => (d.quote ? `${d.speaker?.name ?? 'Someone'}: “${d.quote}”` : `${d.speaker?.name ?? 'Someone'} (paraphrased): ${d.paraphrase}`),
  AgreementReached: (d) => `${cap(humanize(d.scope))} agreement reached`,
  EventRetracted: (d) => `Retraction: ${d.reason}`,
  EventCorrected: (d) => `Correction of a ${String(d.eventType).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: ${d.reason}`,
  SourceAdded: (d) => `Source added${d.note ? `: ${d.note}` : ''}`,
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
