/**
 * The export menu (shown with the `export` attribute) and what every widget's export shares: the
 * `tr-error` detail of a failed export, the file of each format. Loaded on first use, through
 * `exporter.ts` (in the drop-in files: `tr-export.js` beside the script); the files themselves are
 * built by `export.ts`.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { exportMessages } from '../../i18n/export.js';
import type { Lang } from '../../i18n/lang.js';
import type { TrErrorDetail } from './error-box.js';
import type { ExportFormat, ExportLines } from './print-note.js';

export type { ExportFormat, ExportLines } from './print-note.js';
export { save } from './export.js';
import { save, toCsv } from './export.js';

/** The menu on screen: a small button at the widget's top end, its list below it. */
export const exportMenuStyles = css`
  .export {
    position: relative;
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--_space-1);
  }
  .export [role='menu'] {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-end: 0;
    z-index: 10;
    min-width: max-content;
    margin: 2px 0 0;
    padding: var(--_space-1) 0;
    list-style: none;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    box-shadow: 0 3px 12px rgb(0 0 0 / 0.18);
    font-size: var(--_font-size-small);
  }
  .export [role='menuitem'] {
    padding: var(--_space-2) var(--_space-3);
    cursor: pointer;
  }
  .export [role='menuitem']:hover,
  .export [role='menuitem']:focus {
    background: var(--_c-accent-soft);
  }
  .export [role='menuitem']:focus-visible {
    outline: 2px solid var(--_c-focus);
    outline-offset: -2px;
  }
`;


/** What a widget exports: a title, the rows of its CSV (headers first) and, for a chart, the SVG drawn. */
export interface ExportContent {
  readonly title: string;
  readonly rows: readonly (readonly string[])[];
  /** The chart, for SVG and PNG; absent for a widget that shows no chart. */
  readonly chart?: SVGSVGElement | null;
  /** Lines under the title of a picture (figures the chart shows as HTML). */
  readonly lines?: readonly string[];
  /** Draws the chart's SVG or PNG file (`export-image.ts`, given by the widgets that draw a chart). */
  readonly draw?: (format: 'svg' | 'png', content: ExportContent, lines: ExportLines, look: Look) => Promise<Blob>;
}

/** The widget's box colours and font, read from the page, for a picture. */
export interface Look {
  readonly color: string;
  readonly background: string;
  readonly fontFamily: string;
}

/** The `detail` of `tr-export`. */
export interface TrExportDetail {
  readonly format: ExportFormat;
  readonly filename: string;
  readonly blob: Blob;
}

/** The `tr-error` detail of an export that failed (`error`: a reason's key in the catalog, or an unforeseen error). */
export function exportError(lang: Lang, format: ExportFormat, error: unknown): TrErrorDetail {
  const key = error instanceof Error ? error.message : String(error);
  const reason = (l: Lang) => (key === 'noView' || key === 'noChart' || key === 'imageFailed' ? exportMessages[l][key] : key);
  const write = (l: Lang) => exportMessages[l].failed(format.toUpperCase(), reason(l));
  return { code: 'internal', message: write(lang), messages: { 'zh-CN': write('zh-CN'), en: write('en') }, issues: [], suggestions: [] };
}

/** What an export reads from a widget: its language and tag, what it shows once settled (null when no view shows), its events. */
export interface ExportSource {
  readonly lang: Lang;
  readonly name: string;
  shown(): Promise<{ readonly content: ExportContent; readonly lines: ExportLines; readonly box: Element } | null>;
  emit(name: 'tr-error' | 'tr-export', detail: TrErrorDetail | TrExportDetail): void;
}

/** The file of one format with the lines it was made with; null, with a `tr-error`, when it cannot be made. */
async function fileOf(source: ExportSource, format: ExportFormat): Promise<[Blob, ExportLines] | null> {
  try {
    const shown = await source.shown();
    if (!shown) throw new Error('noView');
    return [await exportBlob(format, shown.content, shown.lines, shown.box), shown.lines];
  } catch (error) {
    source.emit('tr-error', exportError(source.lang, format, error));
    return null;
  }
}

/** A widget's file of one format (`exportCsv()` and the others); null, with a `tr-error`, when it cannot be made. */
export async function exportFile(source: ExportSource, format: ExportFormat): Promise<Blob | null> {
  return (await fileOf(source, format))?.[0] ?? null;
}

/** Makes the file and hands it to the browser's download, named by the widget's tag and as-of day; fires `tr-export`. */
export async function download(source: ExportSource, format: ExportFormat): Promise<void> {
  const file = await fileOf(source, format);
  if (!file) return;
  const [blob, lines] = file;
  const filename = `${source.name}-${lines.day}.${format}`;
  save(blob, filename);
  source.emit('tr-export', { format, filename, blob });
}

/** The formats a widget can export now: CSV, and SVG and PNG for a chart. */
export async function formatsOf(source: ExportSource): Promise<ExportFormat[]> {
  const shown = await source.shown().catch(() => null);
  return shown?.content.draw && shown.content.chart ? ['csv', 'svg', 'png'] : ['csv'];
}

/** The file of one format; throws `noChart` for a picture of a widget without a chart. `box`: the widget's box, whose colours and font a picture takes. */
export async function exportBlob(format: ExportFormat, content: ExportContent, lines: ExportLines, box: Element): Promise<Blob> {
  if (format === 'csv') return toCsv(content.rows);
  if (!content.draw) throw new Error('noChart');
  const style = getComputedStyle(box);
  const background = /^(transparent|rgba\(0, 0, 0, 0\))$/.test(style.backgroundColor) ? '#fff' : style.backgroundColor;
  return content.draw(format, content, lines, { color: style.color, background, fontFamily: style.fontFamily });
}

interface MenuHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The formats the widget can export now (loads what is needed). */
  exportFormats(): Promise<ExportFormat[]>;
  download(format: ExportFormat): Promise<void>;
}

/** The button and its menu: Enter, Space or ↓ opens it, arrows move, Escape closes it and returns to the button. */
export class ExportMenu implements ReactiveController {
  private formats: ExportFormat[] = [];
  private open = false;
  private focusItem = -1;

  constructor(private readonly host: MenuHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.focusItem < 0) return;
    const items = this.host.renderRoot.querySelectorAll<HTMLElement>('[part~="export"] [role="menuitem"]');
    items[this.focusItem]?.focus();
    this.focusItem = -1;
  }

  private button(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~="export"] > button');
  }

  private async show(at: 'first' | 'last'): Promise<void> {
    this.formats = await this.host.exportFormats();
    this.open = true;
    this.focusItem = at === 'first' ? 0 : this.formats.length - 1;
    this.host.requestUpdate();
  }

  private close(refocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (refocus) this.button()?.focus();
  }

  private readonly onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private readonly onButtonClick = (): void => {
    if (this.open) this.close(false);
    else void this.show('first');
  };

  private readonly onMenuKey = (event: KeyboardEvent): void => {
    const items = [...this.host.renderRoot.querySelectorAll<HTMLElement>('[part~="export"] [role="menuitem"]')];
    const at = items.indexOf(event.target as HTMLElement);
    const count = items.length;
    const move: Record<string, number> = { ArrowDown: (at + 1) % count, ArrowUp: (at - 1 + count) % count, Home: 0, End: count - 1 };
    if (event.key in move) {
      event.preventDefault();
      items[move[event.key]!]?.focus();
    } else if (event.key === 'Escape') {
      // Used here: the linked selection stays.
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
    } else if (event.key === 'Tab') this.close(false);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    const menu = this.host.renderRoot.querySelector('[part~="export"]');
    if (!(next instanceof Node) || !menu?.contains(next)) this.close(false);
  };

  private choose(format: ExportFormat): void {
    this.close(true);
    void this.host.download(format);
  }

  render(lang: Lang): TemplateResult {
    const msg = exportMessages[lang];
    return html`<div part="export" class="export" @focusout=${this.onFocusOut}>
      <button type="button" class="button" aria-haspopup="menu" aria-expanded=${this.open ? 'true' : 'false'} @click=${this.onButtonClick} @keydown=${this.onButtonKey}>
        ${msg.menu}
      </button>
      ${this.open
        ? html`<ul role="menu" aria-label=${msg.menu} @keydown=${this.onMenuKey}>
            ${this.formats.map(
              (format) =>
                html`<li role="menuitem" tabindex="-1" data-format=${format} @click=${() => this.choose(format)} @keydown=${(event: KeyboardEvent) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    this.choose(format);
                  }
                }}>${msg.formats[format]}</li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }
}
