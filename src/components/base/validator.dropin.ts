/**
 * The drop-in files' validator loader: `tr-validate.js`, an ES module beside the drop-in script,
 * imported on first use (only by pages that give their own register or progress data). A missing
 * file is a clear, localized error, never a silent failure.
 */
import { TaskRegisterError } from '../../data/errors.js';
import { registerMessages } from '../../i18n/errors.js';
import { besideUrl, importBeside } from './beside.js';
import type { Validation } from './validator.js';

export type { Validation };

export function loadValidation(): Promise<Validation> {
  return importBeside<Validation>('tr-validate.js').then(
    (validation) => {
      registerMessages(validation.validationMessages);
      return validation;
    },
    () => {
      const url = besideUrl('tr-validate.js');
      throw new TaskRegisterError('network', 'validatorMissing', [url], { url });
    },
  );
}
