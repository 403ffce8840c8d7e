/**
 * The selection in the page's address, so a filtered view can be shared and Back/Forward work:
 * `#tr-unit=edu&tr-task=t5&tr-state=overdue&tr-section=s2` (hash) or the same as query parameters.
 * Pure: text in, selection and the parts not understood out.
 */
import { taskStates, type TaskState } from '../../data/status.js';
import type { Register } from '../../data/model.js';
import { cleanSelection, selectionKeys, type Selection } from '../base/controllers/selection.js';

export type UrlMode = 'hash' | 'query';
const prefix = 'tr-';

/** The parameters of the address part a mode uses (`#a=1&b=2` or `?a=1&b=2`). */
function paramsOf(url: URL, mode: UrlMode): URLSearchParams {
  return mode === 'hash' ? new URLSearchParams(url.hash.replace(/^#/, '')) : url.searchParams;
}

/**
 * Reads the selection from an address. Values that name nothing in the register (or no status) are
 * left out and listed in `ignored`, never an error.
 */
export function readSelection(url: URL, mode: UrlMode, register: Register | undefined): { selection: Selection; ignored: string[] } {
  const params = paramsOf(url, mode);
  const out: Record<string, string> = {};
  const ignored: string[] = [];
  for (const key of selectionKeys) {
    const value = params.get(prefix + key)?.trim();
    if (!value) continue;
    const known =
      key === 'state'
        ? (taskStates as readonly string[]).includes(value)
        : !register ||
          (key === 'unit' && register.units.some((u) => u.id === value)) ||
          (key === 'task' && register.tasks.some((t) => t.id === value)) ||
          (key === 'section' && register.sections.some((s) => s.id === value));
    if (known) out[key] = value;
    else ignored.push(`${prefix}${key}=${value}`);
  }
  return { selection: cleanSelection(out as Selection), ignored };
}

/** The address with the selection written in (other parameters kept as they were). */
export function writeSelection(url: URL, mode: UrlMode, selection: Selection): URL {
  const next = new URL(url.href);
  const params = paramsOf(next, mode);
  for (const key of selectionKeys) {
    const value = selection[key];
    if (value) params.set(prefix + key, value);
    else params.delete(prefix + key);
  }
  const text = params.toString();
  if (mode === 'hash') next.hash = text ? `#${text}` : '';
  else next.search = text ? `?${text}` : '';
  return next;
}

/** Whether a value names a task status. */
export function isTaskState(value: string): value is TaskState {
  return (taskStates as readonly string[]).includes(value);
}
