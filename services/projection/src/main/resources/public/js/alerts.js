// Deadline alerts from the notifier: read once, then followed through its SSE stream, or by polling where there is none.
import { getJson, withQuery } from './api.js';
import { el, replace } from './dom.js';
import { dateLabel, humanize, instantLabel } from './format.js';
import { LiveStream } from './live.js';

const POLL_MS = 5000;
const SAFETY_POLL_MS = 30_000;

export class AlertsPanel {
  constructor(notifierUrl, { onNew, heartbeatSeconds }) {
    Object.assign(this, { notifierUrl, onNew, heartbeatSeconds });
    this.status = document.getElementById('alerts-status');
  }

  select(negotiationId) {
    this.stop();
    Object.assign(this, { negotiationId, alerts: new Map(), loaded: false });
    replace(document.getElementById('alert-list'));
    this.fetchNew();
    this.stream = new LiveStream(withQuery(`${this.notifierUrl}/api/alerts/stream`, { negotiationId }), {
      eventNames: ['message', 'alert', 'heartbeat'],
      heartbeatSeconds: this.heartbeatSeconds,
      onEvent: (type, data) => { if (data && data.seq !== undefined) this.accept([data]); },
      onState: (s) => this.say(s === 'live' ? 'From the notifier, live.' : 'From the notifier; reconnecting…'),
      onUnavailable: () => this.poll(POLL_MS),
    }).start();
    this.poll(SAFETY_POLL_MS);
  }

  poll(everyMs) {
    clearInterval(this.timer);
    this.timer = setInterval(() => this.fetchNew(), everyMs);
    if (everyMs === POLL_MS) this.say(`From the notifier, checked every ${POLL_MS / 1000} s.`);
  }

  /** A change was seen in the views; the notifier may follow shortly, so look a few times. */
  refreshSoon() {
    for (const ms of [300, 1500, 4000]) setTimeout(() => this.fetchNew(), ms);
  }

  async fetchNew() {
    if (this.fetching) { this.fetchAgain = true; return; }
    this.fetching = true;
    try {
      do {
        this.fetchAgain = false;
        const id = this.negotiationId;
        const lastSeq = Math.max(0, ...this.alerts.keys());
        const url = withQuery(`${this.notifierUrl}/api/alerts`, { negotiationId: id, after: lastSeq ? String(lastSeq) : null });
        const page = (await getJson(url))?.alerts || [];
        if (id !== this.negotiationId) continue;
        const first = !this.loaded;
        this.loaded = true;
        this.accept(page, first);
      } while (this.fetchAgain);
    } catch (e) {
      this.say(`The notifier cannot be read: ${e.message}`);
    } finally {
      this.fetching = false;
    }
  }

  /** Merges alerts by seq; those not seen before glow and are announced, except on the first load. */
  accept(alerts, first = false) {
    const fresh = alerts.filter((a) => a.negotiationId === undefined || a.negotiationId === this.negotiationId).filter((a) => !this.alerts.has(a.seq));
    fresh.forEach((a) => this.alerts.set(a.seq, a));
    if (!fresh.length && !first) return;
    const quiet = first || !this.loaded;
    this.render(quiet ? new Set() : new Set(fresh.map((a) => a.seq)));
    if (!quiet && fresh.length) this.onNew(fresh);
  }

  render(freshSeqs) {
    const newestFirst = [...this.alerts.values()].sort((a, b) => b.seq - a.seq);
    document.getElementById('alert-count').textContent = `(${newestFirst.length})`;
    replace(document.getElementById('alert-list'), newestFirst.length ? newestFirst.map((a) => item(a, freshSeqs.has(a.seq)))
      : el('li', { class: 'muted' }, 'No alerts yet.'));
  }

  say(text) {
    this.status.textContent = text;
  }

  stop() {
    this.stream?.stop();
    clearInterval(this.timer);
  }
}

function item(a, fresh) {
  const due = a.previousDueOn && a.dueOn ? `${dateLabel(a.previousDueOn)} → ${dateLabel(a.dueOn)}` : a.dueOn ? `due ${dateLabel(a.dueOn)}` : '';
  return el('li', { class: fresh ? 'fresh' : null, 'data-seq': a.seq, 'data-kind': a.kind },
    el('div', { class: 'event-when' }, el('span', { class: 'badge kind' }, humanize(a.kind)), el('time', { datetime: a.createdAt }, instantLabel(a.createdAt))),
    el('p', { class: 'event-what' }, a.title || humanize(a.kind)),
    a.message ? el('p', { class: 'event-summary' }, a.message) : null,
    due ? el('p', { class: 'event-source' }, due) : null);
}
