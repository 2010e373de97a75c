// Reads the dashboard API (with the reader's token when one is kept); an error carries the problem+json detail the service gave.
import { readHeaders, readRefused } from './read-token.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', ...readHeaders() }, cache: 'no-store', signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, `cannot reach ${new URL(url, location.href).origin}`);
  }
  const body = await response.text();
  let json = null;
  try { json = body ? JSON.parse(body) : null; } catch { /* not JSON */ }
  if (response.status === 401) readRefused();
  if (!response.ok) {
    const detail = json && (json.detail || json.title);
    throw new ApiError(response.status, detail ? `${detail}${json.field ? ` (${json.field})` : ''}` : `HTTP ${response.status}`);
  }
  return json;
}

export function withQuery(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const projection = {
  config: () => getJson('api/dashboard/config'),
  negotiations: (asOf) => getJson(withQuery('api/negotiations', { asOf })),
  portfolio: (asOf, party, signal) => getJson(withQuery('api/portfolio', { asOf, party }), signal),
  status: (id, asOf, signal) => getJson(withQuery(`api/negotiations/${encodeURIComponent(id)}/status`, { asOf }), signal),
  timeline: (id, asOf, signal) => getJson(withQuery(`api/negotiations/${encodeURIComponent(id)}/timeline`, { asOf }), signal),
};
