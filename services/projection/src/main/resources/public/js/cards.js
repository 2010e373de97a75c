// The four status cards: rounds by level, open issues, the next deadline with its countdown, tariffs.
import { el, replace } from './dom.js';
import { dateLabel, daysWord, humanize, rate } from './format.js';

const body = (id) => document.querySelector(`#${id} .card-body`);

export function renderCards(status) {
  renderRounds(status.rounds || {});
  renderIssues(status.issues || {});
  renderDeadline(status.nextDeadline, status.deadlines || [], status.today);
  renderTariffs(status.tariffs || {});
}

function renderRounds(rounds) {
  const byLevel = Object.entries(rounds.byLevel || {}).filter(([, n]) => n > 0);
  const last = rounds.last;
  replace(body('card-rounds'),
    el('span', { class: 'figure', 'data-figure': 'rounds-total' }, String(rounds.total ?? 0)),
    el('ul', {}, byLevel.length ? byLevel.map(([level, n]) => el('li', { 'data-level': level }, `${humanize(level)}: ${n}`))
      : el('li', {}, 'none yet')),
    last ? el('p', { class: 'sub' }, `Last: ${humanize(last.level)}${last.location ? ` in ${last.location}` : ''}, ${dateLabel(last.occurredOn)}`
      + (last.outcome ? ` (${humanize(last.outcome)})` : '')) : null,
    rounds.cancelled ? el('p', { class: 'sub' }, `${rounds.cancelled} cancelled`) : null);
}

function renderIssues(issues) {
  const open = issues.open || [];
  const closed = issues.closed || [];
  replace(body('card-issues'),
    el('span', { class: 'figure', 'data-figure': 'open-issues' }, String(open.length),
      el('small', {}, closed.length ? ` (${closed.length} closed)` : '')),
    el('ul', {}, open.map((i) => el('li', {}, i.title + (i.raisedBy ? ` (${i.raisedBy})` : '')))));
}

function renderDeadline(next, deadlines, today) {
  if (!next) {
    replace(body('card-deadline'), el('span', { class: 'figure' }, '—'), el('p', { class: 'sub' }, 'No deadline ahead.'));
    return;
  }
  const full = deadlines.find((d) => d.deadlineId === next.deadlineId);
  const moves = (full?.history || []).filter((h) => ['extended', 'advanced'].includes(h.kind)).length;
  const days = next.daysLeft;
  const countdown = days === 0 ? 'today' : days > 0 ? `in ${daysWord(days)}` : `${daysWord(-days)} ago`;
  replace(body('card-deadline'),
    el('span', { class: `figure countdown${days <= 7 ? ' soon' : ''}`, 'data-figure': 'days-left' }, countdown),
    el('p', { class: 'sub' }, el('strong', {}, next.title)),
    el('p', { class: 'sub', 'data-figure': 'due-on' }, `Due ${dateLabel(next.dueOn)}` + (today ? ` · counted from ${dateLabel(today)}` : '')),
    moves ? el('p', { class: 'sub' }, `Moved ${moves} ${moves === 1 ? 'time' : 'times'}`) : null,
    next.changeSignalled ? el('p', { class: 'sub' }, el('span', { class: 'badge signalled' }, 'change signalled'),
      ' an official hinted it may move') : null);
}

function renderTariffs(tariffs) {
  const inForce = tariffs.inForce || [];
  const threatened = tariffs.threatened || [];
  const line = (t, when) => el('li', {}, `${rate(t.ratePercent)} on ${t.product}`
    + (t.imposedBy && t.target ? ` (${t.imposedBy} on ${t.target})` : '')
    + (t.effectiveOn ? `, ${when} ${dateLabel(t.effectiveOn)}` : ''));
  replace(body('card-tariffs'),
    el('span', { class: 'figure' },
      el('span', { 'data-figure': 'tariffs-in-force' }, String(inForce.length)), el('small', {}, ' in force · '),
      el('span', { 'data-figure': 'tariffs-threatened' }, String(threatened.length)), el('small', {}, ' threatened')),
    inForce.length ? el('p', { class: 'sub' }, 'In force:') : null,
    inForce.length ? el('ul', { 'aria-label': 'Tariffs in force' }, inForce.map((t) => line(t, 'since'))) : null,
    threatened.length ? el('p', { class: 'sub' }, 'Threatened:') : null,
    threatened.length ? el('ul', { 'aria-label': 'Tariffs threatened' }, threatened.map((t) => line(t, 'dated'))) : null);
}
