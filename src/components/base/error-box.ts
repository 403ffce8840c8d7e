/** The error state every widget shares: the visible box and the `tr-error` event's detail. */
import { html, nothing, type TemplateResult } from 'lit';
import type { RegisterIssue, TaskRegisterError } from '../../data/errors.js';
import { commonMessages } from '../../i18n/common.js';
import { errorMessage, errorMessages, issueMessage, issuePlace, publicErrorMessage } from '../../i18n/errors.js';
import type { Lang, LocalizedText } from '../../i18n/lang.js';
import { icon } from './icons.js';

/** The `detail` of every `tr-error` event. */
export interface TrErrorDetail {
  readonly code: TaskRegisterError['code'];
  /** The message in the widget's language. */
  readonly message: string;
  /** The message in every language. */
  readonly messages: LocalizedText;
  readonly attribute?: string;
  readonly url?: string;
  readonly status?: number;
  /** Each problem of the data: its JSON path, where it is as a person finds it (`任务5`, `the 5th task`), and what is wrong. */
  readonly issues: readonly { path: string; place: string; message: string }[];
  readonly suggestions: readonly string[];
}

const shownIssues = 5;

/** What `tr-error` carries for a problem, in `lang`. */
export function errorDetail(problem: TaskRegisterError, lang: Lang): TrErrorDetail {
  const { attribute, url, status, suggestions } = problem.details;
  return {
    code: problem.code,
    message: errorMessage(problem, lang),
    messages: errorMessages(problem),
    ...(attribute ? { attribute } : {}),
    ...(url ? { url } : {}),
    ...(status ? { status } : {}),
    issues: problem.issues.map((issue) => ({ path: issue.path, place: issuePlace(issue, lang), message: issueMessage(issue, lang) })),
    suggestions: suggestions ?? [],
  };
}

/** The problem as one console line for the page's developer: the message, where, and the first data paths. */
export function consoleLine(tag: string, detail: TrErrorDetail): string {
  const where = detail.attribute ?? detail.url;
  const issues = detail.issues.slice(0, shownIssues).map((issue) => `${issue.place === issue.path ? issue.path : `${issue.place} (${issue.path})`}: ${issue.message}`);
  const more = detail.issues.length > shownIssues ? [`… ${detail.issues.length - shownIssues} more`] : [];
  return [`<${tag}> ${detail.message}${where ? ` (${where})` : ''}`, ...issues, ...more].join('\n  ');
}

/** A key that is equal for the same problem, so it is reported once. */
export function problemKey(problem: TaskRegisterError | null): string {
  return problem ? `${problem.code}|${problem.details.attribute ?? ''}|${errorMessage(problem, 'en')}` : '';
}

/** One problem of the data: where as a person finds it (`任务5`), what is wrong, and the JSON path for the file's editor. */
function renderIssue(issue: RegisterIssue, lang: Lang, details = true): TemplateResult {
  const place = issuePlace(issue, lang);
  const [open, close, colon] = lang === 'en' ? [' (', ')', ': '] : ['（', '）', '：'];
  // A reader sees where in words (第5条任务报告); the data path only with the details.
  if (!details) return html`<li>${place === issue.path ? '' : `${place}${colon}`}${issueMessage(issue, lang)}</li>`;
  if (place === issue.path) return html`<li><code>${issue.path}</code>${colon}${issueMessage(issue, lang)}</li>`;
  return html`<li>${place}${open}<code>${issue.path}</code>${close}${colon}${issueMessage(issue, lang)}</li>`;
}

/**
 * The visible error box (`role="alert"`) in `lang`. A reader sees a plain sentence; with `details`
 * (the `error-details` attribute, for a page being developed) the box shows what `tr-error`
 * carries: the message, the attribute or address, the data paths and the closest valid values.
 */
export function renderProblem(problem: TaskRegisterError, lang: Lang, details = false): TemplateResult {
  const msg = commonMessages[lang];
  const heading = html`<p class="error-heading">${icon('error')}<span>${msg.errorHeading}</span></p>`;
  if (!details) {
    return html`<div part="error" role="alert" lang=${lang}>${heading}<p>${publicErrorMessage(problem, lang)}</p></div>`;
  }
  const where = problem.details.attribute ?? problem.details.url;
  const issues = problem.issues;
  const suggestions = problem.details.suggestions ?? [];
  return html`<div part="error" role="alert" lang=${lang}>
    ${heading}
    <p>${errorMessage(problem, lang)}</p>
    ${where ? html`<p>${msg.errorWhere(where)}</p>` : nothing}
    ${issues.length
      ? html`<ul>
          ${issues.slice(0, shownIssues).map((issue) => renderIssue(issue, lang))}
        </ul>`
      : nothing}
    ${issues.length > shownIssues ? html`<p>${msg.moreIssues(issues.length - shownIssues)}</p>` : nothing}
    ${suggestions.length ? html`<p>${msg.didYouMean(suggestions.join(', '))}</p>` : nothing}
  </div>`;
}

/** A note above a view that shows without some or all of its progress data: what was not used, and why. */
export function renderProgressNote(problem: TaskRegisterError, lang: Lang, details = false): TemplateResult {
  const issues = problem.issues;
  return html`<div part="note progress-note" role="note" lang=${lang}>
    <p>${errorMessage(problem, lang)}</p>
    ${issues.length
      ? html`<ul>
          ${issues.slice(0, shownIssues).map((issue) => renderIssue(issue, lang, details))}
        </ul>`
      : nothing}
    ${issues.length > shownIssues ? html`<p>${commonMessages[lang].moreIssues(issues.length - shownIssues)}</p>` : nothing}
  </div>`;
}
