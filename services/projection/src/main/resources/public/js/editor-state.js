// The editor form's state as the writer perceives it: busy while ingest answers (buttons disabled, aria-busy), the
// status line (a role=status region: read out), and whether Save is on (only with a preview matching the form).
import { el, replace } from './dom.js';

export class EditorState {
  constructor(form, statusLine) {
    Object.assign(this, { form, statusLine });
  }

  /** Runs `work` with the buttons off; a network failure becomes a status line and null. */
  async busy(work) {
    const buttons = [...this.form.querySelectorAll('.editor-buttons button')];
    const was = buttons.map((b) => b.disabled);
    this.form.setAttribute('aria-busy', 'true');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      return await work();
    } catch (e) {
      this.status(`Ingest cannot be reached (${e.message}); nothing was saved.`);
      return null;
    } finally {
      buttons.forEach((b, i) => { b.disabled = was[i]; });
      this.form.removeAttribute('aria-busy');
    }
  }

  canSave(enabled) {
    this.form.querySelector('[data-action=save]').disabled = !enabled;
  }

  status(text, items = []) {
    replace(this.statusLine, text, items.length ? el('ul', {}, items.map((i) => el('li', {}, i))) : null);
  }
}
