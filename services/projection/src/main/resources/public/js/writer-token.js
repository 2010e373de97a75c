// The writer's sign-in: a bearer token with the writer role, pasted once and kept for this tab only (sessionStorage),
// never in the address or in localStorage. Its payload is read only to say who is signed in and until when: ingest
// alone decides whether it is valid.
const KEY = 'nt.writerToken';

export const writerToken = {
  get: () => sessionStorage.getItem(KEY),
  set: (token) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};

/** The token's claims (sub, roles, exp), or null when it is not a JWT. */
export function claims(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(part + '='.repeat((4 - (part.length % 4)) % 4)));
  } catch {
    return null;
  }
}

/** The sign-in form: signs in on submit, out with its button, and tells `onChange` the token (or null). */
export function tokenForm(form, onChange) {
  const input = form.querySelector('input');
  const out = form.querySelector('[data-action=sign-out]');
  const status = form.querySelector('[role=status]');
  const show = () => {
    const token = writerToken.get();
    const c = token ? claims(token) : null;
    input.hidden = Boolean(token);
    form.querySelector('label').hidden = Boolean(token);
    form.querySelector('[type=submit]').hidden = Boolean(token);
    out.hidden = !token;
    status.textContent = !token ? 'Paste a token with the writer role to record events; it is kept in this tab only.'
      : `Signed in as ${c?.sub || 'a writer'}${c?.roles ? ` (${[].concat(c.roles).join(', ')})` : ''}`
        + (c?.exp ? `, until ${new Date(c.exp * 1000).toLocaleString()}` : '') + '.';
    onChange(token);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!input.value.trim()) { input.focus(); return; }
    writerToken.set(input.value.trim());
    input.value = '';
    show();
    out.focus();
  });
  out.addEventListener('click', () => { writerToken.clear(); show(); input.focus(); });
  show();
}
