// The timeline's legend, drawn with the same shapes as the marks.
import { el, svg, replace } from './dom.js';
import { KINDS, shape } from './shapes.js';

export function renderLegend(list) {
  if (list.childElementCount) return;
  replace(list, Object.entries(KINDS).map(([kind, k]) => el('li', {},
    svg('svg', { width: 20, height: 20, viewBox: '0 0 20 20', 'aria-hidden': 'true' },
      shape({ kind, when: { precision: 'day' }, title: k.label }, 10, 10, null)),
    k.label)),
  el('li', {}, svg('svg', { width: 20, height: 20, viewBox: '0 0 20 20', 'aria-hidden': 'true' },
    shape({ kind: 'round-ministerial', when: { precision: 'month' }, title: 'month only' }, 10, 10, [2, 18])), 'Date known to the month (band) or year'));
}
