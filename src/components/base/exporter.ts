/**
 * Loads the export menu and the file builders on first use (a page that never exports never loads
 * them). In the ES builds it is a chunk of its own; the drop-in files replace this module by
 * `exporter.dropin.ts`, which loads `tr-export.js` from beside the script.
 */
export type Exporter = typeof import('./export-menu.js');

let loading: Promise<Exporter> | undefined;

export function loadExporter(): Promise<Exporter> {
  loading ??= import('./export-menu.js');
  return loading;
}
