/**
 * Search text folded the way readers type it: full-width digits, letters and punctuation
 * (５０％, （一）, ＡＩ) to their half-width forms, ideographic spaces to spaces, Latin letters to lower
 * case, runs of white space to one. Chinese text is matched as a substring, so no pinyin is needed.
 */

/** The folded form of a text, for matching. */
export function foldText(text: string): string {
  // NFKC folds full-width forms and the ideographic space; 、 and 。 have no half-width form and stay.
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The terms of a query: folded, split on white space; every term must match. */
export function searchTerms(query: string): string[] {
  const folded = foldText(query);
  return folded ? folded.split(' ') : [];
}

/** Whether a folded key holds every term. */
export function matchesTerms(key: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!key.includes(term)) return false;
  return true;
}
