/**
 * The drop-in files' export loader: `tr-export.js`, an ES module beside the drop-in script, imported
 * on first use (only by pages that show the export menu or call an export method). A missing file
 * is a clear, localized error, never a silent failure.
 */
import { besideUrl, importBeside } from './beside.js';
import type { Exporter } from './exporter.js';

export type { Exporter };

export function loadExporter(): Promise<Exporter> {
  return importBeside<Exporter>('tr-export.js').catch(() => {
    throw new Error(`exporterMissing ${besideUrl('tr-export.js')}`);
  });
}
