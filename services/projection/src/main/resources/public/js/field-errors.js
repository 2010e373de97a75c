// Shows a refusal from ingest beside the control it names: problem+json `field` is a JSON path ("data.roundId",
// "sources[0].publisher", "links.issues[1]", "[0].data.dueOn" in a batch); the control with that data-field, else the
// nearest one above it on the path, is marked invalid, described by the message and focused. A field the form has no
// control for (the type, a corrected event's id) is shown in the form's own error line.
export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((p) => { p.hidden = true; p.textContent = ''; });
}

/** @returns the control the problem was shown beside, or null when it went to `general` */
export function showProblem(form, problem, general) {
  clearErrors(form);
  const message = problem.detail || problem.title || `refused (${problem.status})`;
  const control = controlFor(form, (problem.field || '').replace(/^\[\d+\]\.?/, ''));
  if (!control) {
    general.hidden = false;
    general.textContent = problem.field ? `${problem.field}: ${message}` : message;
    return null;
  }
  general.hidden = true;
  const box = control.closest('.field, fieldset');
  const slot = box?.querySelector(':scope > .field-error') || box?.querySelector('.field-error');
  if (slot) { slot.hidden = false; slot.textContent = message; }
  const target = control.matches('fieldset') ? control.querySelector('input, select, textarea') || control : control;
  target.setAttribute('aria-invalid', 'true');
  target.focus();
  return control;
}

function controlFor(form, field) {
  for (let path = field; path; path = parent(path)) {
    const found = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (found) return found;
  }
  return null;
}

/** "sources[0].publisher" -> "sources[0]" -> "sources"; "links.issues[1]" -> "links.issues". */
function parent(path) {
  if (path.endsWith(']')) return path.replace(/\[\d+\]$/, '');
  const dot = path.lastIndexOf('.');
  return dot > 0 ? path.slice(0, dot) : '';
}
