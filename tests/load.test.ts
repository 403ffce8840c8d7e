import { expect } from '@open-wc/testing';
import { TaskRegisterError } from '../src/data/errors.js';
import { loadRegister } from '../src/data/load.js';
import { errorMessage } from '../src/i18n/errors.js';
// The validator's messages, as the page gets them with the validator.
import '../src/i18n/validation-errors.js';
import { bundledRegister } from '../src/data/bundled.js';
import { registerJson, registerV1Copy } from './support/registers.js';

async function failure(promise: Promise<unknown>): Promise<TaskRegisterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(TaskRegisterError);
    return error as TaskRegisterError;
  }
  throw new Error('expected the load to fail');
}

const respond = (body: string, init: ResponseInit = {}) => (async () => new Response(body, init)) as typeof fetch;

describe('loadRegister', () => {
  it('loads and validates a register served as JSON', async () => {
    const url = URL.createObjectURL(new Blob([registerJson()], { type: 'application/json' }));
    const register = await loadRegister(url);
    expect(register.schemaVersion).to.equal(2);
    expect(register.tasks).to.have.length(46);
    expect(register).to.deep.equal(bundledRegister());
    URL.revokeObjectURL(url);
  });

  it('loads a version-1 register upgraded to version 2', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(registerV1Copy())], { type: 'application/json' }));
    const register = await loadRegister(url);
    expect(register).to.deep.equal(bundledRegister());
    expect(register.tasks[4]!.units).to.deep.equal({ lead: ['drc'], participant: ['edu', 'hrss'] });
    URL.revokeObjectURL(url);
  });

  it('reports an HTTP failure with the status and the URL', async () => {
    const error = await failure(loadRegister('/tests/fixtures/does-not-exist.json'));
    expect(error.code).to.equal('http');
    expect(error.details.status).to.equal(404);
    expect(errorMessage(error, 'zh-CN')).to.contain('HTTP 404').and.contain('/tests/fixtures/does-not-exist.json');
  });

  it('says an HTML page is not JSON', async () => {
    const error = await failure(loadRegister('/tests/fixtures/page.html'));
    expect(error.code).to.equal('not-json');
    expect(errorMessage(error, 'en')).to.contain('returned an HTML page');
  });

  it('reports invalid JSON with the parser’s reason', async () => {
    const error = await failure(loadRegister('/tests/fixtures/broken.json'));
    expect(error.code).to.equal('not-json');
    expect(errorMessage(error, 'en')).to.contain('is not valid JSON');
  });

  it('reports a register of the wrong shape with its issues and the URL', async () => {
    const error = await failure(loadRegister('/tests/fixtures/wrong-shape.json'));
    expect(error.code).to.equal('invalid-register');
    expect(error.details.url).to.equal('/tests/fixtures/wrong-shape.json');
    expect(error.issues.map((i) => i.path)).to.include('tasks[0].number');
  });

  it('refuses a body larger than the limit, by header or by counting', async () => {
    const big = registerJson();
    const byHeader = await failure(loadRegister('x.json', { maxBytes: 1000, fetch: respond(big, { headers: { 'content-length': String(big.length) } }) }));
    expect(byHeader.code).to.equal('too-large');
    const counted = await failure(loadRegister('x.json', { maxBytes: 1000, fetch: respond(big) }));
    expect(counted.code).to.equal('too-large');
    expect(errorMessage(counted, 'zh-CN')).to.contain('超过大小上限');
  });

  it('times out a server that never answers', async () => {
    const never = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const error = await failure(loadRegister('slow.json', { timeoutMs: 50, fetch: never }));
    expect(error.code).to.equal('timeout');
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const never = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const pending = loadRegister('slow.json', { signal: controller.signal, fetch: never });
    controller.abort(new Error('replaced'));
    let reason: unknown;
    await pending.catch((error) => (reason = error));
    expect((reason as Error).message).to.equal('replaced');
  });

  it('reports a network failure', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect((await failure(loadRegister('x.json', { fetch: offline }))).code).to.equal('network');
  });
});
