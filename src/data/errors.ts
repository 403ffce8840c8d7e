/** Errors of the data layer and of widget attributes, each with a message in every language. */
import type { LocalizedText } from '../i18n/lang.js';

/** One problem in a register: where (a JSON path such as `tasks[4].leadUnitIds[0]`) and what. */
export interface RegisterIssue {
  readonly path: string;
  readonly message: LocalizedText;
}

export type TaskRegisterErrorCode =
  | 'invalid-register'
  | 'http'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'not-json'
  | 'invalid-attribute'
  | 'import'
  | 'internal';

/** A failure a widget can show and report: a code, a localized message and, where known, where. */
export class TaskRegisterError extends Error {
  override readonly name = 'TaskRegisterError';
  constructor(
    readonly code: TaskRegisterErrorCode,
    readonly text: LocalizedText,
    readonly details: {
      readonly issues?: readonly RegisterIssue[];
      /** The attribute at fault, for `invalid-attribute`. */
      readonly attribute?: string;
      /** The URL, for loading errors. */
      readonly url?: string;
      readonly status?: number;
      /** Valid values close to a wrong one, best first. */
      readonly suggestions?: readonly string[];
    } = {},
  ) {
    super(text.en);
  }

  get issues(): readonly RegisterIssue[] {
    return this.details.issues ?? [];
  }
}
