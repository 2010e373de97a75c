// The fields of one event being written: a fact of the type the writer picks, or a correction of an event from the
// list (its id filled in; a corrected copy starts from what the event says). The eventId is made once per form, so
// every preview and save of it, a retry included, is the same event: saved once, never twice.
import { el } from './dom.js';
import { describe } from './describe.js';
import { CORRECTIONS, FACTS, fieldsOf } from './event-schema.js';
import { fieldControl, readFields } from './form-fields.js';
import { envelopeFields, readEnvelope } from './envelope-fields.js';

/** A new fact of `type` for the negotiation in ctx. */
export function factForm(type, ctx) {
  const fields = FACTS[type];
  const node = el('div', { class: 'event-fields' }, el('fieldset', { class: 'data' }, el('legend', {}, `What happened (${type})`),
    fields.map((f) => fieldControl(f, 'data', ctx))), envelopeFields(ctx));
  return { eventId: uuid(), type, node, title: `New event: ${type}`, data: () => readFields(fields, node, 'data') };
}

/** A retraction, corrected copy or added source about `target` (an event of the timeline). */
export function correctionForm(kind, target, ctx) {
  const own = CORRECTIONS[kind].fields;
  const copy = kind === 'EventCorrected' ? fieldsOf(target.type) : [];
  const node = el('div', { class: 'event-fields' },
    el('fieldset', { class: 'data' }, el('legend', {}, `${CORRECTIONS[kind].label}: ${describe(target)}`), own.map((f) => fieldControl(f, 'data', ctx))),
    copy.length ? el('fieldset', { class: 'data corrected' }, el('legend', {}, `The corrected ${target.type}, as it should read`),
      copy.map((f) => fieldControl(f, 'data.corrected', ctx, target.data?.[f.name]))) : null,
    envelopeFields(ctx, { links: false }));
  const data = () => ({ eventId: target.eventId, ...(copy.length ? { eventType: target.type, corrected: corrected(target, copy, node) } : {}),
    ...readFields(own, node, 'data') });
  return { eventId: uuid(), type: kind, node, title: `${CORRECTIONS[kind].label}: ${describe(target)}`, data, target };
}

/** The event's data with the form's fields over it: a field the form has no control for is kept as the event says. */
function corrected(target, fields, node) {
  const read = readFields(fields, node, 'data.corrected');
  const copy = { ...target.data };
  for (const f of fields) if (f.name in read) copy[f.name] = read[f.name]; else delete copy[f.name];
  return copy;
}

/** A random (v4) UUID; crypto.randomUUID needs https, getRandomValues does not. */
function uuid() {
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16));
}

/** The event as ingest takes it, from what the form holds now. */
export function eventOf(form) {
  return { eventId: form.eventId, type: form.type, ...readEnvelope(form.node), data: form.data() };
}
