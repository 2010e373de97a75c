// The "Export" menu of the negotiation shown: its timeline, deadlines, tariff series and rounds as CSV or NDJSON files,
// as of the page's date. A <details> disclosure: Enter or Space opens it, Tab walks the links, Escape closes it and
// gives the focus back to its button.
import { el, replace } from './dom.js';
import { withQuery } from './api.js';

const DATASETS = [
  ['timeline', 'Timeline (events with sources)'],
  ['deadlines', 'Deadlines with their history'],
  ['tariffs', 'Tariff rates, one row per measure per day'],
  ['rounds', 'Rounds'],
];
const FORMATS = [['csv', 'CSV'], ['ndjson', 'NDJSON']];

export function exportHref(id, dataset, format, asOf) {
  return withQuery(`api/negotiations/${encodeURIComponent(id)}/exports/${dataset}.${format}`, { asOf });
}

export function renderExportMenu(container, id, asOf) {
  if (!id) { replace(container); return; }
  const items = DATASETS.flatMap(([dataset, label]) => FORMATS.map(([format, formatLabel]) => el('li', {},
    el('a', { href: exportHref(id, dataset, format, asOf), download: '', 'data-export': `${dataset}.${format}` },
      `${label}, ${formatLabel}`))));
  const menu = el('details', { class: 'export-menu' },
    el('summary', { 'aria-label': `Export ${id}${asOf ? ` as of ${asOf}` : ''}` }, 'Export'),
    el('ul', { class: 'export-list' }, items));
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary').focus();
  });
  replace(container, menu);
}
