import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskRegisterError } from '../../data/errors.js';
import { today } from '../../data/query.js';
import type { Register } from '../../data/model.js';
import type { Progress } from '../../data/progress.js';
import { commonMessages, type CommonMessages } from '../../i18n/common.js';
import type { Lang } from '../../i18n/lang.js';
import { readDate, readSeconds, textAttribute } from './attributes.js';
import { LangController } from './controllers/lang.js';
import { PrintController } from './controllers/print.js';
import { ProgressController, type ProgressState } from './controllers/progress.js';
import { asProblem, RegisterController, type RegisterState } from './controllers/register.js';
import { SelectionController, type Selection } from './controllers/selection.js';
import { SizeController, type Size } from './controllers/size.js';
import { consoleLine, errorDetail, problemKey, renderProblem, renderProgressNote, type TrErrorDetail } from './error-box.js';
import type { ExportContent, ExportMenu, ExportSource } from './export-menu.js';
import { loadExporter, type Exporter } from './exporter.js';
import { exportLines, exportMissing, renderPrintNote, type ExportFormat, type ExportLines } from './print-note.js';
import { printStyles } from './print.styles.js';
import { baseStyles, tokens } from './tokens.styles.js';

export type { TrErrorDetail } from './error-box.js';
export type { Size } from './controllers/size.js';
export type { ExportContent, TrExportDetail } from './export-menu.js';
export type { ExportFormat } from './print-note.js';

/** What a widget is given to build its view from. */
export interface ViewContext {
  readonly register: Register;
  readonly lang: Lang;
  readonly asOf: Date;
  /** The common catalog in `lang`. */
  readonly msg: CommonMessages;
  /** The width of the widget's box in CSS pixels (0 until measured, while hidden, or when the widget does not observe its size). */
  readonly width: number;
  /** The widget's font size in CSS pixels (16 when not observed). */
  readonly fontSize: number;
  /** Progress reports checked against the register, when a progress file or object was given and is usable. */
  readonly progress: Progress | undefined;
  /** What the linked widgets have selected (empty when nothing is, or the widget is not linked). */
  readonly selection: Selection;
}

export type Theme = '' | 'light' | 'dark' | 'auto';

const unmeasured: Size = { width: 0, fontSize: 16 };

/** A `tr-*` event that leaves the shadow root (built outside the class, so the docs list each widget's own events, not this helper's parameter). */
function trEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true });
}

/**
 * The base every widget extends: the shared attributes (`src`, `register`, `lang`, `as-of`,
 * `theme`, `load-timeout`, `error-details`), `emit`, the error box and the guarded define. Loading the register,
 * following `lang` and observing the size are controllers; a widget opts into the size.
 *
 * A widget implements `buildView` (called when an input changed: a property, the register, the
 * language; never for interaction state) and, when it lays itself out by its size, `layoutView`
 * (called after `buildView` and whenever only the size changed), then `renderView`.
 *
 * @fires tr-error - Bad input: a wrong attribute, a failed load, an invalid register, an export that failed. `detail` is a `TrErrorDetail`.
 * @fires tr-export - A file was exported for download (from the menu or `download()`). `detail` is a `TrExportDetail`: `{ format, filename, blob }`.
 * @csspart base - The widget's outer box.
 * @csspart loading - The loading message.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart note - A note of what part of an attribute was ignored.
 * @csspart export - The export button and its menu (with the `export` attribute).
 * @csspart print-note - The as-of date and source, shown on paper only.
 */
export abstract class TrElement extends LitElement {
  static override styles = [tokens, baseStyles, printStyles];

  /** Whether the widget lays itself out by its width and font size. */
  protected static observesSize = false;

  /** URL of a register (JSON meeting the data contract) to show instead of the bundled one. */
  @property({ converter: textAttribute }) src = '';

  /** Seconds a `src` load may take before it fails with a timeout message (1 to 600). Default 20. */
  @property({ attribute: 'load-timeout', converter: textAttribute }) loadTimeout = '';

  /** A register object given by script; it wins over `src`. It is validated like a loaded one. */
  @property({ attribute: false }) register: unknown = undefined;

  /** Language: `zh-CN` (default) or `en`. Unset, the nearest ancestor's `lang` applies. */
  @property({ converter: textAttribute }) override lang = '';

  /** The date the view is drawn for (ISO, `2025-06-30`). Default: today. */
  @property({ attribute: 'as-of', converter: textAttribute }) asOf = '';

  /** URL of a progress file (reports over time, JSON meeting the progress contract) for the register shown. */
  @property({ attribute: 'progress-src', converter: textAttribute }) progressSrc = '';

  /** A progress object given by script; it wins over `progress-src`. */
  @property({ attribute: false }) progress: unknown = undefined;

  /** Links this widget with the others of the same group name on the page (as a `<tr-dashboard>` does for the widgets inside it). */
  @property({ reflect: true, converter: textAttribute }) group = '';

  /** Colour scheme: unset follows the page's `color-scheme`; `light`, `dark` or `auto` (the reader's OS). */
  @property({ reflect: true }) theme: Theme = '';

  /** Shows an error's details (attribute, address, data paths) in the error box, for a page being developed; readers otherwise see a plain sentence. Also applies when an ancestor carries the attribute. */
  @property({ attribute: 'error-details', type: Boolean }) errorDetails = false;

  /** Shows an export button (attribute `export`) offering a CSV of what the widget shows and, for a chart, SVG and PNG pictures (on the widgets, not on `<tr-dashboard>`). */
  @property({ attribute: 'export', type: Boolean, reflect: true }) exportMenu = false;


  /** The language in force for this render. */
  protected currentLang: Lang = 'zh-CN';
  /** The problem shown instead of the view, if any. */
  protected problem: TaskRegisterError | null = null;

  private readonly langs = new LangController(this);
  private readonly source = new RegisterController(this);
  private readonly reports = new ProgressController(this);
  /** The selection shared with linked widgets. */
  protected readonly selection = new SelectionController(this);
  private builtSelection: Selection | undefined;
  private builtProgress: ProgressState | undefined;
  /** The progress problem shown as a note beside the view (the view itself still shows). */
  private progressProblem: TaskRegisterError | null = null;
  private reportedProgressProblem = '';
  private readonly sizes: SizeController | undefined = (this.constructor as typeof TrElement).observesSize
    ? new SizeController(this)
    : undefined;
  private builtSource: RegisterState | undefined;
  private builtSize: Size = unmeasured;
  /** Properties changed while the view waited for progress reports (see `willUpdate`). */
  private readonly heldChanges: PropertyValues = new Map();
  private renderFailure: TaskRegisterError | null = null;
  private reportedProblem = '';
  private builtPrinting = false;
  private lines: ExportLines | null = null;
  /** The export menu, loaded when the `export` attribute first asks for it. */
  private menu: ExportMenu | undefined;
  private menuLoading: Promise<unknown> | undefined;
  private menuPending = false;
  private readonly print = new PrintController(this);

  /** Builds the view model (and, without `layoutView`, the geometry). Throw a `TaskRegisterError` for a bad attribute. */
  protected abstract buildView(context: ViewContext, changed: PropertyValues): void;

  /** Lays the built view out at a size. Optional: without it, a size change calls `buildView` again. */
  protected layoutView?(size: Size): void;

  /** Renders the built view. */
  protected abstract renderView(): TemplateResult | typeof nothing;

  /** Whether the page is being printed (a widget may lay itself out for paper). */
  protected get printLayout(): boolean {
    return this.print.printing;
  }

  /** The common catalog in the current language. */
  protected get msg(): CommonMessages {
    return commonMessages[this.currentLang];
  }

  /** The measured size (width 0 and font size 16 when the widget does not observe it). */
  protected get size(): Size {
    return this.sizes?.value ?? unmeasured;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onSelectionKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onSelectionKey);
  }

  /** What the export offers: the rows shown and, for a chart, its SVG. A widget with something to export overrides it. */
  protected exportContent(_register: Register): Promise<ExportContent | null> {
    return Promise.resolve(null);
  }

  /** A CSV file (UTF-8 with a byte-order mark) of what the widget shows; null, with a `tr-error`, when it cannot. */
  exportCsv(): Promise<Blob | null> {
    return this.withExporter((exporter, source) => exporter.exportFile(source, 'csv'));
  }

  /** An SVG picture of the widget's chart with its title, as-of date and source; null, with a `tr-error`, for a widget without a chart. */
  exportSvg(): Promise<Blob | null> {
    return this.withExporter((exporter, source) => exporter.exportFile(source, 'svg'));
  }

  /** A PNG picture (twice the chart's size) of the same; needs `img-src blob:` under a Content-Security-Policy. */
  exportPng(): Promise<Blob | null> {
    return this.withExporter((exporter, source) => exporter.exportFile(source, 'png'));
  }

  /** Exports a file and hands it to the browser's download; fires `tr-export`. */
  async download(format: ExportFormat = 'csv'): Promise<void> {
    await this.withExporter((exporter, source) => exporter.download(source, format));
  }

  /** The formats the widget can export now. */
  async exportFormats(): Promise<ExportFormat[]> {
    return (await this.withExporter((exporter, source) => exporter.formatsOf(source))) ?? ['csv'];
  }

  /**
   * Runs an export in the exporter (loaded on first use: the files are built there) with what the
   * widget shows once settled; an exporter that cannot be loaded is a `tr-error`.
   */
  private withExporter<T>(run: (exporter: Exporter, source: ExportSource) => Promise<T>): Promise<T | null> {
    return loadExporter().then(
      (exporter) =>
        run(exporter, {
          lang: this.currentLang,
          name: this.localName,
          shown: async () => {
            await this.updateComplete;
            const state = this.source.state;
            const content = state.status === 'ready' && !this.problem ? await this.exportContent(state.register) : null;
            return content && this.lines ? { content, lines: this.lines, box: this.renderRoot.querySelector('[part~="base"]') ?? this } : null;
          },
          emit: (name, detail) => this.emit(name, detail),
        }),
      (missing: unknown) => {
        this.emit<TrErrorDetail>('tr-error', exportMissing(this.currentLang, missing));
        return null;
      },
    );
  }

  /** Escape clears the linked selection, unless the widget used the key (closing a tooltip). */
  private readonly onSelectionKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || !Object.keys(this.selection.value).length) return;
    event.preventDefault();
    this.selection.clear();
  };

  /** Fires a `tr-*` event that leaves the shadow root. */
  protected emit<T>(name: `tr-${string}`, detail: T): boolean {
    return this.dispatchEvent(trEvent(name, detail));
  }

  /** Resolves once a `register` given by script has been validated and shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.source.validating || this.menuPending) {
      await (this.source.validating ?? this.menuLoading);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The export menu, once loaded; the first render with `export` starts loading it. */
  private exportMenuView(): TemplateResult | typeof nothing {
    if (this.menu) return this.menu.render(this.currentLang);
    if (this.menuLoading) return nothing;
    this.menuPending = true;
    this.menuLoading = loadExporter().then(
      (exporter) => {
        this.menu = new exporter.ExportMenu(this);
        // The menu's styles come with it (constructable style sheets: allowed under a strict CSP).
        const root = this.renderRoot as ShadowRoot;
        const sheet = exporter.exportMenuStyles.styleSheet;
        if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.menuPending = false;
        this.requestUpdate();
      },
      (missing: unknown) => {
        this.menuPending = false;
        this.emit<TrErrorDetail>('tr-error', exportMissing(this.currentLang, missing));
      },
    );
    return nothing;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.renderFailure = null;
    if (!this.hasUpdated || changed.has('src') || changed.has('register') || changed.has('loadTimeout')) {
      try {
        this.source.resolve({ register: this.register, src: this.src, timeoutSeconds: readSeconds('load-timeout', this.loadTimeout, 20) });
      } catch (error) {
        this.source.reject(asProblem(error));
      }
    }
    if (!this.hasUpdated || changed.has('progressSrc') || changed.has('progress') || changed.has('loadTimeout')) {
      let timeoutSeconds = 20;
      try {
        timeoutSeconds = readSeconds('load-timeout', this.loadTimeout, 20);
      } catch {
        // Reported through the register.
      }
      this.reports.resolve({ progress: this.progress, src: this.progressSrc, timeoutSeconds });
    }
    const lang = this.langs.value;
    const state = this.source.state;
    const size = this.size;
    const progress = state.status === 'ready' ? this.reports.stateFor(state.register, today()) : undefined;
    if (changed.has('group')) this.selection.attach();
    const selection = this.selection.value;
    const ctor = this.constructor as typeof TrElement;
    const inputsChanged =
      !this.hasUpdated ||
      lang !== this.currentLang ||
      this.printLayout !== this.builtPrinting ||
      state !== this.builtSource ||
      progress !== this.builtProgress ||
      selection !== this.builtSelection ||
      [...changed.keys()].some((key) => !ctor.elementProperties.get(key)?.state);
    const sizeChanged = size.width !== this.builtSize.width || size.fontSize !== this.builtSize.fontSize;
    if (!inputsChanged && !sizeChanged) return;
    this.currentLang = lang;
    this.builtPrinting = this.printLayout;
    this.builtSource = state;
    this.builtProgress = progress;
    this.builtSelection = selection;
    this.builtSize = size;
    this.progressProblem =
      progress?.status === 'error'
        ? progress.error
        : progress?.status === 'ready' && progress.ignored.length
          ? new TaskRegisterError('invalid-progress', 'progressIgnored', [progress.ignored.length], { issues: progress.ignored })
          : null;
    if (state.status === 'ready' && progress?.status === 'loading') {
      // Only the loading message shows until the reports are in: the view is built once, with them
      // (building it without them first doubled the work of a first render).
      // The properties changed meanwhile reach that build, as if set then.
      this.problem = null;
      this.lines = null;
      changed.forEach((old, key) => this.heldChanges.has(key) || this.heldChanges.set(key, old));
      return;
    }
    if (this.heldChanges.size) {
      // Their first old values win: those the view was last built with.
      this.heldChanges.forEach((old, key) => changed.set(key, old));
      this.heldChanges.clear();
    }
    try {
      if (inputsChanged || !this.layoutView) this.build(state, changed, progress?.status === 'ready' ? progress.progress : undefined);
      if (!this.problem && state.status === 'ready' && this.layoutView) this.layoutView(size);
    } catch (error) {
      this.problem = asProblem(error);
    }
  }

  private build(state: RegisterState, changed: PropertyValues, progress: Progress | undefined): void {
    this.problem = null;
    this.lines = null;
    if (state.status === 'error') {
      this.problem = state.error;
      return;
    }
    if (state.status !== 'ready') return;
    const asOf = readDate('as-of', this.asOf) ?? today();
    this.lines = exportLines(state.register, this.currentLang, asOf);
    const { width, fontSize } = this.size;
    const selection = this.selection.value;
    this.buildView({ register: state.register, lang: this.currentLang, asOf, msg: this.msg, width, fontSize, progress, selection }, changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Reported after rendering, so a listener that changes the widget starts a new update rather
    // than re-entering this one. Each problem once; a progress problem only while the view shows.
    const problem = this.problem ?? this.renderFailure;
    const key = problemKey(problem);
    if (key !== this.reportedProblem) {
      this.reportedProblem = key;
      if (problem) {
        const detail = errorDetail(problem, this.currentLang);
        // The details a reader does not see in the box stay with the developer: one console line per problem.
        console.warn(consoleLine(this.localName, detail));
        this.emit<TrErrorDetail>('tr-error', detail);
      }
    }
    const progressProblem = problem ? null : this.progressProblem;
    const progressKey = problemKey(progressProblem);
    if (progressKey !== this.reportedProgressProblem) {
      this.reportedProgressProblem = progressKey;
      if (progressProblem) this.emit<TrErrorDetail>('tr-error', errorDetail(progressProblem, this.currentLang));
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.problem) return renderProblem(this.problem, this.currentLang, this.showsErrorDetails);
    if (this.source.state.status === 'loading' || this.builtProgress?.status === 'loading') {
      return html`<div part="loading" role="status" aria-live="polite" lang=${this.currentLang}>${this.msg.loading}</div>`;
    }
    try {
      const view = this.renderView();
      // A widget with nothing of its own to export (the dashboard) shows no menu.
      const menu = this.exportMenu && this.exportContent !== TrElement.prototype.exportContent ? this.exportMenuView() : nothing;
      const note = this.progressProblem ? renderProgressNote(this.progressProblem, this.currentLang, this.showsErrorDetails) : nothing;
      // The as-of date and source under the widget on paper only (printing fires \`beforeprint\` and the print media query).
      return html`${menu}${note}${view}${this.printLayout ? renderPrintNote(this.lines) : nothing}`;
    } catch (error) {
      this.renderFailure = asProblem(error);
      return renderProblem(this.renderFailure, this.currentLang, this.showsErrorDetails);
    }
  }

  /** Whether the error box shows the details: `error-details` on the widget or on an element around it. */
  private get showsErrorDetails(): boolean {
    return this.errorDetails || this.closest('[error-details]') !== null;
  }

  /** A note above the view saying what part of an attribute was ignored. */
  protected renderNote(text: string | null): TemplateResult | typeof nothing {
    return text ? html`<p part="note" role="note">${this.msg.ignoredNote(text)}</p>` : nothing;
  }
}

/** Defines a custom element unless a copy of this library already did (the script loaded twice). */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, constructor);
}
