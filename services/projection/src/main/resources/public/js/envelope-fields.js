// What every event carries besides its data: when it happened (any precision), how sure it is, its sources (one or
// more, each with who stands behind the claim) and what else in the negotiation it is about (links). Paths as ingest
// names them: occurredOn, confidence, sources[1].publisher, links.issues.
import { el } from './dom.js';
import { choices, fieldControl, readFields } from './form-fields.js';

const SOURCE = [
  { name: 'publisher', kind: 'text', required: true }, { name: 'title', kind: 'text', required: true },
  { name: 'url', kind: 'text', hint: 'http(s) address; leave empty rather than guess one.' },
  { name: 'publishedOn', kind: 'date', hint: 'A day (2025-06-17) or a month (2025-06).' },
  { name: 'attribution', kind: 'enum', values: ['on_record', 'anonymous_official', 'media_report', 'analyst'] },
];
const WHEN = { name: 'occurredOn', kind: 'date', required: true };
const CONFIDENCE = { name: 'confidence', kind: 'enum', required: true, values: ['confirmed', 'reported'], hint: 'Reported: a hint, a "may", unconfirmed.' };

/** The envelope's fields, for an event of the negotiation in ctx; `when` false for a correction (it happened when recorded). */
export function envelopeFields(ctx, { when = true, links = true } = {}) {
  const list = el('div', { class: 'source-list' });
  const add = el('button', { type: 'button', class: 'add-source' }, 'Add another source');
  add.addEventListener('click', () => { list.append(sourceRow(ctx, list)); renumber(list); list.lastElementChild.querySelector('input').focus(); });
  list.append(sourceRow(ctx, list));
  renumber(list);
  return el('div', { class: 'envelope' },
    when ? fieldControl(WHEN, '', ctx, ctx.today) : null,
    fieldControl(CONFIDENCE, '', ctx, 'confirmed'),
    el('fieldset', { class: 'sources', 'data-field': 'sources' }, el('legend', {}, 'Sources (the first is the main one)'), list, add,
      el('p', { class: 'field-error', hidden: true })),
    links ? el('fieldset', { class: 'links', 'data-field': 'links' }, el('legend', {}, 'Also about (links)'),
      choices({ name: 'issues' }, 'links.issues', (ctx.issues || []).map((i) => [i.issueId, i.title]), []),
      choices({ name: 'measures' }, 'links.measures', (ctx.measures || []).map((m) => [m.measureId, m.product || m.measureId]), []),
      choices({ name: 'deadlines' }, 'links.deadlines', (ctx.deadlines || []).map((d) => [d.deadlineId, d.title]), [])) : null);
}

function sourceRow(ctx, list) {
  const remove = el('button', { type: 'button', class: 'remove-source' }, 'Remove this source');
  const row = el('fieldset', { class: 'source' }, el('legend', {}), SOURCE.map((f) => fieldControl(f, 'sources[?]', ctx)), remove);
  remove.addEventListener('click', () => { row.remove(); renumber(list); list.querySelector('input')?.focus(); });
  return row;
}

/** Paths follow the rows' order, so "sources[1].title" names the second row whichever was removed before it. */
function renumber(list) {
  [...list.children].forEach((row, i) => {
    row.querySelector('legend').textContent = `Source ${i + 1}`;
    row.querySelector('.remove-source').hidden = list.children.length === 1;
    row.querySelectorAll('[data-field]').forEach((n) => {
      const path = n.dataset.field.replace(/^sources\[[^\]]*\]/, `sources[${i}]`);
      n.dataset.field = path;
      n.name = path;
    });
  });
}

/** The envelope's JSON: empty links left out. */
export function readEnvelope(c) {
  const out = readFields([WHEN, CONFIDENCE], c, '');
  out.sources = [...c.querySelectorAll('.source-list > fieldset')].map((row, i) => readFields(SOURCE, row, `sources[${i}]`));
  const links = readFields(['issues', 'measures', 'deadlines'].map((name) => ({ name, kind: 'issues' })), c, 'links');
  if (Object.keys(links).length) out.links = links;
  return out;
}
