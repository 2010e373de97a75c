// The alert backtest: what a policy would have told a reader of the open negotiation over a chosen range, day by day,
// from what was published by each day (the notifier's GET /api/negotiations/{id}/alert-backtest). Alerts held back
// are greyed, with their reason.
import { getJson, withQuery } from './api.js';
import { el, replace } from './dom.js';
import { dateLabel, humanize } from './format.js';
import { number } from './locale.js';

const REASONS = {
  moved_before_alert_day: 'the date moved before this day',
  cancelled_before_alert_day: 'cancelled before this day',
  superseded_version: 'a later move was learned the same day',
  outside_policy: 'not followed by this policy',
};

export class BacktestPanel {
  constructor(notifierUrl) {
    this.notifierUrl = notifierUrl;
    this.form = document.getElementById('backtest-form');
    this.status = document.getElementById('backtest-status');
    this.list = document.getElementById('backtest-list');
    this.form?.addEventListener('submit', (e) => { e.preventDefault(); this.run(); });
  }

  select(negotiationId) {
    this.negotiationId = negotiationId;
    this.controller?.abort();
    replace(this.list);
    this.say('');
  }

  policy() {
    const classes = [...this.form.querySelectorAll('input[name="class"]:checked')].map((c) => c.value);
    return JSON.stringify({ classes: classes.length ? classes : ['legal'] });
  }

  async run() {
    if (!this.negotiationId) return;
    this.controller?.abort();
    this.controller = new AbortController();
    const from = this.form.elements.from.value;
    const to = this.form.elements.to.value;
    const url = withQuery(`${this.notifierUrl}/api/negotiations/${encodeURIComponent(this.negotiationId)}/alert-backtest`, { from, to, policy: this.policy() });
    this.say('Replaying…');
    try {
      const result = await getJson(url, this.controller.signal);
      this.say(`${number(result.sent)} sent, ${number(result.suppressed)} held back, ${dateLabel(result.from)} – ${dateLabel(result.to)}.`);
      replace(this.list, result.alerts.length ? result.alerts.map(line) : el('li', { class: 'muted' }, 'No alert in this range.'));
    } catch (e) {
      if (e.name !== 'AbortError') this.say(`The backtest failed: ${e.message}`);
    }
  }

  say(text) {
    if (this.status) this.status.textContent = text;
  }
}

function line(a) {
  const kind = humanize(a.kind) + (a.horizonDays !== null && a.horizonDays !== undefined ? `, ${a.horizonDays} d` : '');
  return el('li', { class: a.sent ? 'sent' : 'suppressed', 'data-kind': a.kind, style: a.sent ? null : 'opacity: .55' },
    el('div', { class: 'event-when' }, el('span', { class: 'badge kind' }, kind), el('time', { datetime: a.day }, dateLabel(a.day))),
    el('p', { class: 'event-what' }, `${a.deadlineId} (${a.deadlineClass})${a.dueOn ? `, due ${dateLabel(a.dueOn)}` : ''}`),
    el('p', { class: 'event-source' }, a.sent ? 'sent' : `held back: ${REASONS[a.reason] || a.reason}`));
}
