import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledRegister } from '../../data/bundled.js';
import { TaskRegisterError } from '../../data/errors.js';
import { loadRegister } from '../../data/load.js';
import { parseRegister } from '../../data/parse.js';
import { parseIsoDate, today } from '../../data/query.js';
import type { Register } from '../../data/schema.js';
import { commonMessages, inEveryLang, type CommonMessages } from '../../i18n/common.js';
import { normalizeLang, resolveLang, type Lang, type LocalizedText } from '../../i18n/lang.js';
import { attributeError } from './attributes.js';
import { baseStyles, tokens } from './tokens.styles.js';

/** What a widget is given to build its view from. */
export interface ViewContext {
  readonly register: Register;
  readonly lang: Lang;
  readonly asOf: Date;
  /** The common catalog in `lang`. */
  readonly msg: CommonMessages;
  /** The width of the widget's box in CSS pixels (0 until measured or while hidden). */
  readonly width: number;
}

/** The `detail` of every `tr-error` event. */
export interface TrErrorDetail {
  readonly code: TaskRegisterError['code'];
  /** The message in the widget's language. */
  readonly message: string;
  /** The message in every language. */
  readonly messages: LocalizedText;
  readonly attribute?: string;
  readonly url?: string;
  readonly status?: number;
  readonly issues: readonly { path: string; message: string }[];
  readonly suggestions: readonly string[];
}

type Source =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly register: Register }
  | { readonly status: 'error'; readonly error: TaskRegisterError };

/** A `tr-*` event that bubbles out of the shadow root. */
function trEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true });
}
const shownIssues = 5;

/** Any thrown value as a `TaskRegisterError` (an unexpected one becomes `internal`). */
function asProblem(error: unknown): TaskRegisterError {
  return error instanceof TaskRegisterError
    ? error
    : new TaskRegisterError('internal', inEveryLang('internal', error instanceof Error ? error.message : String(error)));
}

/** Widgets currently connected, told when the document's `lang` changes. */
const connected = new Set<TrElement>();
let langObserver: MutationObserver | undefined;

function watchDocumentLang(element: TrElement, on: boolean): void {
  if (on) connected.add(element);
  else connected.delete(element);
  if (connected.size && !langObserver) {
    langObserver = new MutationObserver(() => connected.forEach((el) => el.refreshLang()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!connected.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/**
 * The base every widget extends. It resolves the register (the `register` property, else `src`,
 * else the bundled one), the language and the as-of date; shows loading and error states; and
 * calls the widget's `buildView` only when an input changed, never for interaction state.
 *
 * @fires tr-error - Bad input: a wrong attribute, a failed load, an invalid register. `detail` is a `TrErrorDetail`.
 * @csspart base - The widget's outer box.
 * @csspart loading - The loading message.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart note - A note of what part of an attribute was ignored.
 */
export abstract class TrElement extends LitElement {
  static override styles = [tokens, baseStyles];

  /** States that are inputs of the view (besides every public property). */
  protected static viewStates: readonly string[] = ['source', 'containerWidth', 'contextLang'];

  /** Whether the widget lays itself out by its width (a ResizeObserver watches the host). */
  protected static observesSize = false;

  /** URL of a register (JSON meeting the data contract) to show instead of the bundled one. */
  @property() src = '';

  /** Seconds a `src` load may take before it fails with a timeout message. Default 20. */
  @property({ attribute: 'load-timeout' }) loadTimeout = '';

  /** A register object given by script; it wins over `src`. It is validated like a loaded one. */
  @property({ attribute: false }) register: unknown = undefined;

  /** Language: `zh-CN` (default) or `en`. Unset, the nearest ancestor's `lang` applies. */
  @property() override lang = '';

  /** The date the view is drawn for (ISO, `2025-06-30`). Default: today. */
  @property({ attribute: 'as-of' }) asOf = '';

  /** Colour scheme: unset follows the page's `color-scheme`; `light`, `dark` or `auto` (the reader's OS). */
  @property({ reflect: true }) theme: '' | 'light' | 'dark' | 'auto' = '';

  @state() private source: Source = { status: 'loading' };
  @state() protected containerWidth = 0;
  @state() private contextLang: Lang = 'zh-CN';

  /** The language in force for this render. */
  protected currentLang: Lang = 'zh-CN';
  /** The problem shown instead of the view, if any. */
  protected problem: TaskRegisterError | null = null;
  private reportedProblem = '';
  private loadController: AbortController | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private resizeFrame = 0;

  /** Builds the view model and geometry. Throw a `TaskRegisterError` for a bad attribute. */
  protected abstract buildView(context: ViewContext, changed: PropertyValues): void;

  /** Renders the built view. */
  protected abstract renderView(): TemplateResult | typeof nothing;

  /** The common catalog in the current language. */
  protected get msg(): CommonMessages {
    return commonMessages[this.currentLang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchDocumentLang(this, true);
    this.refreshLang();
    if ((this.constructor as typeof TrElement).observesSize && typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
        // Re-laying out inside the observer's own frame can change the height and make Chromium
        // report "ResizeObserver loop completed with undelivered notifications": wait a frame.
        cancelAnimationFrame(this.resizeFrame);
        this.resizeFrame = requestAnimationFrame(() => {
          if (width !== this.containerWidth) this.containerWidth = width;
        });
      });
      this.resizeObserver.observe(this);
    }
    // Reconnected after a detach that aborted a load: load again.
    if (this.src && this.source.status === 'loading' && !this.loadController && this.hasUpdated) this.resolveSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchDocumentLang(this, false);
    cancelAnimationFrame(this.resizeFrame);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.loadController?.abort();
    this.loadController = undefined;
  }

  /** Re-reads the language from the element and its ancestors. */
  refreshLang(): void {
    const lang = resolveLang(this);
    if (lang !== this.contextLang) this.contextLang = lang;
  }

  /** Fires a `tr-*` event that leaves the shadow root. */
  protected emit<T>(name: `tr-${string}`, detail: T): boolean {
    return this.dispatchEvent(trEvent(name, detail));
  }

  /** An attribute error for `buildView` to throw. */
  protected attributeError(attribute: string, text: LocalizedText, suggestions: readonly string[] = []): TaskRegisterError {
    return attributeError(attribute, text, suggestions);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.normalizeRemovedAttributes(changed);
      // Lay out at the real width from the first render on, rather than at 0 and again a frame later.
      if (!this.hasUpdated && (this.constructor as typeof TrElement).observesSize && this.isConnected && !this.containerWidth) {
        const style = getComputedStyle(this);
        const width = this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        this.containerWidth = Math.max(0, Math.round(width) || 0);
      }
      if (!this.hasUpdated || changed.has('src') || changed.has('register') || changed.has('loadTimeout')) this.resolveSource();
      // The property wins (set by script it does not reach the attribute), then the nearest `lang` attribute.
      this.currentLang = this.lang ? normalizeLang(this.lang) : resolveLang(this);
      const ctor = this.constructor as typeof TrElement;
      const viewChanged =
        !this.hasUpdated ||
        [...changed.keys()].some((key) => !ctor.elementProperties.get(key)?.state || ctor.viewStates.includes(String(key)));
      if (!viewChanged) return;
      this.problem = null;
      if (this.source.status === 'error') this.problem = this.source.error;
      else if (this.source.status === 'ready') {
        const asOf = this.asOf.trim() === '' ? today() : parseIsoDate(this.asOf);
        if (!asOf) {
          this.problem = this.attributeError('as-of', this.invalidText('as-of', this.asOf, 'expectIsoDate'));
        } else {
          this.buildView(
            { register: this.source.register, lang: this.currentLang, asOf, msg: this.msg, width: this.containerWidth },
            changed,
          );
        }
      }
    } catch (error) {
      this.problem = asProblem(error);
    }
    this.reportProblem();
  }

  /**
   * A removed attribute sets its string property to null; treat that as the empty string (the
   * property's default), so `removeAttribute('src')` simply returns to the bundled register.
   */
  private normalizeRemovedAttributes(changed: PropertyValues): void {
    const ctor = this.constructor as typeof TrElement;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const key of changed.keys()) {
      const options = ctor.elementProperties.get(key);
      if (options && !options.state && options.attribute !== false && self[key] === null) self[key] = '';
    }
  }

  /** `Attribute name="value" is invalid: expected …` in every language. */
  protected invalidText(attribute: string, value: string, expected: 'expectIsoDate' | 'expectNumber' | 'expectYear' | 'expectSeconds'): LocalizedText {
    return {
      'zh-CN': commonMessages['zh-CN'].attrInvalid(attribute, value, commonMessages['zh-CN'][expected]),
      en: commonMessages.en.attrInvalid(attribute, value, commonMessages.en[expected]),
    };
  }

  private resolveSource(): void {
    this.loadController?.abort();
    this.loadController = undefined;
    try {
      if (this.register !== undefined && this.register !== null) {
        this.source = { status: 'ready', register: parseRegister(this.register) };
      } else if (this.src.trim()) {
        const timeout = this.loadTimeout.trim() === '' ? 20 : Number(this.loadTimeout);
        if (!(timeout > 0 && timeout <= 600)) {
          throw this.attributeError('load-timeout', this.invalidText('load-timeout', this.loadTimeout, 'expectSeconds'));
        }
        const controller = new AbortController();
        this.loadController = controller;
        this.source = { status: 'loading' };
        loadRegister(this.src.trim(), { signal: controller.signal, timeoutMs: timeout * 1000 }).then(
          (register) => {
            if (this.loadController !== controller) return;
            this.loadController = undefined;
            this.source = { status: 'ready', register };
          },
          (error: unknown) => {
            if (this.loadController !== controller || controller.signal.aborted) return;
            this.loadController = undefined;
            this.source = { status: 'error', error: asProblem(error) };
          },
        );
      } else {
        this.source = { status: 'ready', register: bundledRegister() };
      }
    } catch (error) {
      this.source = { status: 'error', error: asProblem(error) };
    }
  }

  /** Fires `tr-error` once for each new problem; clears the memory when the problem is gone. */
  private reportProblem(): void {
    const problem = this.problem;
    const key = problem ? `${problem.code}|${problem.details.attribute ?? ''}|${problem.text.en}` : '';
    if (key === this.reportedProblem) return;
    this.reportedProblem = key;
    if (!problem) return;
    const lang = this.currentLang;
    const detail: TrErrorDetail = {
      code: problem.code,
      message: problem.text[lang],
      messages: problem.text,
      ...(problem.details.attribute ? { attribute: problem.details.attribute } : {}),
      ...(problem.details.url ? { url: problem.details.url } : {}),
      ...(problem.details.status ? { status: problem.details.status } : {}),
      issues: problem.issues.map((issue) => ({ path: issue.path, message: issue.message[lang] })),
      suggestions: problem.details.suggestions ?? [],
    };
    this.emit('tr-error', detail);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.problem) return this.renderProblem(this.problem);
    if (this.source.status === 'loading') {
      return html`<div part="loading" role="status" aria-live="polite" lang=${this.currentLang}>${this.msg.loading}</div>`;
    }
    try {
      return this.renderView();
    } catch (error) {
      return this.renderProblem(asProblem(error));
    }
  }

  private renderProblem(problem: TaskRegisterError): TemplateResult {
    const lang = this.currentLang;
    const where = problem.details.attribute ?? problem.details.url;
    const issues = problem.issues;
    const suggestions = problem.details.suggestions ?? [];
    return html`<div part="error" role="alert" lang=${lang}>
      <p class="error-heading">${this.renderIcon('error')}<span>${this.msg.errorHeading}</span></p>
      <p>${problem.text[lang]}</p>
      ${where ? html`<p>${this.msg.errorWhere(where)}</p>` : nothing}
      ${issues.length
        ? html`<ul>
            ${issues.slice(0, shownIssues).map((issue) => html`<li><code>${issue.path}</code>: ${issue.message[lang]}</li>`)}
          </ul>`
        : nothing}
      ${issues.length > shownIssues ? html`<p>${this.msg.moreIssues(issues.length - shownIssues)}</p>` : nothing}
      ${suggestions.length ? html`<p>${this.msg.didYouMean(suggestions.join(', '))}</p>` : nothing}
    </div>`;
  }

  /** A note above the view saying what part of an attribute was ignored. */
  protected renderNote(text: string | null): TemplateResult | typeof nothing {
    return text ? html`<p part="note" role="note">${this.msg.ignoredNote(text)}</p>` : nothing;
  }

  /** A small status icon (decorative: the word beside it carries the meaning). */
  protected renderIcon(kind: 'error' | 'check' | 'clock' | 'alert' | 'dot' | 'repeat'): TemplateResult {
    const paths: Record<typeof kind, TemplateResult> = {
      error: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4v5M8 11v1.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
      check: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
      clock: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.2V8l2.6 1.8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
      alert: svg`<path d="M8 1.5L15 14H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 6v4M8 11.6v1" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
      dot: svg`<circle cx="8" cy="8" r="4" fill="currentColor"/>`,
      repeat: svg`<path d="M3 7a5 5 0 0 1 9-2.5M13 9a5 5 0 0 1-9 2.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><path d="M12.5 1.5v3h-3M3.5 14.5v-3h3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
    };
    return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${paths[kind]}</svg>`;
  }
}

/** Defines a custom element unless a copy of this library already did (the script loaded twice). */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, constructor);
}
