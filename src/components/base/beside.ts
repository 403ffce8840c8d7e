/**
 * Files beside the classic drop-in script (`tr-validate.js`, `tr-export.js`): ES modules it
 * imports on first use, from the folder it was loaded from, so that a page pays for them only when
 * it needs them.
 */

// Read while the drop-in script runs: afterwards `document.currentScript` is gone.
const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const base = script?.src || (typeof location !== 'undefined' ? location.href : '');

const loads = new Map<string, Promise<unknown>>();

/** The address of `file` beside the drop-in script (beside the page when the script is not known). */
export const besideUrl = (file: string): string => new URL(file, base).href;

/** Imports `file` from beside the drop-in script, once; a failed load is forgotten, so a later call tries again. */
export function importBeside<T>(file: string): Promise<T> {
  let loading = loads.get(file) as Promise<T> | undefined;
  if (!loading) {
    loading = (import(/* @vite-ignore */ besideUrl(file)) as Promise<T>).catch((error: unknown) => {
      loads.delete(file);
      throw error;
    });
    loads.set(file, loading);
  }
  return loading;
}
