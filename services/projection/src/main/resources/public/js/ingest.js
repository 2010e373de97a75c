// Writes to ingest, whose address the dashboard's config gives (another origin: ingest allows it by CORS), with the
// writer's bearer token: a dry run that answers what an append would do, and the append itself. A save is sent with
// the version the preview was made at (If-Match), so a write by someone else in between is a 412, never overwritten;
// a save whose answer was lost is sent again as it was: its eventId makes the retry a replay, not a second event.
export class Ingest {
  constructor(baseUrl, token) {
    Object.assign(this, { baseUrl, token });
  }

  preview(negotiationId, event) {
    return this.post(`${this.events(negotiationId)}?dryRun=true`, event, {});
  }

  async save(negotiationId, event, version) {
    const headers = version === undefined ? {} : { 'If-Match': `"${version}"` };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.post(this.events(negotiationId), event, headers);
      } catch (e) {
        if (!(e instanceof TypeError) || attempt === 3) throw e; // TypeError: no answer reached the page
        await new Promise((r) => setTimeout(r, 500 * attempt));
      }
    }
  }

  /** The events stored after `version`: what changed meanwhile. */
  async since(negotiationId, version) {
    const r = await fetch(`${this.events(negotiationId)}?afterVersion=${version}`, { headers: this.headers({}), cache: 'no-store' });
    return r.ok ? (await r.json()).events || [] : [];
  }

  events(negotiationId) {
    return `${this.baseUrl}/api/negotiations/${encodeURIComponent(negotiationId)}/events`;
  }

  headers(more) {
    return { Accept: 'application/json, application/problem+json', Authorization: `Bearer ${this.token}`, ...more };
  }

  /** {ok, status, body}: body is the answer's JSON (problem+json when refused), or {detail} when it was not JSON. */
  async post(url, event, headers) {
    const r = await fetch(url, { method: 'POST', body: JSON.stringify(event), cache: 'no-store',
      headers: this.headers({ 'Content-Type': 'application/json', ...headers }) });
    const text = await r.text();
    let body;
    try { body = text ? JSON.parse(text) : {}; } catch { body = { detail: text || `HTTP ${r.status}` }; }
    if (r.status === 401) body = { ...body, detail: 'The token was refused (expired or not signed for this tracker): sign in again.' };
    if (r.status === 403) body = { ...body, detail: 'This token has no writer role.' };
    return { ok: r.ok, status: r.status, body };
  }
}
