/**
 * Candidate indicators: every figure a task states with a target word (达到, 超过, 不低于, 以上,
 * 以内, 左右, 至少, 控制在, 力争, 增长…) becomes a candidate with its exact quote, marked
 * `review: true`. The comparator follows the words; the measure is as written; a due year only
 * when the document states one (到2025年 in the text, or the task's own deadline).
 */
import { problem, type Problem } from '../data/errors.js';
import type { ComparatorV2, DeadlineV2Input, IndicatorV2Input } from '../data/schema-v2.js';
import { fold } from './text.js';

/** Measures, longest first, as they appear after a figure (folded text). */
const measures = [
  '个百分点', '万平方米', '平方公里', '万千瓦', '万人次', '万标箱', '万人', '万个', '万户', '万元', '亿元', '万亩', '万吨',
  '公里', '千米', '平方米', '%', '倍', '所', '个', '家', '门', '人', '项', '座', '条', '台', '户', '套', '张', '吨', '亩',
  '名', '次', '场', '期', '批', '处', '间', '辆', '元', '万', '亿', '米', '部', '支', '种', '类', '件', '床', '位',
];
const before = ['不低于', '不少于', '不超过', '不高于', '控制在', '提高至', '提高到', '提升至', '提升到', '增长', '达到', '超过', '至少', '力争', '突破', '低于', '高于'];
const after = ['以上', '以内', '以下', '左右', '内'];

const comparatorOf = (word: string | undefined, tail: string | undefined): Exclude<ComparatorV2, 'range'> => {
  if (tail === '左右') return 'about';
  if (tail === '以上') return 'atLeast';
  if (tail === '以内' || tail === '以下' || tail === '内') return 'atMost';
  switch (word) {
    case '超过':
    case '突破':
    case '高于':
      return 'moreThan';
    case '不低于':
    case '不少于':
    case '至少':
      return 'atLeast';
    case '不超过':
    case '不高于':
    case '控制在':
      return 'atMost';
    case '低于':
      return 'lessThan';
    default:
      return 'exactly';
  }
};

const boundary = /[,.;!?\n。，；！？：:]/;
const filler = /^(?:到\d{4}年(?:底)?|努力实现|实现|确保|推动|全力|力求|争取|使|其中)+/;

export interface Candidates {
  readonly indicators: IndicatorV2Input[];
  readonly notes: Problem[];
}

/** The candidates of one task's text. */
export function candidatesOf(taskId: string, taskNumber: string, content: string, deadline: DeadlineV2Input): Candidates {
  const f = fold(content);
  const indicators: IndicatorV2Input[] = [];
  const notes: Problem[] = [];
  const figure = /\d+(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  let skipUntil = 0;
  while ((m = figure.exec(f))) {
    const start = m.index;
    if (start < skipUntil) continue;
    let end = start + m[0].length;
    const next = f.slice(end);
    if (/^\s*[年月日号]/.test(next) || f[start - 1] === '第' || /[A-Za-z+]$/.test(f.slice(0, start)) || /^\s*\+/.test(next)) continue;
    // A range: 3-5个, 3%至5%.
    let min: number | undefined;
    const range = /^\s*%?\s*[-~—–至到]\s*(\d+(?:\.\d+)?)/.exec(next);
    if (range) {
      min = Number(m[0]);
      end += range[0].length;
    }
    const value = range ? Number(range[1]) : Number(m[0]);
    // The clause around the figure.
    let clauseStart = start;
    while (clauseStart > 0 && !boundary.test(f[clauseStart - 1]!)) clauseStart--;
    let clauseEnd = end;
    while (clauseEnd < f.length && !boundary.test(f[clauseEnd]!)) clauseEnd++;
    const rest = f.slice(end);
    const ratio = /^\s*:\s*1(?!\d)/.exec(rest);
    const measure = ratio ? 'ratio' : measures.find((w) => rest.trimStart().startsWith(w));
    let quoteEnd = end;
    if (ratio) quoteEnd += ratio[0].length;
    else if (measure) quoteEnd += rest.length - rest.trimStart().length + measure.length;
    const tail = after.find((w) => f.startsWith(w, quoteEnd));
    if (tail) quoteEnd += tail.length;
    const prefix = f.slice(clauseStart, start);
    const wordAt = Math.max(...before.map((w) => (prefix.trimEnd().endsWith(w) ? prefix.trimEnd().length - w.length : prefix.lastIndexOf(w))));
    const word = wordAt >= 0 ? before.find((w) => prefix.startsWith(w, wordAt)) : undefined;
    if (!word && !tail) continue;
    // The figure and its measure belong to the one candidate; move past them.
    skipUntil = quoteEnd;
    if (!measure) {
      notes.push(problem('importNoMeasure', taskNumber, content.slice(start, end)));
      continue;
    }
    const labelStart = clauseStart + (prefix.length - prefix.replace(filler, '').length);
    const labelEnd = word ? clauseStart + wordAt : start;
    let label = content.slice(labelStart, labelEnd).trim();
    let quoteStart = labelStart;
    if (label.length < 2) {
      // 培育10个以上…联盟: the thing counted follows the figure.
      label = content.slice(quoteEnd, clauseEnd).trim() || content.slice(labelStart, quoteEnd).trim();
      quoteEnd = label && content.slice(quoteEnd, clauseEnd).trim() ? clauseEnd : quoteEnd;
      quoteStart = word ? clauseStart + wordAt : start;
    }
    const quote = content.slice(quoteStart, quoteEnd).trim();
    const byYear = [...f.slice(0, start).matchAll(/到(\d{4})年/g)].pop();
    const dueYear = byYear ? Number(byYear[1]) : 'year' in deadline ? deadline.year : deadline.kind === 'date' ? Number(deadline.date.slice(0, 4)) : undefined;
    const common = {
      id: `${taskId}-c${indicators.length + 1}`,
      task: taskId,
      label: label || quote,
      measure: measure === '%' ? '%' : measure,
      ...(dueYear !== undefined ? { dueYear } : {}),
      quote,
      review: true as const,
    };
    indicators.push(
      min !== undefined
        ? { ...common, comparator: 'range', min, max: value }
        : { ...common, comparator: comparatorOf(word, tail), target: value },
    );
  }
  return { indicators, notes };
}
