// The dashboard: the negotiation list, one negotiation's status, timeline, events and alerts, kept live over SSE.
// The route is the URL hash, "#/<negotiationId>?asOf=YYYY-MM-DD" (and the timeline's "&view=FROM..TO"), so a view can be
// bookmarked and shared; "?lang=" before the hash picks the locale of dates and numbers.
import { projection } from './api.js';
import { renderNegotiationList } from './negotiation-list.js';
import { renderCards } from './cards.js';
import { renderTimeline } from './timeline.js';
import { renderEvents, resetEvents } from './events.js';
import { AlertsPanel } from './alerts.js';
import { BacktestPanel } from './alert-backtest.js';
import { followViews } from './live.js';
import { readTokenForm } from './read-token.js';
import { dateLabel, plural } from './format.js';
import { showPortfolio } from './portfolio.js';
import { Editor } from './editor.js';
import { followActions } from './event-actions.js';
import { renderExportMenu } from './export-menu.js';

const $ = (id) => document.getElementById(id);
const state = { selected: null, asOf: null, loading: null, timers: {}, party: null, sort: 'deadline' };
let alerts;
let backtest;
let editor;

async function main() {
  readTokenForm($('read-token-form'));
  const config = await projection.config().catch(() => ({ notifierUrl: `${location.protocol}//${location.hostname}:8083`, liveUrl: 'api/live', heartbeatSeconds: 15 }));
  alerts = new AlertsPanel(config.notifierUrl, { heartbeatSeconds: config.heartbeatSeconds,
    onNew: (fresh) => announce(`${plural(fresh.length, 'new deadline alert', 'new deadline alerts')}: ${fresh.map((a) => a.title).join('; ')}`) });
  backtest = new BacktestPanel(config.notifierUrl);
  editor = new Editor(config.ingestUrl || `${location.protocol}//${location.hostname}:8081`, announce);
  followActions($('event-list'), (kind, event) => editor.correct(kind, event));
  $('as-of').addEventListener('change', () => navigate(state.selected, $('as-of').value || null));
  $('as-of-clear').addEventListener('click', () => navigate(state.selected, null));
  $('as-of-form').addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('hashchange', route);
  await route();
  followViews(config, (selectedChanged) => changed(selectedChanged), () => state.selected);
}

function changed(selectedChanged) {
  later('list', () => loadList());
  if (!state.selected) later('portfolio', () => loadPortfolio());
  if (selectedChanged && state.selected) {
    later('negotiation', () => loadNegotiation(true));
    alerts.refreshSoon();
  }
}

function later(key, fn) {
  clearTimeout(state.timers[key]);
  state.timers[key] = setTimeout(fn, 150);
}

/** One "as of" for the whole page, carried by the URL: "#/?asOf=D" (the portfolio) or "#/<id>?asOf=D". */
function navigate(id, asOf) {
  const hash = `#/${id ? encodeURIComponent(id) : ''}${asOf ? `?asOf=${asOf}` : ''}`;
  if (location.hash === hash) route(); else location.hash = hash;
}

async function route() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const id = path ? decodeURIComponent(path) : null;
  const asOf = /^\d{4}-\d{2}-\d{2}$/.exec(new URLSearchParams(query).get('asOf') || '')?.[0] || null;
  const switched = id !== state.selected;
  Object.assign(state, { selected: id, asOf });
  $('as-of').value = asOf || '';
  $('portfolio-link').setAttribute('href', `#/${asOf ? `?asOf=${asOf}` : ''}`);
  await loadList(id);
  $('portfolio').hidden = Boolean(id);
  $('negotiation').hidden = !id;
  if (!id) return loadPortfolio();
  if (switched) { resetEvents(); alerts.select(id); backtest.select(id); }
  await loadNegotiation(false, switched);
}

function loadPortfolio() {
  return showPortfolio(state, () => loadPortfolio());
}

async function loadList(selected = state.selected) {
  try {
    const negotiations = (await projection.negotiations(state.asOf))?.negotiations || [];
    renderNegotiationList($('negotiation-list'), negotiations, selected, state.asOf);
    return negotiations;
  } catch (e) {
    $('negotiation-list').replaceChildren(Object.assign(document.createElement('li'), { className: 'error', textContent: `Cannot load: ${e.message}` }));
    return [];
  }
}

async function loadNegotiation(live, focus = false) {
  state.loading?.abort();
  const controller = new AbortController();
  state.loading = controller;
  const { selected: id, asOf } = state;
  $('negotiation').setAttribute('aria-busy', 'true');
  try {
    const [status, timeline] = await Promise.all([projection.status(id, asOf, controller.signal), projection.timeline(id, asOf, controller.signal)]);
    $('load-error').hidden = true;
    $('negotiation-title').textContent = status.title || id;
    $('negotiation-meta').textContent = meta(status, timeline);
    renderExportMenu($('export-menu'), id, asOf);
    renderCards(status);
    editor.context(id, status, timeline);
    renderTimeline(status, timeline);
    const fresh = renderEvents(timeline, status);
    if (live && fresh) announce(`${plural(fresh, 'new event', 'new events')} in ${status.title || id}`);
    if (focus && document.activeElement?.closest('#negotiation-list')) $('negotiation').focus();
  } catch (e) {
    if (e.name === 'AbortError') return;
    $('load-error').hidden = false;
    $('load-error').textContent = `Cannot load ${id}: ${e.message}`;
    renderExportMenu($('export-menu'), null);
  } finally {
    if (state.loading === controller) $('negotiation').setAttribute('aria-busy', 'false');
  }
}

function meta(status, timeline) {
  const parties = (status.parties || []).map((p) => p.name || p.code).join(' and ');
  return [parties, `${plural(timeline.count ?? (timeline.events || []).length, 'event', 'events')} from ${plural(status.sourcesCited ?? 0, 'source', 'sources')}`,
    state.asOf ? `as of ${dateLabel(state.asOf)}` : `today is ${dateLabel(status.today)}`].filter(Boolean).join(' · ');
}

function announce(text) {
  $('announcer').textContent = text;
}

main();
