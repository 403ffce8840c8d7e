/**
 * Unit cells: split on 、，,；; and line breaks, never inside brackets (各县（市、区）政府 stays
 * whole), 等 and trailing punctuation trimmed, a suffix a list shares distributed, and
 * 各县、市、区政府 kept as one name. What cannot be split with confidence is an error.
 */
import { problem, type Problem } from '../data/errors.js';
import { fold } from './text.js';

export interface UnitSplit {
  /** The unit names, in the cell's order, without repeats. */
  readonly names: string[];
  /** Decisions worth telling the reader (shared suffix, kept whole, trimmed). */
  readonly notes: Problem[];
}

/** A cell that cannot be split: the problem names the part at fault. */
export class UnitSplitError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key);
  }
}

const open = '(（【《〔[';
const close = ')）】》〕]';
const separators = '、,;\n';
/** Suffixes a list shares: `温州市、台州市政府` is 温州市政府 and 台州市政府. */
const sharedSuffixes = ['人民政府', '政府'];
/** A lone administrative level: 县, 市, 区 (or 各县) as one item of 各县、市、区政府. */
const loneLevel = /^各?[省市县区乡镇]$/;
const trailing = /[\s。.,，、;；:：!！?？]+$/;

/** Parts of a cell at bracket depth 0, with their offsets in the cell. */
function parts(cell: string): { text: string; start: number }[] | null {
  const f = fold(cell);
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= f.length; i++) {
    const c = f[i];
    if (c !== undefined && open.includes(c)) depth++;
    else if (c !== undefined && close.includes(c)) {
      depth--;
      if (depth < 0) return null;
    } else if (c === undefined || (depth === 0 && (separators.includes(c) || c === '\r'))) {
      out.push({ text: cell.slice(start, i), start });
      start = i + 1;
    }
  }
  return depth === 0 ? out : null;
}

/** The org-like ending of a unit name; used to tell a unit cell from a paragraph of text. */
const unitEnding =
  /(局|委|办|厅|部|院|会|中心|政府|处|室|所|站|队|集团|公司|银行|街道|单位|部门|专班|乡镇|园区|开发区|新区|高新区|社|台|校|学|馆|团|联|党委|组|署|行|司|关|监狱|场|厂|片区|各县（市、区）|办事处|机构|企业|主体|区|县|市|镇|乡|省|等)$/;

/** Splits a unit cell. Throws `UnitSplitError` when a part cannot be told apart. */
export function splitUnits(cell: string): UnitSplit {
  const notes: Problem[] = [];
  const raw = parts(cell);
  if (!raw) throw new UnitSplitError(problem('importUnbalanced'));
  const items = raw
    .map((p) => ({ text: p.text.trim(), start: p.start + (p.text.length - p.text.trimStart().length) }))
    .filter((p) => p.text.replace(trailing, '') !== '');

  // 各县、市、区政府: lone levels joined by 、 to the part that carries the noun.
  const merged: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!loneLevel.test(item.text)) {
      merged.push(item.text);
      continue;
    }
    let j = i;
    while (j + 1 < items.length && loneLevel.test(items[j]!.text) && /^[省市县区乡镇]/.test(items[j + 1]!.text)) j++;
    if (j === i || !item.text.startsWith('各')) {
      throw new UnitSplitError(problem('importUnitsAmbiguous', items.slice(i, Math.max(j, i + 1) + 1).map((p) => p.text).join('、')));
    }
    const last = items[j]!;
    const name = cell.slice(item.start, last.start + last.text.length);
    merged.push(name);
    notes.push(problem('importKeptWhole', name.replace(trailing, '')));
    i = j;
  }

  const names: string[] = [];
  for (const part of merged) {
    let name = part.replace(trailing, '');
    if (/[^等]等$/.test(name) && name.length > 1) name = name.slice(0, -1).replace(trailing, '');
    if (name !== part) notes.push(problem('importTrimmed', part, name));
    if (name.length > 40 || /[。:：]/.test(fold(name))) throw new UnitSplitError(problem('importUnitsAmbiguous', part));
    names.push(name);
  }

  const last = names[names.length - 1];
  const suffix = last && names.length > 1 && sharedSuffixes.find((s) => last.endsWith(s) && last.length > s.length);
  let result = names;
  if (suffix) {
    // Only place names (ending 省/市/县/区) with no suffix of their own take the shared one.
    const distributed = names.map((n) => (/[省市县区]$/.test(n) && !n.startsWith('各') ? n + suffix : n));
    if (distributed.some((n, i) => n !== names[i])) {
      notes.push(problem('importSharedSuffix', cell.trim(), distributed));
      result = distributed;
    }
  }
  return { names: [...new Set(result)], notes };
}

/** Whether a text reads as a list of units (every part ends like an organisation's name). */
export function looksLikeUnits(text: string): boolean {
  try {
    const { names } = splitUnits(text);
    return names.length > 0 && names.every((n) => n.length <= 30 && unitEnding.test(n));
  } catch {
    return false;
  }
}
