// The status cards: rounds as counted since the opening (with the meetings that capped them), open issues with each
// party's position, the next legal deadline with its countdown and signals (targets and milestones beside it), and
// tariff measures grouped by state. Every fact shows how many sources support it.
import { el, replace } from './dom.js';
import { countdown, dateLabel, daysWord, humanize, plural, rate } from './format.js';
import { number } from './locale.js';

const body = (id) => document.querySelector(`#${id} .card-body`);
const sources = (n) => (n > 1 ? el('span', { class: 'sources', title: `${n} sources` }, ` · ${n} sources`) : null);

export function renderCards(status) {
  renderRounds(status.rounds || {});
  renderIssues(status.issues || {}, status.proposals || {});
  renderDeadline(status.nextDeadline, status.targets || [], status.milestones || [], status.today);
  renderTariffs(status.tariffs || {});
}

function renderRounds(rounds) {
  const byLevel = Object.entries(rounds.byLevel || {}).filter(([, n]) => n > 0);
  const capstones = rounds.capstones || [];
  const before = rounds.beforeOpening || [];
  replace(body('card-rounds'),
    el('span', { class: 'figure', 'data-figure': 'rounds-total' }, number(rounds.total ?? 0)),
    el('ul', {}, byLevel.length ? byLevel.map(([level, n]) => el('li', { 'data-level': level }, `${humanize(level)}: ${number(n)}`))
      : el('li', {}, 'none yet')),
    capstones.map((c) => el('p', { class: 'sub', 'data-figure': 'capstone' },
      `Capped by the ${humanize(c.meeting.level)} meeting${c.meeting.location ? ` in ${c.meeting.location}` : ''}, ${dateLabel(c.meeting.occurredOn)}`
      + (c.meeting.durationMinutes ? ` (about ${c.meeting.durationMinutes} min` : ' (')
      + (c.meeting.outcome && c.meeting.outcome !== 'unknown' ? `${c.meeting.durationMinutes ? ', ' : ''}${humanize(c.meeting.outcome)})` : ')'))),
    before.length ? el('p', { class: 'sub', 'data-figure': 'before-opening' },
      `Before the opening: ${before.map((r) => `${humanize(r.level)}${r.location ? ` in ${r.location}` : ''}, ${dateLabel(r.occurredOn)}`).join('; ')}`) : null,
    rounds.explanation ? el('p', { class: 'hint', 'data-figure': 'rounds-explained' }, rounds.explanation) : null,
    rounds.cancelled ? el('p', { class: 'sub' }, `${number(rounds.cancelled)} cancelled`) : null);
}

function renderIssues(issues, proposals) {
  const open = issues.open || [];
  const closed = issues.closed || [];
  const offers = (proposals.proposals || []);
  replace(body('card-issues'),
    el('span', { class: 'figure', 'data-figure': 'open-issues' }, number(open.length),
      el('small', {}, closed.length ? ` (${number(closed.length)} closed)` : '')),
    el('ul', { 'aria-label': 'Open issues' }, open.map((i) => el('li', { 'data-issue': i.issueId, 'data-blocking': String(i.blocking) },
      i.blocking ? el('span', { class: 'badge blocking', title: i.blockingNote || '' }, 'blocking') : null, i.blocking ? ' ' : null,
      i.title + (i.raisedBy ? ` (${i.raisedBy})` : ''),
      (i.positions || []).length ? el('ul', { class: 'positions' }, i.positions.map((p) => el('li', { 'data-party': p.party },
        `${p.party}: ${p.position}`, p.provenance.confidence === 'reported' ? el('span', { class: 'badge reported' }, ' reported') : null,
        sources(p.provenance.sourceCount)))) : null))),
    offers.length ? el('p', { class: 'sub' }, 'Offers on the table:') : null,
    offers.length ? el('ul', { 'aria-label': 'Offers', 'data-figure': 'offers' }, offers.map((o) => el('li', { 'data-proposal': o.proposalId },
      `${o.party}: ${o.title} (${o.status})`, o.provenance.confidence === 'reported' ? el('span', { class: 'badge reported' }, ' reported') : null))) : null);
}

function renderDeadline(next, targets, milestones, today) {
  const beside = [
    targets.length ? el('p', { class: 'sub' }, 'Targets:') : null,
    targets.length ? el('ul', { 'aria-label': 'Targets', 'data-figure': 'targets' }, targets.map((t) => el('li', { 'data-target': t.deadlineId, 'data-status': t.targetStatus },
      `${t.owner ? `${t.owner}: ` : ''}${t.title} — ${t.window ? `window ${dateLabel(t.window.from)} – ${dateLabel(t.window.to)}` : dateLabel(t.dueOn || t.lastDueOn)}`,
      ' ', el('span', { class: `badge target-${t.targetStatus}` }, humanize(t.targetStatus))))) : null,
    milestones.length ? el('p', { class: 'sub' }, 'Milestones:') : null,
    milestones.length ? el('ul', { 'aria-label': 'Milestones', 'data-figure': 'milestones' }, milestones.map((m) => el('li', { 'data-milestone': m.deadlineId },
      `${m.title}, ${dateLabel(m.dueOn)}${m.state === 'upcoming' ? ` (in ${daysWord(m.daysLeft)})` : m.state === 'passed' ? ' (past)' : ''}`))) : null,
  ];
  if (!next) {
    replace(body('card-deadline'), el('span', { class: 'figure', 'data-figure': 'days-left' }, '—'),
      el('p', { class: 'sub' }, 'No legal deadline ahead.'), ...beside);
    return;
  }
  const signals = next.signals || [];
  replace(body('card-deadline'),
    el('span', { class: `figure countdown${next.daysLeft <= 7 ? ' soon' : ''}`, 'data-figure': 'days-left' }, countdown(next)),
    el('p', { class: 'sub' }, el('strong', {}, next.title)),
    el('p', { class: 'sub', 'data-figure': 'due-on' }, `Due ${dateLabel(next.dueOn)}` + (today ? ` · counted from ${dateLabel(today)}` : '')),
    next.revision ? el('p', { class: 'sub' }, `Moved ${plural(next.revision, 'time', 'times')}`) : null,
    signals.map((s) => el('p', { class: 'sub', 'data-figure': 'signal' }, el('span', { class: 'badge signalled' }, `${humanize(s.direction)} signalled`),
      ` ${dateLabel(s.provenance.occurredOn)}${s.provenance.sources?.[0] ? `, ${s.provenance.sources[0].publisher}` : ''}`
      + ` (${s.provenance.confidence})`, sources(s.provenance.sourceCount))),
    ...beside);
}

function renderTariffs(tariffs) {
  const counts = tariffs.counts || {};
  const line = (t) => el('li', { 'data-measure': t.measureId, 'data-state': t.state }, `${t.rateText || rate(t.ratePercent, t.rateQualifier)} on ${t.product}`
    + (t.imposedBy ? ` (${t.imposedBy}${t.target ? ` on ${t.target}` : ', global'})` : '')
    + (t.state === 'suspended' && t.pauseEndsOn ? `, paused until ${dateLabel(t.pauseEndsOn)}` : '')
    + (t.pauseEnded ? `, pause ended ${dateLabel(t.pauseEndsOn)}` : '')
    + (t.state === 'scheduled' ? `, from ${dateLabel(t.effectiveOn)}` : ''), sources(t.sourceCount));
  const group = (label, list) => (list && list.length ? [el('p', { class: 'sub' }, `${label}:`), el('ul', { 'aria-label': `Tariffs ${label.toLowerCase()}` }, list.map(line))] : []);
  const threats = (tariffs.threatened || []).map((t) => el('li', { 'data-measure': t.measureId },
    `${t.state === 'threatened' ? '' : 'increase of '}${t.product} (${t.threat.rateText}), ${dateLabel(t.threat.occurredOn)}`
    + (t.threat.confidence === 'reported' ? ' (reported)' : '')));
  replace(body('card-tariffs'),
    el('span', { class: 'figure' },
      el('span', { 'data-figure': 'tariffs-in-force' }, number(counts.inForce ?? 0)), el('small', {}, ' in force · '),
      el('span', { 'data-figure': 'tariffs-suspended' }, number(counts.suspended ?? 0)), el('small', {}, ' suspended · '),
      el('span', { 'data-figure': 'tariffs-threatened' }, number(counts.threatened ?? 0)), el('small', {}, ' threatened')),
    ...group('In force', tariffs.inForce),
    ...group('Suspended', tariffs.suspended),
    ...group('Scheduled', tariffs.scheduled),
    ...group('Announced', tariffs.announced),
    ...group('Lifted', tariffs.lifted),
    threats.length ? el('p', { class: 'sub' }, 'Threatened:') : null,
    threats.length ? el('ul', { 'aria-label': 'Tariffs threatened' }, threats) : null);
}
