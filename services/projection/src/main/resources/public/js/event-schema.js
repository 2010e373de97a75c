// The fields of each event type as ingest reads them (shared/events; docs/domain.md): the editor's form is built from
// this. Kinds: text, long (a paragraph), slug (an id: a-z, 0-9, -), enum (values), date (any precision: 2025,
// 2025-07, 2025-07-early, 2025-07-09, an instant), number, integer, bool, codes (comma-separated), and what the
// negotiation already holds: party, person (name, role, party), deadline, issue, issues (several), measure.
const f = (name, kind, more = {}) => ({ name, kind, ...more });
const req = (name, kind, more = {}) => f(name, kind, { ...more, required: true });
const one = (...values) => ({ values });

const RATE = [f('ratePercent', 'number', { hint: 'Percent; leave empty when the source gives no rate.' }), f('rateQualifier', 'enum', one('exact', 'up_to'))];
const TERMS = (id) => [id, req('imposedBy', 'party'), f('target', 'party'), req('product', 'text'), ...RATE,
  f('basis', 'enum', one('additional', 'all_inclusive')), f('effectiveOn', 'date'), f('scope', 'enum', one('named_parties', 'global')),
  f('legalBasis', 'text'), f('productCodes', 'codes', { hint: 'HS codes, e.g. 8703, 8703.23' }), f('summary', 'long')];

/** The facts a writer records, by type, in the order the form shows them. */
export const FACTS = {
  RoundHeld: [req('roundId', 'slug'), req('level', 'enum', one('ministerial', 'working', 'summit')), f('roundNumber', 'integer'),
    f('format', 'enum', one('in_person', 'phone', 'virtual')), f('location', 'text'), f('durationMinutes', 'integer'),
    f('outcome', 'enum', one('unknown', 'progress', 'agreement', 'no_agreement')), f('summary', 'long')],
  RoundCancelled: [req('roundId', 'slug'), f('reason', 'text')],
  IssueOpened: [req('issueId', 'slug'), req('title', 'text'), f('raisedBy', 'party'), f('summary', 'long')],
  IssueClosed: [req('issueId', 'issue'), req('outcome', 'enum', one('resolved', 'dropped', 'superseded')), f('summary', 'long')],
  IssueMarkedBlocking: [req('issueId', 'issue'), f('blocking', 'bool', { initial: true }), f('summary', 'long')],
  PositionStated: [req('issueId', 'issue'), req('party', 'party'), req('position', 'text'), f('summary', 'long')],
  ProposalMade: [req('proposalId', 'slug'), req('party', 'party'), req('title', 'text'), f('summary', 'long'), f('issues', 'issues')],
  ProposalAnswered: [req('proposalId', 'slug'), req('party', 'party'), req('answer', 'enum', one('accepted', 'rejected')), f('summary', 'long')],
  ConcessionMade: [req('party', 'party'), f('issueId', 'issue'), req('summary', 'long')],
  StatementMade: [req('speaker', 'person'), f('quote', 'long', { hint: 'The words as quoted; or give a paraphrase.' }), f('paraphrase', 'long'), f('context', 'text')],
  AgreementReached: [req('agreementId', 'slug'), req('scope', 'enum', one('interim', 'framework', 'final')), req('summary', 'long'), f('settlesIssues', 'issues')],
  DeadlineSet: [req('deadlineId', 'slug'), req('title', 'text'), req('dueOn', 'date'), req('deadlineClass', 'enum', one('legal', 'target', 'milestone')),
    f('owner', 'party', { hint: 'Required for a target: whose aim it is.' }), f('summary', 'long')],
  DeadlineChanged: [req('deadlineId', 'deadline'), req('previousDueOn', 'date'), f('dueOn', 'date'), f('cancelled', 'bool'), f('reason', 'text')],
  DeadlineChangeSignaled: [req('deadlineId', 'deadline'), f('direction', 'enum', one('extend', 'advance', 'cancel', 'uncertain')),
    f('proposedDueOn', 'date'), req('summary', 'long')],
  TargetSettled: [req('deadlineId', 'deadline'), req('outcome', 'enum', one('met', 'missed')), f('summary', 'long')],
  TariffThreatened: TERMS(req('measureId', 'slug')),
  TariffAnnounced: TERMS(req('measureId', 'slug')),
  TariffImposed: TERMS(req('measureId', 'slug')),
  TariffChanged: [req('measureId', 'measure'), req('ratePercent', 'number'), RATE[1], f('basis', 'enum', one('additional', 'all_inclusive')),
    f('effectiveOn', 'date'), f('reason', 'text')],
  TariffSuspended: [req('measureId', 'measure'), req('untilDeadlineId', 'deadline'), ...RATE, f('effectiveOn', 'date'), f('summary', 'long')],
  TariffLifted: [req('measureId', 'measure'), f('effectiveOn', 'date'), f('reason', 'text')],
};

/** A correction is about an earlier event (data.eventId, filled in from the event it starts from). */
export const CORRECTIONS = {
  EventRetracted: { label: 'Retract', fields: [req('reason', 'text', { hint: 'Why it is taken back, e.g. "denied the next day".' })] },
  EventCorrected: { label: 'Correct', fields: [req('reason', 'text', { hint: 'What was wrong, e.g. "the date was 10 July".' }),
    f('occurredOn', 'date', { label: 'It really happened on', hint: 'Only if the date it happened on was wrong.' })] },
  SourceAdded: { label: 'Add a source to', fields: [f('note', 'text')] },
};

/** The data of an event as its type's fields describe it (for a corrected copy's starting values). */
export function fieldsOf(type) {
  return FACTS[type] || [];
}
