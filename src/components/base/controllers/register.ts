/**
 * `RegisterController`: the register a widget shows. In order: the `register` property (an object
 * given by script, validated unless it already was), else the `src` URL (fetched with abort,
 * timeout and a size limit, then validated), else the default register the entry point provided
 * (`provideDefaultRegister`). The validator and loader are imported on first use, so a page that
 * shows only the bundled register never loads them. A newer request always wins over an older
 * one still in flight.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskRegisterError } from '../../../data/errors.js';
import type { Register } from '../../../data/model.js';
import { isValidatedRegister, trustedRegister } from '../../../data/trusted.js';
import { loadValidation } from '../validator.js';

export type RegisterState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly register: Register }
  | { readonly status: 'error'; readonly error: TaskRegisterError };

/** What the controller reads from its host. */
export interface RegisterInputs {
  /** An object given by script; wins over `src`. */
  readonly register: unknown;
  /** A URL, or '' for none. */
  readonly src: string;
  /** Seconds a load may take. */
  readonly timeoutSeconds: number;
}

let defaultRegister: (() => Register) | undefined;

/**
 * Sets the register widgets show when given neither `register` nor `src`. Entry points call it
 * with the bundled register; a page may call it with its own.
 */
export function provideDefaultRegister(provider: (() => Register) | undefined): void {
  defaultRegister = provider;
}

/** Any thrown value as a `TaskRegisterError` (an unexpected one becomes `internal`). */
export function asProblem(error: unknown): TaskRegisterError {
  if (error instanceof TaskRegisterError) return error;
  // Thrown by the validator file of a drop-in: the same error, from another copy of the class.
  if (error instanceof Error && error.name === 'TaskRegisterError') {
    const foreign = error as TaskRegisterError;
    return new TaskRegisterError(foreign.code, foreign.key, foreign.params, foreign.details);
  }
  return new TaskRegisterError('internal', 'internal', [error instanceof Error ? error.message : String(error)]);
}

/**
 * One load per register URL for the whole page: the widgets of a dashboard share the request and
 * the validated register (so what is built from it once, such as a progress check, serves all).
 */
const loads = new Map<string, Promise<Register>>();

function sharedLoad(url: string, timeoutSeconds: number): Promise<Register> {
  const key = `${timeoutSeconds}|${url}`;
  let load = loads.get(key);
  if (!load) {
    load = loadValidation()
      .then(({ loadRegister }) => loadRegister(url, { timeoutMs: timeoutSeconds * 1000 }))
      .then((loaded) => trustedRegister(loaded) as Register);
    load.catch(() => loads.delete(key));
    loads.set(key, load);
  }
  return load;
}

export class RegisterController implements ReactiveController {
  private current: RegisterState = { status: 'loading' };
  private request: AbortController | undefined;
  private pending: Promise<void> | undefined;
  private inputs: RegisterInputs | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The register, the loading state or the problem. A new object each time it changes. */
  get state(): RegisterState {
    return this.current;
  }

  /** Settles when a `register` property being validated is ready (not for `src` loads). */
  get validating(): Promise<void> | undefined {
    return this.pending;
  }

  /** Starts resolving these inputs; the state changes now (synchronously when it can) or later. */
  resolve(inputs: RegisterInputs): void {
    this.inputs = inputs;
    this.request?.abort();
    this.request = undefined;
    this.pending = undefined;
    const ticket = new AbortController();
    this.request = ticket;
    const settle = (state: RegisterState) => {
      if (this.request !== ticket) return;
      this.request = undefined;
      this.set(state);
    };
    const fail = (error: unknown) => {
      if (this.request !== ticket || ticket.signal.aborted) return;
      settle({ status: 'error', error: asProblem(error) });
    };
    const { register, src, timeoutSeconds } = inputs;
    if (register !== undefined && register !== null) {
      if (isValidatedRegister(register)) return settle({ status: 'ready', register });
      this.set({ status: 'loading' });
      const pending: Promise<void> = loadValidation()
        .then(({ parseRegister }) => settle({ status: 'ready', register: trustedRegister(parseRegister(register)) as Register }))
        .catch(fail)
        .finally(() => {
          if (this.pending === pending) this.pending = undefined;
        });
      this.pending = pending;
      return;
    }
    if (src) {
      this.set({ status: 'loading' });
      sharedLoad(src, timeoutSeconds)
        .then((loaded) => settle({ status: 'ready', register: loaded }))
        .catch(fail);
      return;
    }
    if (defaultRegister) {
      try {
        settle({ status: 'ready', register: defaultRegister() });
      } catch (error) {
        fail(error);
      }
      return;
    }
    settle({ status: 'error', error: new TaskRegisterError('invalid-attribute', 'noRegister', [], { attribute: 'src' }) });
  }

  /** Shows a problem found before any request was made (a bad `load-timeout`). */
  reject(error: TaskRegisterError): void {
    this.request?.abort();
    this.request = undefined;
    this.pending = undefined;
    this.inputs = undefined;
    this.set({ status: 'error', error });
  }

  hostConnected(): void {
    // Reconnected after a detach aborted a load: load again.
    if (this.inputs && this.current.status === 'loading' && !this.request) this.resolve(this.inputs);
  }

  hostDisconnected(): void {
    this.request?.abort();
    this.request = undefined;
  }

  private set(state: RegisterState): void {
    this.current = state;
    this.host.requestUpdate();
  }
}
