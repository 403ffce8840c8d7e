/**
 * Responses the test decides when to send (routes in web-test-runner.config.mjs): a request to
 * `url` is held by the server until `release(body)`, so a test can order a race as it likes.
 */
export interface DeferredResponse {
  /** The URL to load; the server holds each request to it. */
  readonly url: string;
  /** Settles once the server is holding a request to `url`. */
  held(): Promise<void>;
  /** Answers every held request with `body`; resolves with how many were answered, once written. */
  release(body: string, type?: string): Promise<number>;
}

let count = 0;

export function deferredResponse(name = 'response'): DeferredResponse {
  const key = `${name}-${Date.now().toString(36)}-${++count}`;
  return {
    url: `/__test/deferred/${key}`,
    async held() {
      const response = await fetch(`/__test/held/${key}`);
      if (!response.ok) throw new Error(`held: HTTP ${response.status}`);
    },
    async release(body, type = 'application/json') {
      const response = await fetch(`/__test/release/${key}`, { method: 'POST', body, headers: { 'content-type': type } });
      return ((await response.json()) as { answered: number }).answered;
    },
  };
}
