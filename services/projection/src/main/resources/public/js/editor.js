// The editor: a writer signed in with a token records a fact, or retracts, corrects or adds a source to an event of
// the list. Every save is previewed first (what changes on the cards, which alerts would fire), and is sent with the
// version the preview was made at: a write in between is a 412, and the form says what changed meanwhile. A refusal
// shows beside the field it names. The cards change by themselves once the projection has the event (live).
import { el, replace } from './dom.js';
import { describe } from './describe.js';
import { FACTS } from './event-schema.js';
import { correctionForm, eventOf, factForm } from './event-form.js';
import { clearErrors, showProblem } from './field-errors.js';
import { markStale, renderPreview } from './editor-preview.js';
import { Ingest } from './ingest.js';
import { tokenForm } from './writer-token.js';
import { EditorState } from './editor-state.js';

const $ = (id) => document.getElementById(id);

export class Editor {
  constructor(ingestUrl, announce) {
    Object.assign(this, { ingestUrl, announce, ctx: {}, form: null, previewed: null });
    this.html = $('editor-form');
    this.ui = new EditorState(this.html, $('editor-status'));
    const type = $('editor-type');
    replace(type, Object.keys(FACTS).map((t) => el('option', { value: t }, t)));
    type.addEventListener('change', () => this.start(factForm(type.value, this.ctx)));
    this.html.addEventListener('submit', (e) => { e.preventDefault(); this.preview(); });
    this.html.querySelector('[data-action=save]').addEventListener('click', () => this.save());
    this.html.querySelector('[data-action=cancel]').addEventListener('click', () => this.start(factForm(type.value, this.ctx)));
    const stale = () => { if (this.previewed) { this.previewed = null; this.ui.canSave(false); markStale($('editor-preview')); } };
    this.html.addEventListener('input', stale);
    this.html.addEventListener('change', (e) => { if (e.target !== type) stale(); });
    tokenForm($('token-form'), (token) => { this.ingest = token ? new Ingest(ingestUrl, token) : null; this.html.hidden = !token; });
  }

  /** The negotiation being shown: its id, and the parties, people, deadlines, issues and measures the form offers. */
  context(negotiationId, status, timeline = {}) {
    const t = status.tariffs || {};
    const measures = ['inForce', 'suspended', 'scheduled', 'announced', 'lifted', 'threatened'].flatMap((k) => t[k] || []);
    const switched = negotiationId !== this.negotiationId;
    this.negotiationId = negotiationId;
    this.ctx = { today: status.today, parties: status.parties || [], deadlines: status.deadlines || [],
      issues: [...(status.issues?.open || []), ...(status.issues?.closed || [])], measures: [...new Map(measures.map((m) => [m.measureId, m])).values()],
      people: peopleOf(timeline.events || [], status.recentStatements || []) };
    if (switched || !this.form) this.start(factForm($('editor-type').value, this.ctx));
  }

  /** Starts a correction of `event` (kind: EventRetracted, EventCorrected, SourceAdded), from the event list. */
  correct(kind, event) {
    $('editor').open = true;
    this.start(correctionForm(kind, event, this.ctx));
    ($('token-form').querySelector('input:not([hidden])') || this.html.querySelector('.event-fields input, .event-fields textarea'))?.focus();
  }

  start(form) {
    Object.assign(this, { form, previewed: null });
    $('editor-type').closest('.field').hidden = Boolean(form.target);
    $('editor-mode').textContent = form.title;
    replace($('editor-fields'), form.node);
    $('editor-preview').hidden = true;
    $('editor-error').hidden = true;
    this.ui.canSave(false);
    this.ui.status('');
  }

  async preview() {
    const event = eventOf(this.form);
    const r = await this.ui.busy(() => this.ingest.preview(this.negotiationId, event));
    if (!r) return;
    if (!r.ok) return this.refused(r);
    clearErrors(this.html);
    $('editor-error').hidden = true;
    renderPreview($('editor-preview'), r.body);
    this.previewed = { json: JSON.stringify(event), version: r.body.versionBefore };
    this.ui.canSave(true);
    this.ui.status('Preview ready: check what changes, then save.');
    $('editor-preview').scrollIntoView({ block: 'nearest' });
  }

  async save() {
    const event = eventOf(this.form);
    if (!this.previewed || this.previewed.json !== JSON.stringify(event)) return this.ui.status('Preview it first: the form changed since.');
    const r = await this.ui.busy(() => this.ingest.save(this.negotiationId, event, this.previewed.version));
    if (!r) return;
    if (r.status === 412) return this.meanwhile(r.body.currentVersion);
    if (!r.ok) return this.refused(r);
    const saved = `Saved as version ${r.body.streamVersion}: the cards update in a moment.`;
    this.start(this.form.target ? factForm($('editor-type').value, this.ctx) : factForm(this.form.type, this.ctx));
    this.ui.status(saved);
    this.announce(saved);
    $('editor-status').scrollIntoView({ block: 'nearest' });
  }

  /** Someone saved first: nothing is overwritten; the form lists their events and asks for a new preview. */
  async meanwhile(current) {
    const theirs = await this.ingest.since(this.negotiationId, this.previewed.version).catch(() => []);
    this.previewed = null;
    this.ui.canSave(false);
    markStale($('editor-preview'));
    this.ui.status(`Not saved: the negotiation changed meanwhile (now at version ${current}). Preview again to see the status now.`,
      theirs.map((e) => `${e.type === 'EventRetracted' ? 'Retraction' : describe(e)} (version ${e.version})`));
  }

  refused(r) {
    this.ui.canSave(false);
    showProblem(this.html, r.body, $('editor-error'));
    this.ui.status(`Not saved: ${r.body.detail || r.body.title || `HTTP ${r.status}`}`);
  }
}

/** The people the negotiation names, by name (the latest mention wins): its leads, rounds' participants and speakers. */
function peopleOf(events, statements) {
  const people = new Map();
  const add = (p) => { if (p?.name && p.party) people.set(p.name, { name: p.name, role: p.role, party: p.party }); };
  for (const e of events) {
    if (e.type === 'NegotiationOpened') (e.data?.leads || []).forEach(add);
    if (e.type === 'RoundHeld') (e.data?.participants || []).forEach(add);
    if (e.type === 'StatementMade') add(e.data?.speaker);
  }
  statements.forEach((s) => add({ name: s.speaker, role: s.role, party: s.party }));
  return [...people.values()];
}
