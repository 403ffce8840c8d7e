/** `loadRegister` and `loadJson`: fetch a register (or any JSON: a progress file) by URL with a size limit, a timeout and abort. */
import { TaskRegisterError } from './errors.js';
import { parseRegister } from './schema-v2.js';
import type { Register } from './model.js';

export interface LoadOptions {
  /** Aborting it cancels the request; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Largest body accepted, in bytes. Default 5 MiB. */
  maxBytes?: number;
  /** Give up after this many milliseconds. Default 20 000. */
  timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export const defaultMaxBytes = 5 * 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = () => new TaskRegisterError('too-large', 'loadTooLarge', [url, sizeText(maxBytes)], { url });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches JSON by URL with a size limit, a timeout and abort. Rejects with `TaskRegisterError`
 * (`http`, `network`, `timeout`, `too-large`, `not-json`), or with the abort reason when `signal` aborts.
 */
export async function loadJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { signal, maxBytes = defaultMaxBytes, timeoutMs = 20_000 } = options;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  try {
    signal?.throwIfAborted();
    let response: Response;
    try {
      response = await doFetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new TaskRegisterError('timeout', 'loadTimeout', [url, Math.round(timeoutMs / 1000)], { url });
      throw new TaskRegisterError('network', 'loadNetwork', [url], { url });
    }
    if (!response.ok) {
      throw new TaskRegisterError('http', 'loadHttp', [url, response.status], { url, status: response.status });
    }
    let body: string;
    try {
      body = await readLimited(response, url, maxBytes);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof TaskRegisterError) throw error;
      if (timedOut) throw new TaskRegisterError('timeout', 'loadTimeout', [url, Math.round(timeoutMs / 1000)], { url });
      throw new TaskRegisterError('network', 'loadNetwork', [url], { url });
    }
    try {
      return JSON.parse(body);
    } catch (error) {
      if (/^\s*</.test(body)) throw new TaskRegisterError('not-json', 'loadHtml', [url], { url });
      throw new TaskRegisterError('not-json', 'loadNotJson', [url, (error as Error).message], { url });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * Loads and validates a register. Rejects with `TaskRegisterError` (`http`, `network`, `timeout`,
 * `too-large`, `not-json`, `invalid-register`), or with the abort reason when `signal` aborts.
 */
export async function loadRegister(url: string, options: LoadOptions = {}): Promise<Register> {
  const json = await loadJson(url, options);
  try {
    return parseRegister(json);
  } catch (error) {
    if (error instanceof TaskRegisterError) throw new TaskRegisterError(error.code, error.key, error.params, { ...error.details, url });
    throw error;
  }
}
