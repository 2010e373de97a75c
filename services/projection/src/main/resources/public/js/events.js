// The event list, latest first, each event with its source and confidence; events new since the last render glow.
import { el } from './dom.js';
import { dateLabel, instantLabel, worldDate, humanize } from './format.js';
import { describe, detail } from './describe.js';
import { number } from './locale.js';
import { actionButtons, amendedClass, amendmentLines, rememberEvents } from './event-actions.js';

let seen = null;
let rendered = new Map(); // eventId -> { key, node }: what each item was drawn from

export function resetEvents() {
  seen = null;
  rendered = new Map();
}

/**
 * Renders the list; returns how many events were not shown before (0 on the first render of a negotiation). An item
 * whose event (and what it refers to) did not change is kept as it is, not drawn again: a live update leaves the
 * item, button or link a reader is on (and its focus) in place; only new and amended events are drawn anew.
 */
export function renderEvents(timeline, status) {
  const titles = new Map((status.deadlines || []).map((d) => [d.deadlineId, d.title || d.deadlineId]));
  const names = { deadline: (id) => titles.get(id) || id };
  const events = [...(timeline.events || [])].sort(latestFirst);
  const before = seen;
  seen = new Set(events.map((e) => e.eventId));
  rememberEvents(events);
  document.getElementById('event-count').textContent = `(${number(events.length)})`;
  const byId = new Map(events.map((e) => [e.eventId, e]));
  const titlesKey = JSON.stringify([...titles]);
  const next = new Map();
  const nodes = events.map((e) => {
    const key = JSON.stringify([e, byId.get(e.data?.eventId) ?? null, titlesKey]);
    const old = rendered.get(e.eventId);
    const node = old && old.key === key ? old.node : item(e, before && !before.has(e.eventId), names);
    if (node === old?.node) node.classList.remove('fresh');
    next.set(e.eventId, { key, node });
    return node;
  });
  rendered = next;
  reconcile(document.getElementById('event-list'), nodes);
  return before ? events.filter((e) => !before.has(e.eventId)).length : 0;
}

/** Puts `nodes` in `list` in order, moving only what is out of place and removing what is no longer there. */
function reconcile(list, nodes) {
  const keep = new Set(nodes);
  [...list.children].forEach((c) => { if (!keep.has(c)) c.remove(); });
  nodes.forEach((node, i) => { if (list.children[i] !== node) list.insertBefore(node, list.children[i] || null); });
}

function latestFirst(a, b) {
  const da = worldDate(a.occurredOn)?.start ?? 0;
  const db = worldDate(b.occurredOn)?.start ?? 0;
  return db - da || (b.version ?? 0) - (a.version ?? 0);
}

const SHORT = 180;

/** A long summary folds into a disclosure showing its opening words, so the list stays scannable. */
function summary(text) {
  if (!text) return null;
  if (text.length <= SHORT) return el('p', { class: 'event-summary' }, text);
  const cut = text.lastIndexOf(' ', SHORT - 30);
  return el('details', { class: 'event-summary' }, el('summary', {}, `${text.slice(0, cut > 0 ? cut : SHORT - 30)}…`), el('p', {}, text));
}

const ATTRIBUTION = { on_record: 'on record', anonymous_official: 'anonymous official', media_report: 'media report', analyst: 'analyst' };

function cite(source) {
  const text = [source.publisher, source.title].filter(Boolean).join(' — ');
  return el('span', { class: 'cite' },
    source.url ? el('a', { href: source.url, rel: 'noopener noreferrer' }, text || source.url) : (text || 'not given'),
    source.publishedOn ? `, ${dateLabel(source.publishedOn)}` : '',
    source.attribution ? ` (${ATTRIBUTION[source.attribution] || source.attribution})` : '');
}

function item(e, fresh, names) {
  const all = e.sources && e.sources.length ? e.sources : [e.source || {}];
  const what = (x) => describe(x, names);
  return el('li', { id: `event-${e.eventId}`, tabindex: '-1', class: [fresh ? 'fresh' : null, amendedClass(e)].filter(Boolean).join(' ') || null,
    'data-event-id': e.eventId, 'data-type': e.type },
    el('div', { class: 'event-when' },
      el('time', { datetime: e.occurredOn }, dateLabel(e.occurredOn)),
      el('span', { class: 'badge kind' }, humanize(e.type)),
      e.confidence ? el('span', { class: `badge ${e.confidence}`, title: e.confidence === 'reported' ? 'Reported, not confirmed' : 'Confirmed' },
        e.confidence) : null),
    el('p', { class: 'event-what' }, describe(e, names)),
    summary(detail(e)),
    el('p', { class: 'event-source', 'data-source-count': String(all.length) }, all.length > 1 ? `Sources (${all.length}): ` : 'Source: ',
      all.flatMap((s, i) => (i === 0 ? [cite(s)] : ['; ', cite(s)])),
      e.recordedAt ? ` · recorded ${instantLabel(e.recordedAt)}` : ''),
    amendmentLines(e, what), actionButtons(e, what));
}
