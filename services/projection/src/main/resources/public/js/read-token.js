// The reader's sign-in, for a tracker whose reads require a token (TRACKER_READ_ACCESS): asked for when a read answers
// 401, pasted once and kept for this tab only (sessionStorage), like the editor's writer token (writer-token.js). Every
// read of the dashboard API and the notifier sends it; the services alone decide whether it is valid.
import { claims } from './writer-token.js';

const KEY = 'nt.readToken';

export const readToken = {
  get: () => sessionStorage.getItem(KEY),
  set: (token) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};

/** The headers a read sends: the bearer token when one is kept. */
export function readHeaders() {
  const token = readToken.get();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Tells the page that a read was refused for want of a (valid) token. */
export function readRefused() {
  window.dispatchEvent(new CustomEvent('nt:read-token-required'));
}

/** The form in the header: hidden until a read is refused or a token is kept; a sign-in or -out reloads the page. */
export function readTokenForm(form) {
  const input = form.querySelector('input');
  const out = form.querySelector('[data-action=sign-out]');
  const status = form.querySelector('[role=status]');
  const show = (refused) => {
    const token = readToken.get();
    const c = token ? claims(token) : null;
    form.hidden = !token && !refused;
    input.hidden = Boolean(token) && !refused;
    form.querySelector('label').hidden = input.hidden;
    form.querySelector('[type=submit]').hidden = input.hidden;
    out.hidden = !token;
    status.textContent = refused
      ? (token ? 'This token was refused (expired, or not for this tracker): paste another.' : 'Reading this tracker needs a token: paste one; it is kept in this tab only.')
      : `Reading as ${c?.sub || 'a signed-in reader'}` + (c?.exp ? `, until ${new Date(c.exp * 1000).toLocaleString()}` : '') + '.';
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!input.value.trim()) { input.focus(); return; }
    readToken.set(input.value.trim());
    location.reload();
  });
  out.addEventListener('click', () => { readToken.clear(); location.reload(); });
  let asked = false;
  window.addEventListener('nt:read-token-required', () => {
    if (asked) return;
    asked = true;
    show(true);
    input.focus();
  });
  show(false);
}
