import { readToken } from './read-token.js';

// Follows a Server-Sent Events stream: reconnects with backoff, and treats a stream silent for three heartbeats as dead.
export class LiveStream {
  constructor(url, { eventNames, onEvent, onState, heartbeatSeconds = 15, onUnavailable }) {
    Object.assign(this, { url, eventNames, onEvent, onState, onUnavailable });
    this.silenceLimitMs = heartbeatSeconds * 3000;
    this.retryMs = 1000;
    this.everOpened = false;
    this.closed = false;
  }

  start() {
    if (this.closed) return this;
    this.onState('connecting');
    const source = new EventSource(this.url);
    this.source = source;
    source.onopen = () => {
      this.everOpened = true;
      this.retryMs = 1000;
      this.heard();
      this.onState('live');
    };
    const deliver = (e) => {
      this.heard();
      let data = null;
      try { data = e.data ? JSON.parse(e.data) : null; } catch { /* a comment or plain text */ }
      this.onEvent(e.type, data, e.lastEventId);
    };
    for (const name of this.eventNames) source.addEventListener(name, deliver);
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) { this.onState('reconnecting'); return; }
      if (!this.everOpened && this.onUnavailable) { this.stop(); this.onUnavailable(); return; }
      this.restartLater();
    };
    return this;
  }

  heard() {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.restartLater(), this.silenceLimitMs);
  }

  restartLater() {
    if (this.closed) return;
    this.source?.close();
    clearTimeout(this.watchdog);
    this.onState('reconnecting');
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.start(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 30_000);
  }

  stop() {
    this.closed = true;
    clearTimeout(this.watchdog);
    clearTimeout(this.retry);
    this.source?.close();
  }
}

const LIVE_TEXT = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', offline: 'Offline' };

/** Follows the projection's view changes, showing the stream's state in the header; after a reconnect, all may have changed. */
export function followViews(config, onChanged, selected) {
  const badge = document.getElementById('live-status');
  let readyBefore = false;
  if (readToken.get()) {
    // An EventSource cannot send the reader's token: with one, the page reloads its views every 30 s instead.
    badge.dataset.state = 'offline';
    badge.textContent = 'Refreshed every 30 s';
    setInterval(() => onChanged(true), 30_000);
    return;
  }
  new LiveStream((config.liveUrl || '/api/live').replace(/^\//, ''), {
    eventNames: ['ready', 'views-changed', 'heartbeat'],
    heartbeatSeconds: config.heartbeatSeconds,
    onState: (s) => { badge.dataset.state = s; badge.textContent = LIVE_TEXT[s]; },
    onEvent: (type, data) => {
      if (type === 'ready' && readyBefore) onChanged(true);
      if (type === 'ready') readyBefore = true;
      if (type === 'views-changed') onChanged(data?.everything || (data?.negotiationIds || []).includes(selected()));
    },
  }).start();
}
