/**
 * The drop-in files' validator loader: `tr-validate.js`, an ES module beside the drop-in script,
 * imported on first use (only by pages that give their own register or progress data). A missing
 * file is a clear, localized error, never a silent failure.
 */
import { TaskRegisterError } from '../../data/errors.js';
import { registerMessages } from '../../i18n/errors.js';
import type { Validation } from './validator.js';

export type { Validation };

// Read while the drop-in script runs: afterwards `document.currentScript` is gone.
const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
const base = script?.src || (typeof location !== 'undefined' ? location.href : '');

let loading: Promise<Validation> | undefined;

export function loadValidation(): Promise<Validation> {
  const url = new URL('tr-validate.js', base).href;
  loading ??= (import(/* @vite-ignore */ url) as Promise<Validation>).then(
    (validation) => {
      registerMessages(validation.validationMessages);
      return validation;
    },
    () => {
      loading = undefined;
      throw new TaskRegisterError('network', 'validatorMissing', [url], { url });
    },
  );
  return loading;
}
