// What the event list shows of corrections (docs/domain.md): an event taken back or replaced is struck through, with
// a link to the retraction or correction and its reason; a correction links to the event it is about. Each event that
// still stands offers "Retract", "Correct" and "Add source", which open the editor on it.
import { el } from './dom.js';

const ACTIONS = [['EventRetracted', 'Retract'], ['EventCorrected', 'Correct'], ['SourceAdded', 'Add source']];
const CORRECTIONS = new Set(ACTIONS.map(([type]) => type));
let shown = new Map();

/** Remembers the events shown, by id, for the links and the actions. */
export function rememberEvents(events) {
  shown = new Map(events.map((e) => [e.eventId, e]));
}

/** The list item's class: "retracted" or "corrected" when a standing correction concerns the event. */
export function amendedClass(e) {
  return e.amendments?.retracted ? 'retracted' : e.amendments?.corrected ? 'corrected' : null;
}

/** The lines under an event: what became of it, or what it is about. */
export function amendmentLines(e, what) {
  const a = e.amendments;
  const about = e.data?.eventId && CORRECTIONS.has(e.type) ? shown.get(e.data.eventId) : null;
  return [
    a?.retracted ? el('p', { class: 'amendment' }, el('span', { class: 'badge retracted' }, 'retracted'), ' ', link(a.retractedBy, 'see the retraction'),
      a.retractionReason ? `: ${a.retractionReason}` : '') : null,
    a?.corrected ? el('p', { class: 'amendment' }, el('span', { class: 'badge corrected' }, 'corrected'), ' ',
      link(a.correctedBy[a.correctedBy.length - 1], 'see the correction'), a.correctionReason ? `: ${a.correctionReason}` : '') : null,
    a?.corroboratedBy?.length ? el('p', { class: 'amendment' }, 'Sources added later: ', a.corroboratedBy.flatMap((id, i) => [i ? ', ' : '', link(id, `${i + 1}`)])) : null,
    about ? el('p', { class: 'amendment' }, 'About: ', link(about.eventId, what(about))) : null,
  ];
}

/** The buttons that start a correction, for an event that still stands; labelled with what the event says. */
export function actionButtons(e, what) {
  if (CORRECTIONS.has(e.type) || e.amendments?.retracted) return null;
  return el('div', { class: 'event-actions', role: 'group', 'aria-label': `Corrections to: ${what(e)}` },
    ACTIONS.map(([kind, label]) => el('button', { type: 'button', 'data-action': kind, 'data-event-id': e.eventId, 'aria-label': `${label}: ${what(e)}` }, label)));
}

/** Clicks in the list: a correction button opens the editor on its event; a link moves to the event it names. */
export function followActions(list, onCorrect) {
  list.addEventListener('click', (click) => {
    const button = click.target.closest('button[data-action]');
    if (button && shown.has(button.dataset.eventId)) onCorrect(button.dataset.action, shown.get(button.dataset.eventId));
    const goto = click.target.closest('a[data-goto]');
    if (!goto) return;
    click.preventDefault(); // the address carries the route; moving to an event does not change it
    const target = document.getElementById(`event-${goto.dataset.goto}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  });
}

function link(eventId, text) {
  return el('a', { href: `#event-${eventId}`, 'data-goto': eventId }, text);
}
