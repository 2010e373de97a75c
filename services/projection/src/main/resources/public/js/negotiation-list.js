// The list of negotiations, as links, the chosen one marked as the current page.
import { el, replace } from './dom.js';
import { dateLabel, plural } from './format.js';

export function renderNegotiationList(list, negotiations, selected, asOf) {
  if (!negotiations.length) {
    replace(list, el('li', { class: 'muted' }, 'No negotiation yet: import one with the CLI or POST events to ingest.'));
    return;
  }
  replace(list, negotiations.map((n) => {
    const next = n.nextDeadline && n.nextDeadline.dueOn ? `next legal deadline ${dateLabel(n.nextDeadline.dueOn)}` : 'no legal deadline ahead';
    return el('li', {}, el('a', {
      href: `#/${encodeURIComponent(n.negotiationId)}${asOf ? `?asOf=${asOf}` : ''}`,
      'aria-current': n.negotiationId === selected ? 'page' : null,
      'data-negotiation-id': n.negotiationId,
    }, el('span', { class: 'name' }, n.title || n.negotiationId),
    el('span', { class: 'facts' }, `${plural(n.roundsHeld ?? 0, 'round', 'rounds')} · ${plural(n.openIssues ?? 0, 'open issue', 'open issues')} · ${next}`)));
  }));
}
