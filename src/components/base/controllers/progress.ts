/**
 * `ProgressController`: the progress reports a widget shows with its register. The `progress`
 * property (an object given by script) wins over `progress-src` (a URL); with neither there is no
 * progress data and the widget shows the plan alone. Reports that cannot be used are kept as
 * notes, so the widget shows everything else and says what it ignored.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RegisterIssue, TaskRegisterError } from '../../../data/errors.js';
import type { Register } from '../../../data/model.js';
import type { Progress } from '../../../data/progress.js';
import { loadValidation, type Validation } from '../validator.js';
import { asProblem } from './register.js';

export type ProgressState =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly progress: Progress; readonly ignored: readonly RegisterIssue[] }
  | { readonly status: 'error'; readonly error: TaskRegisterError };

export interface ProgressInputs {
  readonly progress: unknown;
  readonly src: string;
  readonly timeoutSeconds: number;
}

const none: ProgressState = { status: 'none' };

/**
 * Checks already made, shared by every widget of the page: a dashboard's widgets are usually given
 * the same progress object and register, and checking 20,000 reports takes a noticeable moment.
 */
const checks = new WeakMap<object, WeakMap<Register, { day: string; state: ProgressState }>>();


type ProgressModule = Pick<Validation, 'parseProgress'>;

/** One load per progress URL for the whole page, so linked widgets share the file and its check. */
const loads = new Map<string, Promise<unknown>>();

function sharedLoad(url: string, timeoutSeconds: number): Promise<unknown> {
  const key = `${timeoutSeconds}|${url}`;
  let load = loads.get(key);
  if (!load) {
    load = loadValidation().then(({ loadJson }) => loadJson(url, { timeoutMs: timeoutSeconds * 1000 }));
    load.catch(() => loads.delete(key));
    loads.set(key, load);
  }
  return load;
}

export class ProgressController implements ReactiveController {
  private raw: { readonly json: unknown } | undefined;
  private failure: TaskRegisterError | undefined;
  private module: ProgressModule | undefined;
  private request: AbortController | undefined;
  private inputs: ProgressInputs | undefined;
  private checked: { register: Register; raw: unknown; today: string; state: ProgressState } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts fetching (or takes) the raw progress data for these inputs. */
  resolve(inputs: ProgressInputs): void {
    this.inputs = inputs;
    this.request?.abort();
    this.request = undefined;
    this.raw = undefined;
    this.failure = undefined;
    const given = inputs.progress !== undefined && inputs.progress !== null;
    if (!given && !inputs.src) return;
    const ticket = new AbortController();
    this.request = ticket;
    const json = given ? Promise.resolve(inputs.progress) : sharedLoad(inputs.src, inputs.timeoutSeconds);
    Promise.all([json, loadValidation()]).then(
      ([loaded, module]) => {
        if (this.request !== ticket) return;
        this.request = undefined;
        this.module = module;
        this.raw = { json: loaded };
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.request !== ticket || ticket.signal.aborted) return;
        this.request = undefined;
        this.failure = asProblem(error);
        this.host.requestUpdate();
      },
    );
  }

  /** The progress checked against `register` at `today` (reports dated later are refused); cached while neither changes. */
  stateFor(register: Register, today: Date): ProgressState {
    if (this.failure) return { status: 'error', error: this.failure };
    if (this.request) return { status: 'loading' };
    if (!this.raw || !this.module) return none;
    const day = today.toISOString().slice(0, 10);
    const cached = this.checked;
    if (cached && cached.register === register && cached.raw === this.raw.json && cached.today === day) return cached.state;
    const raw = this.raw.json;
    const shared = typeof raw === 'object' && raw !== null ? checks.get(raw)?.get(register) : undefined;
    let state: ProgressState;
    if (shared && shared.day === day) state = shared.state;
    else {
      try {
        const parsed = this.module.parseProgress(raw, register, today);
        state = { status: 'ready', progress: parsed.progress, ignored: parsed.ignored };
      } catch (error) {
        state = { status: 'error', error: asProblem(error) };
      }
      if (typeof raw === 'object' && raw !== null) {
        const byRegister = checks.get(raw) ?? new WeakMap<Register, { day: string; state: ProgressState }>();
        byRegister.set(register, { day, state });
        checks.set(raw, byRegister);
      }
    }
    this.checked = { register, raw, today: day, state };
    return state;
  }

  hostConnected(): void {
    if (this.inputs && !this.raw && !this.failure && !this.request && (this.inputs.src || this.inputs.progress)) this.resolve(this.inputs);
  }

  hostDisconnected(): void {
    this.request?.abort();
    this.request = undefined;
  }
}
