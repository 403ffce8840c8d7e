/**
 * The classic-script file for every widget (`<script src="…/task-register-widgets.iife.js">`, no
 * `type="module"` needed): a loader. It loads the module drop-in from the folder `module/` beside
 * itself, which loads each widget's code the first time the page uses that widget. Works under
 * `script-src 'self'` with Trusted Types (`import()` is no script sink). Loading it twice does no
 * harm: a module runs once per page.
 */

// Read while this script runs: afterwards `document.currentScript` is gone.
const script = document.currentScript as HTMLScriptElement | null;
const entry = new URL('module/task-register-widgets.js', script?.src || location.href).href;

/**
 * What to fetch before the entry has run (written in by the build): under '' the chunks every page
 * loads, fetched now beside the entry; under each widget tag its own chunks, fetched as soon as the
 * document is parsed and uses that tag, while the shared chunks are still being read.
 */
declare const __TR_LOADER_PRELOADS__: { readonly [tag: string]: readonly string[] } | undefined;
const preloads = typeof __TR_LOADER_PRELOADS__ === 'undefined' ? {} : __TR_LOADER_PRELOADS__;
const asked = new Set<string>();
const preload = (files: readonly string[] = []) => {
  for (const file of files) {
    if (asked.has(file)) continue;
    asked.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, entry).href;
    document.head.append(link);
  }
};
preload(preloads['']);
const preloadUsed = () => {
  for (const tag in preloads) if (tag && document.querySelector(tag)) preload(preloads[tag]);
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', preloadUsed, { once: true });
else preloadUsed();

import(/* @vite-ignore */ entry).catch((error: unknown) => {
  console.error(`task-register-widgets: could not load ${entry}; copy the folder "module" beside this script.`, error);
});
