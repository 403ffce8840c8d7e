/**
 * The drop-in files' export loader: `tr-export.js`, an ES module beside the drop-in script, imported
 * on first use (only by pages that show the export menu or call an export method). A missing file
 * is a clear, localized error, never a silent failure.
 */
import type { Exporter } from './exporter.js';

export type { Exporter };

// Read while the drop-in script runs: afterwards `document.currentScript` is gone.
const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const base = script?.src || (typeof location !== 'undefined' ? location.href : '');

let loading: Promise<Exporter> | undefined;

export function loadExporter(): Promise<Exporter> {
  const url = new URL('tr-export.js', base).href;
  loading ??= (import(/* @vite-ignore */ url) as Promise<Exporter>).catch(() => {
    loading = undefined;
    throw new Error(`exporterMissing ${url}`);
  });
  return loading;
}
