// One labelled control per schema field (event-schema.js), described for screen readers (hint, error), each carrying
// the JSON path ingest names in a problem+json `field` (data-field), so a refusal shows beside the control it is about.
// Reading gives the JSON ingest takes; a value the page cannot judge (a rate such as "abc") is sent as typed, for
// ingest to refuse naming the field.
import { el } from './dom.js';

const PATTERNS = { slug: '[a-z0-9][a-z0-9-]*', date: '\\d{4}(-\\d{2}(-(\\d{2}|early|mid|late)(T[0-9:.]+Z)?)?)?' };
const DATE_HINT = 'A year (2025), a month (2025-07), part of a month (2025-07-early, -mid, -late) or a day (2025-07-09).';
let seq = 0;

export const pathOf = (prefix, name) => (prefix ? `${prefix}.${name}` : name);
export const words = (name) => name.replace(/([A-Z])/g, ' $1').replace(/_/g, ' ').toLowerCase().replace(/^./, (c) => c.toUpperCase());

/** The control of one field under a JSON path prefix ("data", "data.corrected", "sources[0]", "" for the envelope). */
export function fieldControl(field, prefix, ctx, value) {
  const path = pathOf(prefix, field.name);
  if (field.kind === 'person') return person(field, path, ctx, value || {});
  if (field.kind === 'issues') return choices(field, path, (ctx.issues || []).map((i) => [i.issueId, i.title]), value || []);
  const id = `ed-${++seq}`;
  const hint = field.hint || (field.kind === 'date' ? DATE_HINT : null);
  const control = input(field, id, path, ctx, value);
  control.setAttribute('aria-describedby', [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' '));
  return el('div', { class: `field kind-${field.kind}` }, el('label', { for: id }, field.label || words(field.name), field.required ? ' (required)' : ''), control,
    hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null, el('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
}

function input(field, id, path, ctx, value) {
  const common = { id, name: path, 'data-field': path, 'aria-required': field.required ? 'true' : null };
  const options = optionsOf(field, ctx);
  if (options) {
    // a required enumeration or party starts on its first value (ingest refuses neither blank nor unknown codes)
    const blank = field.required && (field.kind === 'enum' || field.kind === 'party') ? [] : [el('option', { value: '' }, '—')];
    return el('select', common, blank, options.map(([v, text]) => el('option', { value: v, selected: String(value ?? '') === v }, text)));
  }
  if (field.kind === 'bool') return el('input', { ...common, type: 'checkbox', checked: value ?? field.initial ?? false });
  if (field.kind === 'long') return el('textarea', { ...common, rows: 3 }, value ?? '');
  const text = Array.isArray(value) ? value.join(', ') : value ?? '';
  return el('input', { ...common, type: 'text', value: text, pattern: PATTERNS[field.kind] || null, spellcheck: field.kind === 'text' ? null : 'false',
    inputmode: field.kind === 'number' ? 'decimal' : field.kind === 'integer' ? 'numeric' : null, placeholder: field.kind === 'date' ? '2025-07-09' : null });
}

function optionsOf(field, ctx) {
  switch (field.kind) {
    case 'enum': return field.values.map((v) => [v, v.replace(/_/g, ' ')]);
    case 'party': return (ctx.parties || []).map((p) => [p.code, `${p.name || p.code} (${p.code})`]);
    case 'deadline': return (ctx.deadlines || []).map((d) => [d.deadlineId, d.title || d.deadlineId]);
    case 'issue': return (ctx.issues || []).map((i) => [i.issueId, i.title || i.issueId]);
    case 'measure': return (ctx.measures || []).map((m) => [m.measureId, m.product ? `${m.product} (${m.measureId})` : m.measureId]);
    default: return null;
  }
}

/** A person (name, role, party: the party is required, as ingest reads a person); a person the negotiation names
 * (a lead, a participant, a speaker) is offered as the writer types, and picking one fills in their role and party. */
function person(field, path, ctx, value) {
  const known = ctx.people || [];
  const name = fieldControl({ name: 'name', kind: 'text', required: true }, path, ctx, value.name);
  const box = el('fieldset', { class: 'field person', 'data-field': path }, el('legend', {}, words(field.name), field.required ? ' (required)' : ''),
    name, fieldControl({ name: 'role', kind: 'text' }, path, ctx, value.role),
    fieldControl({ name: 'party', kind: 'party', required: true }, path, ctx, value.party));
  if (!known.length) return box;
  const input = name.querySelector('input');
  const list = el('datalist', { id: `${input.id}-people` }, known.map((p) => el('option', { value: p.name }, [p.role, p.party].filter(Boolean).join(', '))));
  input.setAttribute('list', list.id);
  input.setAttribute('autocomplete', 'off');
  name.append(list);
  input.addEventListener('change', () => {
    const p = known.find((k) => k.name === input.value.trim());
    if (!p) return;
    const role = box.querySelector(`[data-field="${path}.role"]`);
    if (!role.value.trim() && p.role) role.value = p.role;
    if (p.party) box.querySelector(`[data-field="${path}.party"]`).value = p.party;
  });
  return box;
}

/** Several ids out of a list, as checkboxes in a group named by the field. */
export function choices(field, path, items, chosen) {
  return el('fieldset', { class: 'field choices', 'data-field': path }, el('legend', {}, words(field.name)),
    items.length ? items.map(([v, text]) => el('label', {}, el('input', { type: 'checkbox', value: v, name: path, checked: chosen.includes(v) }), ` ${text}`))
      : el('p', { class: 'hint' }, 'None recorded yet.'), el('p', { class: 'field-error', hidden: true }));
}

/** The JSON of the fields under the prefix; empty optional fields are left out. */
export function readFields(fields, container, prefix) {
  const data = {};
  for (const field of fields) {
    const value = read(field, pathOf(prefix, field.name), container);
    if (value !== undefined) data[field.name] = value;
  }
  return data;
}

function read(field, path, c) {
  const node = c.querySelector(`[data-field="${path}"]`);
  if (!node) return undefined;
  if (field.kind === 'person') {
    const p = readFields([{ name: 'name' }, { name: 'role' }, { name: 'party' }], c, path);
    return Object.keys(p).length ? p : undefined;
  }
  if (field.kind === 'issues') return orNothing([...node.querySelectorAll('input:checked')].map((i) => i.value));
  if (field.kind === 'bool') return node.checked;
  const text = node.value.trim();
  if (!text) return undefined;
  if (field.kind === 'codes') return orNothing(text.split(',').map((s) => s.trim()).filter(Boolean));
  if (field.kind === 'number' || field.kind === 'integer') return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  return text;
}

const orNothing = (list) => (list.length ? list : undefined);
