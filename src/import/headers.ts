/**
 * Header recognition: which column holds what, from the document's own column words. The role of
 * a unit column comes from its word (牵头单位 → lead, 责任单位 → responsible, 协同配合单位 →
 * participant); the role keeps the word as its label.
 */
import type { RoleId } from '../data/schema-v2.js';
import { squash } from './text.js';

export type Field = 'number' | 'content' | 'group' | RoleId | 'deadline' | 'note' | 'leaders' | 'other';

export interface Column {
  readonly field: Field;
  /** The header cell as written (white space removed). */
  readonly label: string;
}

/** Content words, most specific first: with several, the most specific holds the task, the ones before it group. */
const contentWords = [
  '工作措施', '具体措施', '具体任务', '工作任务', '重点工作任务', '任务内容', '主要任务', '工作内容', '重点任务',
  '主要内容', '具体工作', '重点工作', '工作事项', '任务事项', '任务',
];
const words: readonly [Field, readonly string[]][] = [
  ['number', ['序号', '编号', '序']],
  ['lead', ['牵头单位', '主要责任单位', '牵头部门', '主责单位', '主办单位', '牵头责任单位', '责任牵头单位']],
  ['responsible', ['责任单位', '责任部门', '落实单位', '承办单位']],
  ['participant', ['参与单位', '配合单位', '协同配合单位', '协办单位', '配合部门', '协同单位', '参与部门', '协作单位']],
  ['deadline', ['完成时限', '完成期限', '时间节点', '时间进度', '完成时间', '时限', '时间要求', '进度安排', '时间安排', '完成时限要求']],
  ['note', ['备注']],
  ['leaders', ['分管领导', '责任领导', '牵头领导', '分管区领导', '分管市领导', '分管县领导', '责任区领导', '区领导', '市领导', '县领导']],
];

/** The field a header cell names, or null. Hints in brackets are ignored: 完成时限（2023年） is 完成时限. */
export function headerField(cell: string): Field | null {
  const word = squash(cell).replace(/[（(][^）)]*[）)]/g, '');
  if (!word) return null;
  for (const [field, list] of words) if (list.includes(word)) return field;
  if (contentWords.includes(word)) return 'content';
  return null;
}

/** The field of a role label used in the list form (牵头单位：…) and in inline brackets. */
export function labelField(label: string): Field | null {
  const field = headerField(label);
  return field === 'number' || field === 'content' ? null : field;
}

/**
 * The columns a header row names, or null when it is not a header: it needs a content column and
 * a unit column or a number column. Unknown words are `other` columns (their cells go to `extra`).
 */
export function recognizeHeader(cells: readonly string[]): Column[] | null {
  const fields = cells.map((c) => headerField(c));
  const known = fields.filter((f) => f !== null);
  if (known.length < 2 || !known.includes('content')) return null;
  if (!known.some((f) => f === 'lead' || f === 'responsible' || f === 'participant' || f === 'number')) return null;
  const labels = cells.map((c) => squash(c));
  // The most specific content word holds the task; content-like columns before it group tasks.
  const contentAt = fields
    .map((f, i) => (f === 'content' ? i : -1))
    .filter((i) => i >= 0)
    .sort((a, b) => contentWords.indexOf(labels[a]!) - contentWords.indexOf(labels[b]!))[0]!;
  return fields.map((f, i) => {
    let field: Field = f ?? 'other';
    if (f === 'content' && i !== contentAt) field = i < contentAt ? 'group' : 'other';
    return { field, label: labels[i]! };
  });
}

export const unitFields = ['lead', 'responsible', 'participant'] as const;
export const isUnitField = (f: Field): f is RoleId => (unitFields as readonly string[]).includes(f);
