/** Punctuation as each language writes it: widgets ask here instead of choosing by `lang` inline. */
import type { Lang } from './lang.js';

export interface Punctuation {
  /** Between the items of a plain list: 、 / `, `. */
  readonly list: string;
  /** Between clauses that each say something: ； / `; `. */
  readonly clause: string;
  /** Before what a label introduces: ： / `: `. */
  readonly colon: string;
  /** Between phrases of one sentence: ， / `, `. */
  readonly comma: string;
  /** Around an aside: （…） / ` (…)`. */
  readonly open: string;
  readonly close: string;
  /** Between a figure and the word it counts: none in zh (`21项任务`), a space in en (`21 tasks`). */
  readonly space: string;
}

const marks: { readonly [L in Lang]: Punctuation } = {
  'zh-CN': { list: '、', clause: '；', colon: '：', comma: '，', open: '（', close: '）', space: '' },
  en: { list: ', ', clause: '; ', colon: ': ', comma: ', ', open: ' (', close: ')', space: ' ' },
};

/** The punctuation of a language. */
export function punctuation(lang: Lang): Punctuation {
  return marks[lang];
}

/** Items joined as a plain list: `省教育厅、省人力社保厅` / `A, B`. For "A, B and C" use `formatList`. */
export function joinList(lang: Lang, items: readonly (string | number)[]): string {
  return items.join(marks[lang].list);
}

/** Clauses joined: `甲；乙` / `a; b`. */
export function joinClauses(lang: Lang, clauses: readonly string[]): string {
  return clauses.join(marks[lang].clause);
}

/** Whole sentences, each already ending in its full stop, run on: none between in zh, a space in en. */
export function joinSentences(lang: Lang, sentences: readonly string[]): string {
  return sentences.join(marks[lang].space);
}

/** An aside after a text: `文本（旁注）` / `text (aside)`. */
export function withAside(lang: Lang, text: string, aside: string): string {
  return `${text}${marks[lang].open}${aside}${marks[lang].close}`;
}

/** A label and its value: `标签：值` / `Label: value`. */
export function labelled(lang: Lang, label: string, value: string): string {
  return `${label}${marks[lang].colon}${value}`;
}
