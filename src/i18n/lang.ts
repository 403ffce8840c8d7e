/** The languages every widget speaks. zh-CN comes first: it is the default. */
export const langs = ['zh-CN', 'en'] as const;
export type Lang = (typeof langs)[number];

/** A text in every supported language. */
export type LocalizedText = { readonly [L in Lang]: string };

/** The one way to build a `LocalizedText`: write it once per language. */
export function inEveryLang(write: (lang: Lang) => string): LocalizedText {
  return { 'zh-CN': write('zh-CN'), en: write('en') };
}

/** Maps any BCP 47 tag to a supported language: `en-GB` → `en`, `zh-Hans` → `zh-CN`, else zh-CN. */
export function normalizeLang(tag: string | null | undefined): Lang {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return 'zh-CN';
}
