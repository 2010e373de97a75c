// What part of a negotiation's timeline the reader looks at: the visible range (zoom and pan, kept in the address as
// "&view=2025-03-01..2025-05-31" so a shared link shows the same), the folded lanes and compact mode (kept per
// negotiation in localStorage).
import { DAY } from './format.js';

export const MIN_SPAN = 7 * DAY;
const FOLDED_KEY = 'nt.timeline.folded';
const COMPACT_KEY = 'nt.timeline.compact';

export class TimelineView {
  constructor(id) {
    this.id = id;
    this.range = readRange();
    this.folded = new Set(stored(FOLDED_KEY)[id] || []);
    this.compactChoice = stored(COMPACT_KEY)[id];
  }

  /** The visible range within the domain: the whole domain unless zoomed. */
  visible(domain) {
    if (!this.range) return { ...domain, all: true };
    const span = Math.max(MIN_SPAN, Math.min(this.range.to - this.range.from, domain.to - domain.from));
    const from = Math.min(Math.max(this.range.from, domain.from), domain.to - span);
    return { from, to: from + span, all: span >= domain.to - domain.from };
  }

  /** Zooms by `factor` (below 1 zooms in) around the time `at` (the middle by default). */
  zoom(domain, factor, at) {
    const v = this.visible(domain);
    const span = Math.max(MIN_SPAN, (v.to - v.from) * factor);
    const centre = at ?? (v.from + v.to) / 2;
    const share = (centre - v.from) / (v.to - v.from);
    this.set(domain, centre - share * span, span);
  }

  /** Moves by `share` of the visible span (negative: earlier); `write` false while dragging, to keep the address calm. */
  pan(domain, share, write = true) {
    const v = this.visible(domain);
    this.set(domain, v.from + share * (v.to - v.from), v.to - v.from, write);
  }

  reset() {
    this.range = null;
    writeRange(null);
  }

  set(domain, from, span, write = true) {
    this.range = span >= domain.to - domain.from ? null : { from, to: from + span };
    if (this.range) this.range = this.visible(domain);
    if (write) writeRange(this.range);
  }

  /** A range in the address (a shared link, back and forward) wins; else the address is made to show this one. */
  sync() {
    const asked = readRange();
    if (asked) this.range = asked; else writeRange(this.range);
  }

  write() {
    writeRange(this.range);
  }

  compact(dense) {
    return this.compactChoice ?? dense;
  }

  setCompact(on) {
    this.compactChoice = on;
    store(COMPACT_KEY, this.id, on);
  }

  toggleFolded(laneId) {
    if (!this.folded.delete(laneId)) this.folded.add(laneId);
    store(FOLDED_KEY, this.id, [...this.folded]);
  }
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);

function readRange() {
  const m = /[?&]view=(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/.exec(location.hash);
  const from = m && Date.parse(m[1]);
  const to = m && Date.parse(m[2]);
  return m && to > from ? { from, to: to + DAY } : null;
}

/** Rewrites "view" in the address without a new history entry or a hashchange (the route stays as it is). */
function writeRange(range) {
  const [path, query = ''] = location.hash.split('?');
  const params = new URLSearchParams(query);
  if (range) params.set('view', `${iso(range.from)}..${iso(range.to - DAY)}`); else params.delete('view');
  const q = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${path || '#/'}${q ? `?${q}` : ''}`);
}

function stored(key) {
  try { return JSON.parse(localStorage.getItem(key)) || {}; } catch { return {}; }
}

function store(key, id, value) {
  try { localStorage.setItem(key, JSON.stringify({ ...stored(key), [id]: value })); } catch { /* private mode: kept for this page only */ }
}
