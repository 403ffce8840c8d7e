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

/** The chunks every page loads (written in by the build): fetched now, beside the entry, not after it. */
declare const __TR_LOADER_PRELOADS__: readonly string[] | undefined;
for (const file of typeof __TR_LOADER_PRELOADS__ === 'undefined' ? [] : __TR_LOADER_PRELOADS__) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, entry).href;
  document.head.append(link);
}

import(/* @vite-ignore */ entry).catch((error: unknown) => {
  console.error(`task-register-widgets: could not load ${entry}; copy the folder "module" beside this script.`, error);
});
