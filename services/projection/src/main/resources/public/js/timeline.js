// The timeline panel: draws the visible range of the chosen negotiation (timeline-draw.js), places its labels for
// that range (labels.js), the lanes' fold buttons over the chart's left column, and says what range is shown.
import { el, replace } from './dom.js';
import { DAY } from './format.js';
import { formats, number, plural } from './locale.js';
import { placeLabels } from './labels.js';
import { renderLegend } from './legend.js';
import { bindControls } from './timeline-controls.js';
import { columns, drawChart } from './timeline-draw.js';
import { timelineModel } from './timeline-model.js';
import { MIN_SPAN, TimelineView } from './timeline-view.js';

const $ = (id) => document.getElementById(id);
let current = null;

export function renderTimeline(status, timeline) {
  const id = status.negotiationId;
  if (!current || current.view.id !== id) current = { view: new TimelineView(id), scale: null };
  current.model = timelineModel(status, timeline);
  current.view.sync();
  bindControls(actions);
  draw();
  renderLegend($('timeline-legend'));
}

const actions = {
  zoom: (factor, at) => change((v, d) => v.zoom(d, factor, at)),
  pan: (share, write) => change((v, d) => v.pan(d, share, write)),
  reset: () => change((v) => v.reset()),
  write: () => current?.view.write(),
  toggleCompact: () => change((v, d, m) => v.setCompact(!v.compact(m.dense))),
  toggleLane: (laneId) => change((v) => v.toggleFolded(laneId)),
  redraw: () => draw(),
  /** The time under a point of the screen, for zooming around the pointer. */
  timeAt: (clientX) => (current?.scale ? current.scale.time(clientX - $('timeline').getBoundingClientRect().left) : undefined),
  /** How much of the visible span one pixel of the plot is. */
  shareOfPixel: () => (current?.scale ? 1 / (current.scale.right - current.scale.left) : 0),
};

function change(fn) {
  if (!current?.model) return;
  fn(current.view, current.model.domain, current.model);
  draw();
}

function draw() {
  const box = $('timeline');
  const width = Math.floor(box.clientWidth);
  if (!current?.model || width < 100) return;
  const { model, view } = current;
  const range = view.visible(model.domain);
  const compact = view.compact(model.dense);
  const focusedLane = document.activeElement?.closest?.('.lane-head')?.dataset.lane;
  const { chart, rows, scale, left } = drawChart(model, { width, range, compact, folded: view.folded });
  replace(box, laneHeads(rows, columns(width).head), chart);
  placeLabels(chart, { left: left - 9, right: width, compact });
  current.scale = scale;
  if (focusedLane) box.querySelector(`.lane-head[data-lane="${CSS.escape(focusedLane)}"]`)?.focus();
  Object.assign(box.dataset, { from: iso(range.from), to: iso(range.to - 1), spanDays: String(Math.round((range.to - range.from) / DAY)),
    compact: String(compact), zoomed: String(!range.all) });
  say(range, compact, model.domain);
}

function laneHeads(rows, width) {
  return el('div', { class: 'lane-heads' }, rows.map(({ lane, y, h, folded }) => {
    const button = el('button', { type: 'button', class: 'lane-head', 'data-lane': lane.id, 'aria-expanded': String(!folded), title: lane.label },
      el('span', { class: 'fold', 'aria-hidden': 'true' }, folded ? '▸' : '▾'), el('span', { class: 'lane-name' }, lane.label),
      el('span', { class: 'lane-count' }, `(${number(lane.marks.length)})`));
    Object.assign(button.style, { top: `${y}px`, height: `${h}px`, width: `${width - 6}px` });
    return button;
  }));
}

/** The visible range in words, in an aria-live region, and the controls' state. */
function say(range, compact, domain) {
  const days = Math.round((range.to - range.from) / DAY);
  $('timeline-range').textContent = `${range.all ? 'Whole timeline' : 'Showing'}: ${formats.day.formatRange(range.from, range.to - DAY)}`
    + ` (${plural(days, 'day', 'days')})${compact ? ', compact' : ''}`;
  const tools = document.querySelector('.timeline-tools');
  tools.querySelector('[data-action=compact]').setAttribute('aria-pressed', String(compact));
  tools.querySelector('[data-action=zoom-in]').setAttribute('aria-disabled', String(range.to - range.from <= MIN_SPAN));
  const disabled = { 'zoom-out': range.all, reset: range.all, earlier: range.from <= domain.from, later: range.to >= domain.to };
  for (const [action, off] of Object.entries(disabled)) tools.querySelector(`[data-action=${action}]`).setAttribute('aria-disabled', String(off));
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);
