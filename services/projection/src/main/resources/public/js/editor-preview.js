// What a dry run says an append would do (docs/ingest.md, ?dryRun=true): the cards it changes, each field from its
// value now to its value after, and the alerts it would raise; shown before anything is saved.
import { el, replace } from './dom.js';
import { dateLabel, worldDate } from './format.js';
import { words } from './form-fields.js';

const CARDS = { rounds: 'Rounds', nextLegalDeadline: 'Next legal deadline', deadlines: 'Deadlines', measures: 'Tariffs', issues: 'Open issues' };

export function renderPreview(container, preview) {
  const changes = preview.changes || [];
  const alerts = preview.alerts || [];
  container.hidden = false;
  delete container.dataset.stale;
  replace(container,
    el('h4', {}, 'Preview (nothing is saved yet)'),
    el('p', { 'data-figure': 'preview-outcome' }, preview.outcome === 'already_stored' ? 'Already saved: saving it again changes nothing.'
      : `Saving makes it version ${preview.streamVersion} of this negotiation (now at ${preview.versionBefore}).`),
    el('h5', {}, 'What changes on the cards'),
    changes.length ? el('ul', { class: 'preview-changes' }, changes.map(change)) : el('p', { class: 'hint' }, 'No card changes.'),
    el('h5', {}, 'Alerts it would raise'),
    alerts.length ? el('ul', { class: 'preview-alerts' }, alerts.map((a) => el('li', { 'data-kind': a.kind },
      el('span', { class: 'badge' }, a.kind.replace(/_/g, ' ')), ' ', a.message, a.raisedBy === 'today' ? ' (today)' : '')))
      : el('p', { class: 'hint' }, 'No alert.'));
}

/** A preview no longer matches the form once the form changes: it says so until the next preview. */
export function markStale(container) {
  if (container.hidden || container.dataset.stale) return;
  container.dataset.stale = 'true';
  container.prepend(el('p', { class: 'stale' }, 'The form changed since this preview: preview again before saving.'));
}

function change(c) {
  const field = c.path.split('.').slice(1).map((p) => words(p)).join(' › ');
  return el('li', { 'data-card': c.card, 'data-path': c.path }, `${CARDS[c.card] || words(c.card)}${field ? ` — ${field}` : ''}: `,
    el('span', { class: 'before' }, value(c.before)), el('span', { 'aria-hidden': 'true' }, ' → '), el('span', { class: 'visually-hidden' }, ' becomes '),
    el('strong', { class: 'after' }, value(c.after)));
}

function value(v) {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') return Object.entries(v).filter(([, x]) => x !== null && typeof x !== 'object').map(([k, x]) => `${words(k)}: ${value(x)}`).join(', ');
  if (typeof v === 'string' && worldDate(v) && /^\d{4}/.test(v)) return dateLabel(v);
  return String(v).replace(/_/g, ' ');
}
