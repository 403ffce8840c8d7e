/**
 * Errors of the data layer and of widget attributes. An error carries a code, a message key and
 * its parameters; `src/i18n/errors.ts` writes the message in each language.
 */

/**
 * What an attribute value should have been, the third parameter of `attrInvalid`.
 * `expectOneOf` takes a fourth: the allowed values as a comma list.
 */
export type Expectation = 'expectIsoDate' | 'expectNumber' | 'expectYear' | 'expectSeconds' | 'expectOneOf' | 'expectBoolean' | 'expectPositiveInteger';

/** A problem inside another message's parameters, e.g. each reason a list attribute selects nothing. */
export interface Problem {
  readonly key: ProblemKey;
  readonly params: readonly ProblemParam[];
}

/** A parameter of a message: a value written as is, a list (joined as the language joins lists), or a nested problem. */
export type ProblemParam = string | number | readonly (string | number)[] | Problem;

/** The parameters of every message, by key. The i18n catalog is typed against this. */
export interface ProblemParams {
  // Attributes.
  attrInvalid: [attribute: string, value: string, expected: Expectation, ...values: string[]];
  attrRequired: [attribute: string];
  /** No `register`, no `src` and no bundled register to fall back on. */
  noRegister: [];
  progressIgnored: [count: number];
  /** `属性 name="value" 无效：` then each problem, joined with a semicolon. */
  attrProblems: [attribute: string, value: string, ...problems: Problem[]];
  attrFromAfterTo: [from: number, to: number];
  attrSpanTooLong: [from: number, to: number];
  /** The timeline's `units`: the unknown names (written with `, ` in every language). */
  attrUnknownUnits: [names: readonly string[]];
  /** The task list's `sections`: the names that match no section id, number or title. */
  attrUnknownSections: [names: readonly string[]];
  unknownIndicator: [id: string];
  negativeCount: [attribute: string, value: string];
  /** A role the register's tasks do not use (`unit-role="lead"` on a table with only 责任单位): the roles they do use. */
  attrRoleNotUsed: [role: string, used: readonly string[]];
  maxNotAboveMin: [max: string, min: string];
  baselineYearLate: [year: string, due: number];
  // Problems inside `attrProblems`.
  unknownUnits: [names: readonly string[]];
  badTaskRange: [parts: readonly string[]];
  unknownTasks: [numbers: readonly string[]];
  badDeadline: [parts: readonly string[]];
  noDeadline: [parts: readonly string[]];
  unknownUnit: [name: string];
  unknownTask: [value: string];
  notANumber: [];
  internal: [reason: string];
  /** The validation file beside a drop-in file could not be loaded. */
  validatorMissing: [url: string];
}

/** Messages of problems found while loading and validating registers and progress files (with the validator). */
export interface ValidationProblemParams {
  // Progress files.
  progressInvalid: [count: number];
  progressOtherRegister: [found: string, expected: string];
  progressBadReport: [reason: string];
  progressBadDate: [date: string];
  progressFutureDate: [date: string];
  progressUnknownTask: [task: string];
  progressAmbiguousTask: [task: string];
  progressUnknownIndicator: [id: string];
  progressUnknownUnit: [id: string];
  progressPercent: [percent: number];
  progressDuplicate: [what: string, date: string];
  // Loading.
  loadHttp: [url: string, status: number];
  loadNetwork: [url: string];
  loadTimeout: [url: string, seconds: number];
  loadTooLarge: [url: string, limit: string];
  loadHtml: [url: string];
  loadNotJson: [url: string, reason: string];
  invalidRegister: [count: number];
  // Register issues.
  issueType: [expected: string];
  issueMissing: [];
  issueTooSmall: [minimum: string];
  issueTooBig: [maximum: string];
  issueFormat: [];
  issueValue: [values: string];
  issueUnion: [];
  issueOther: [message: string];
  issueDuplicateUnitId: [id: string];
  issueDuplicateUnitName: [name: string];
  issueTaskNumber: [expected: number, actual: number];
  issueUnknownUnit: [id: string];
  issueRepeatedUnit: [id: string];
  issueLeadAndParticipant: [id: string];
  issueDuplicateIndicator: [id: string];
  issueUnknownIndicator: [id: string];
  issueIndicatorTask: [id: string, task: number];
  issueUnknownTask: [task: number];
  issueQuote: [task: number];
  issueRange: [];
  // Version-2 register issues (src/data/schema-v2.ts).
  issueUnknownFields: [fields: readonly string[]];
  issueDuplicateId: [id: string];
  issueUnknownSection: [id: string];
  issueSectionCycle: [id: string];
  issueUndeclaredRole: [role: string];
  issueUnitInTwoRoles: [id: string, first: string, second: string];
  issueTaskNoUnits: [];
  issueUnknownTaskId: [id: string];
  issueIndicatorNotListed: [id: string, task: string];
  issueQuoteNotInTask: [task: string];
  issueCandidate: [id: string];
}

/**
 * The messages of the importers (`npm run data`, the task-register command), by key. No widget
 * meets them, so their catalog (`src/i18n/import-errors.ts`) stays out of the drop-in files.
 */
export interface ImportProblemParams {
  // Importing a table: where (record 0 = none, cell -1 = none), the text, and the problem.
  importAt: [record: number, cell: number, text: string, problem: Problem];
  importNoTitle: [];
  importNoSubtitle: [];
  importNoTab: [];
  importHeader: [header: string];
  importCellCount: [found: number];
  importUnitNotAnnotated: [];
  importNumberNotInteger: [];
  importNumberExpected: [expected: number];
  importContentEmpty: [];
  importNoLead: [];
  importLeadAndParticipant: [];
  importDeadline: [];
  importIndicatorNoTask: [id: string];
  importQuoteNotInTask: [id: string];
  importComparator: [id: string, stated: string, annotated: string];
  importValueDiffers: [id: string];
  importNoDueYear: [id: string];
  importStrayFigure: [];
  // Importing a document (src/import): where (a line of text or a row of a table), the cell's column word, the text.
  importLineAt: [line: number, cell: string, text: string, problem: Problem];
  importRowAt: [row: number, cell: string, text: string, problem: Problem];
  importNoTaskColumn: [];
  importNoTasks: [];
  importUnitsAmbiguous: [part: string];
  importUnbalanced: [];
  importCannotRead: [file: string, reason: string];
  importUnknownFormat: [file: string];
  importOnlyResponsible: [task: string];
  importNoUnits: [task: string];
  importNoContent: [];
  importMerged: [task: string, cell: string, text: string];
  importNoteDeadline: [task: string, text: string];
  importDeadlineAsText: [task: string, text: string];
  importNoDeadlineColumn: [];
  importPlanYear: [year: number];
  importSharedSuffix: [text: string, names: readonly string[]];
  importKeptWhole: [name: string];
  importTrimmed: [written: string, name: string];
  importUnplaced: [];
  importTitleFallback: [title: string];
  importDuplicateNumber: [number: string, id: string];
  importNoMeasure: [task: string, figure: string];
  importContinued: [task: string];
  importRepeatedUnit: [task: string, name: string];
  importNumbered: [number: string];
}

/** Every message a data or attribute error can carry. */
export type ProblemKey = keyof ProblemParams | keyof ValidationProblemParams | keyof ImportProblemParams;
type AllProblemParams = ProblemParams & ValidationProblemParams & ImportProblemParams;

/** A problem with parameters checked against its key. */
export function problem<K extends ProblemKey>(key: K, ...params: AllProblemParams[K]): Problem {
  return { key, params };
}

/** One problem in a register: where (a JSON path such as `tasks[4].leadUnitIds[0]`) and what. */
export interface RegisterIssue {
  readonly path: string;
  readonly key: ProblemKey;
  readonly params: readonly ProblemParam[];
  /** The document's number of the task the path is in (`tasks[4]` is task "5" of a plan numbered 1, 2, 3…), when the input states it. */
  readonly taskNumber?: string;
}

/** The index a path gives a task: `tasks[4].leadUnitIds[0]` → 4; null for a path outside the tasks. */
export function taskIndex(path: string): number | null {
  const match = /^tasks\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : null;
}

/** The issue with the number its task has in the input (`root.tasks[i].number`), so messages name the task as the document does. */
export function withTaskNumber(issue: RegisterIssue, root: unknown): RegisterIssue {
  const index = taskIndex(issue.path);
  if (index === null || issue.taskNumber !== undefined) return issue;
  const tasks = (root as { tasks?: unknown } | null)?.tasks;
  const task = Array.isArray(tasks) ? (tasks[index] as { number?: unknown } | null) : null;
  const number = task && typeof task === 'object' ? task.number : undefined;
  return (typeof number === 'string' && number.trim()) || (typeof number === 'number' && Number.isFinite(number))
    ? { ...issue, taskNumber: String(number).trim() }
    : issue;
}

/** A register issue; its parameters are checked against its key. */
export function registerIssue<K extends ProblemKey>(path: string, key: K, ...params: AllProblemParams[K]): RegisterIssue {
  return { path, key, params };
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
  | 'invalid-progress'
  | 'internal';

export interface TaskRegisterErrorDetails {
  readonly issues?: readonly RegisterIssue[];
  /** The attribute at fault, for `invalid-attribute`. */
  readonly attribute?: string;
  /** The URL, for loading errors. */
  readonly url?: string;
  readonly status?: number;
  /** Valid values close to a wrong one, best first. */
  readonly suggestions?: readonly string[];
}

/** A plain, language-neutral rendering for consoles: `loadHttp: /x.json, 404`. */
export function plainMessage(key: ProblemKey, params: readonly ProblemParam[]): string {
  const plain = (param: ProblemParam): string =>
    typeof param === 'object' && 'key' in param ? `${param.key}(${param.params.map(plain).join(', ')})` : String(param);
  return params.length ? `${key}: ${params.map(plain).join(', ')}` : key;
}

/**
 * A failure a widget can show and report: a code, a message key with its parameters and, where
 * known, where. `message` is a plain fallback for consoles; `src/i18n/errors.ts` writes the
 * message a person reads.
 */
export class TaskRegisterError extends Error {
  override readonly name = 'TaskRegisterError';
  readonly code: TaskRegisterErrorCode;
  readonly key: ProblemKey;
  readonly params: readonly ProblemParam[];
  readonly details: TaskRegisterErrorDetails;
  constructor(code: TaskRegisterErrorCode, key: ProblemKey, params: readonly ProblemParam[] = [], details: TaskRegisterErrorDetails = {}) {
    super(plainMessage(key, params));
    this.code = code;
    this.key = key;
    this.params = params;
    this.details = details;
  }

  get issues(): readonly RegisterIssue[] {
    return this.details.issues ?? [];
  }
}

/** An error for a bad attribute (`invalid-attribute`): the base shows it, naming the attribute, and fires `tr-error`. */
export function attributeError(
  attribute: string,
  key: ProblemKey,
  params: readonly ProblemParam[],
  suggestions: readonly string[] = [],
): TaskRegisterError {
  return new TaskRegisterError('invalid-attribute', key, params, { attribute, suggestions });
}
