/** Text helpers shared by the layouts: width folding, numbering and section patterns. */

/**
 * Full-width ASCII (，：；（）１２％) folded to half-width, and the ideographic space to a space.
 * Every character maps to one character, so an index into the folded text is an index into the original.
 */
export function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Collapses white space runs and trims: header words, comparisons. */
export const squash = (text: string) => text.replace(/\s+/g, '').trim();

export const cjkNumerals = '一二三四五六七八九十百〇零';
const numeralValue: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十三 → 23; NaN for what is not a numeral under 1000. */
export function numeralToNumber(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  let total = 0;
  let current = 0;
  for (const c of numeral) {
    if (c in numeralValue) current = numeralValue[c]!;
    else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return Number.NaN;
  }
  return total + current;
}

export interface SectionHeading {
  /** The number as the contract keeps it: 一, （四）, ——, △. */
  readonly number: string;
  readonly title: string;
  /** 1 for 一、, 2 for （一）, 3 for ——, 4 for △. */
  readonly level: number;
}

/** A heading line or cell: 一、… / （四）… / ——… / △…; null otherwise. */
export function sectionHeading(text: string): SectionHeading | null {
  const trimmed = text.trim();
  const f = fold(trimmed);
  let m = new RegExp(`^([${cjkNumerals}]+)\\s*[、.]\\s*(\\S[\\s\\S]*)$`).exec(f);
  if (m) return { number: trimmed.slice(0, m[1]!.length), title: trimmed.slice(f.length - m[2]!.length).trim(), level: 1 };
  m = new RegExp(`^\\(\\s*([${cjkNumerals}]+)\\s*\\)\\s*[、.]?\\s*(\\S[\\s\\S]*)$`).exec(f);
  if (m) {
    const titleStart = f.length - m[2]!.length;
    const number = trimmed.slice(0, titleStart).trim().replace(/[、.．]$/, '');
    return { number, title: trimmed.slice(titleStart).trim(), level: 2 };
  }
  m = /^(——|—|－－|--)\s*(\S[\s\S]*)$/.exec(trimmed);
  if (m) return { number: '——', title: m[2]!.trim(), level: 3 };
  m = /^△\s*(\S[\s\S]*)$/.exec(trimmed);
  if (m) return { number: '△', title: m[1]!.trim(), level: 4 };
  return null;
}

/** A section heading written back the way the importer reads it. */
export function writeHeading(number: string | undefined, title: string): string {
  if (number === undefined) return title;
  if (number === '——' || number === '△') return `${number}${title}`;
  if (/^[（(]/.test(number)) return `${number}${title}`;
  return `${number}、${title}`;
}

/** `52.培育…` / `52、培育…` / `52．培育…`: the number and where the text starts; null otherwise. */
export function numberedText(text: string): { number: string; start: number } | null {
  const f = fold(text);
  const m = /^\s*(\d{1,4})\s*[.、](?!\d)\s*/.exec(f);
  if (!m || m[0].length >= f.trimEnd().length) return null;
  return { number: m[1]!, start: m[0].length };
}

/** A number cell as written, without trailing punctuation: `52.` → `52`. */
export function cleanNumber(cell: string): string {
  return cell.trim().replace(/[.．、,，]+$/, '').trim();
}

/** Whether a line is only a task number (a 序号 cell on its own line). */
export function isNumberCell(text: string): boolean {
  const f = fold(text).trim().replace(/[.、]$/, '');
  return /^\d{1,4}$/.test(f) || new RegExp(`^\\([${cjkNumerals}]+\\)\\d{1,4}$`).test(f);
}

/** An ASCII slug of a document number: `52` → `52`, `（一）1` → `1-1`. */
export function numberSlug(number: string): string {
  const parts = fold(number)
    .split(/[^0-9一二三四五六七八九十百〇零]+/)
    .filter(Boolean)
    .map((p) => String(numeralToNumber(p)))
    .filter((p) => p !== 'NaN');
  return parts.join('-') || 'x';
}

/** Whether a text has Chinese characters (a line of the document rather than an address or a rule). */
export const hasCjk = (text: string) => /[\u4e00-\u9fff]/.test(text);
