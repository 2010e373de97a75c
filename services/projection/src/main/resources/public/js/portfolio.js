// The portfolio (the landing page): every negotiation with its next legal deadline and what changed in the last days,
// and the deadlines of the coming weeks across all of them, in date order; all as of the page's one "as of" date.
import { projection } from './api.js';
import { el, replace } from './dom.js';
import { countdown, dateLabel, humanize, plural } from './format.js';

export function renderPortfolio(view, { asOf, party, sort, onFilter }) {
  const entries = [...(view.negotiations || [])];
  if (sort === 'name') entries.sort((a, b) => (a.title || a.negotiationId).localeCompare(b.title || b.negotiationId));
  const parties = [...new Set(entries.flatMap((e) => e.parties || []))].sort();
  replace(document.getElementById('portfolio-controls'),
    el('label', { for: 'portfolio-party' }, 'Party '),
    el('select', { id: 'portfolio-party' }, el('option', { value: '' }, 'all'),
      [...new Set([...(party ? [party] : []), ...parties])].map((p) => el('option', { value: p, selected: p === party ? 'selected' : null }, p))),
    ' ',
    el('label', { for: 'portfolio-sort' }, 'Sort by '),
    el('select', { id: 'portfolio-sort' }, el('option', { value: 'deadline', selected: sort !== 'name' ? 'selected' : null }, 'next legal deadline'),
      el('option', { value: 'name', selected: sort === 'name' ? 'selected' : null }, 'name')));
  document.getElementById('portfolio-party').addEventListener('change', (e) => onFilter({ party: e.target.value || null, sort }));
  document.getElementById('portfolio-sort').addEventListener('change', (e) => onFilter({ party, sort: e.target.value }));

  const link = (id) => `#/${encodeURIComponent(id)}${asOf ? `?asOf=${asOf}` : ''}`;
  replace(document.getElementById('portfolio-negotiations'), entries.length ? entries.map((n) => el('tr', { 'data-negotiation-id': n.negotiationId },
    el('th', { scope: 'row' }, el('a', { href: link(n.negotiationId) }, n.title || n.negotiationId), el('div', { class: 'muted' }, (n.parties || []).join(' · '))),
    el('td', { 'data-figure': 'next-legal' }, n.nextLegalDeadline ? [el('strong', {}, countdown(n.nextLegalDeadline)), el('br'),
      `${n.nextLegalDeadline.title}, ${dateLabel(n.nextLegalDeadline.dueOn)}`] : el('span', { class: 'muted' }, 'no legal deadline ahead')),
    el('td', {}, `${plural(n.roundsHeld ?? 0, 'round', 'rounds')} · ${plural(n.openIssues ?? 0, 'open issue', 'open issues')}`),
    el('td', { 'data-figure': 'recent-changes' }, (n.recentChanges || []).length
      ? el('ul', {}, n.recentChanges.slice(0, 6).map((c) => el('li', { 'data-kind': c.kind }, `${dateLabel(c.occurredOn)}: ${humanize(c.kind)} — ${c.what}`)))
      : el('span', { class: 'muted' }, `nothing in the last ${plural(view.changeDays, 'day', 'days')}`))))
    : el('tr', {}, el('td', { colspan: 4, class: 'muted' }, 'No negotiation matches.')));

  const upcoming = view.upcoming || [];
  replace(document.getElementById('portfolio-upcoming'), upcoming.length ? upcoming.map((u) => el('li', {
    'data-negotiation-id': u.negotiationId, 'data-deadline-id': u.deadlineId, 'data-due': u.dueOn, 'data-class': u.deadlineClass },
  el('time', { datetime: u.dueOn }, dateLabel(u.dueOn)), ' ', el('span', { class: `badge class-${u.deadlineClass}` }, humanize(u.deadlineClass)), ' ',
  el('a', { href: link(u.negotiationId) }, u.negotiationTitle || u.negotiationId), `: ${u.title}${u.owner ? ` (${u.owner})` : ''} — ${countdown(u)}`
    + (u.targetStatus ? `, ${humanize(u.targetStatus)}` : '')))
    : el('li', { class: 'muted' }, `No deadline in the next ${plural(view.horizonDays, 'day', 'days')}.`));
  document.getElementById('portfolio-as-of').textContent = `as of ${dateLabel(view.today)}`;
}

/** Loads and shows the portfolio for the page's state (as of, party, sort); a filter change updates the state and reloads. */
export async function showPortfolio(state, reload) {
  const error = document.getElementById('portfolio-error');
  try {
    const view = await projection.portfolio(state.asOf, state.party);
    error.hidden = true;
    renderPortfolio(view, { asOf: state.asOf, party: state.party, sort: state.sort,
      onFilter: ({ party, sort }) => { Object.assign(state, { party, sort }); reload(); } });
  } catch (e) {
    error.hidden = false;
    error.textContent = `Cannot load the portfolio: ${e.message}`;
  }
}
