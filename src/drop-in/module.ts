/**
 * The entry of the module drop-in (`<script type="module" src="…/module/task-register-widgets.js">`).
 * It defines nothing itself: it looks for the widgets' tags in the document, now and whenever
 * nodes are added, and imports the chunk of each widget the first time its tag appears. The
 * chunks sit beside this file (`chunks/`), so their relative URLs need no configuration; lit, the
 * base element and the bundled register are shared chunks every widget loads once.
 *
 * Widgets inside shadow roots are not seen by the document's observer: call `load(tag)` or
 * `loadWithin(root)` for them.
 */

/** Each widget's chunk. A dashboard's comes with every widget, defined in one go (see tr-dashboard.ts). */
const chunks: { readonly [tag: string]: () => Promise<unknown> } = {
  'tr-dashboard': () => import('./tr-dashboard.js'),
  'tr-deadline-timeline': () => import('./tr-deadline-timeline.js'),
  'tr-kpi-gauge': () => import('./tr-kpi-gauge.js'),
  'tr-register-summary': () => import('./tr-register-summary.js'),
  'tr-task-list': () => import('./tr-task-list.js'),
  'tr-unit-matrix': () => import('./tr-unit-matrix.js'),
  'tr-unit-scorecard': () => import('./tr-unit-scorecard.js'),
};
/**
 * For each widget, the chunks its chunk imports, directly or further down: the build writes them in
 * (`chunkPreloads` in vite.config.ts), so they are fetched together with the widget's chunk, not one
 * level after another. Unbuilt, the table is empty and nothing is preloaded.
 */
const preloads: { readonly [tag: string]: readonly string[] | undefined } = JSON.parse('{"__TR_PRELOADS__":0}');
const preloaded = new Set<string>();

function preload(tag: string): void {
  for (const file of preloads[tag] ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

const tags = Object.keys(chunks);
const anyWidget = tags.join(',');

const loading = new Map<string, Promise<void>>();

/**
 * Loads and defines one widget (its chunk once, however often asked). A chunk that cannot be
 * loaded (the `chunks` folder was not copied beside this file) is named on the console, and
 * asked for again next time.
 */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  const chunk = chunks[name];
  if (!chunk) return Promise.reject(new Error(`task-register-widgets: no widget is called <${tag}>`));
  let done = loading.get(name);
  if (!done) {
    // While a dashboard's chunk loads, no widget may be defined before it (a widget inside would miss it).
    const dashboard = name === 'tr-dashboard' ? undefined : loading.get('tr-dashboard');
    preload(name);
    done = (dashboard ? dashboard.then(chunk) : chunk()).then(
      () => undefined,
      (error: unknown) => {
        loading.delete(name);
        console.error(`task-register-widgets: could not load <${name}>; copy the folder "chunks" beside ${import.meta.url}.`, error);
      },
    );
    loading.set(name, done);
  }
  return done;
}

/** The widget tags used in and under `root`. */
function tagsWithin(root: ParentNode): Set<string> {
  const found = new Set<string>();
  if (root instanceof Element && tags.includes(root.localName)) found.add(root.localName);
  for (const element of root.querySelectorAll(anyWidget)) found.add(element.localName);
  return found;
}

/**
 * Loads every widget used in and under `root` (the document, or a shadow root of the page's own).
 * A dashboard goes first: its chunk defines it before the widgets inside it, which then find it.
 */
export async function loadWithin(root: ParentNode): Promise<void> {
  const found = tagsWithin(root);
  if (found.has('tr-dashboard')) await load('tr-dashboard');
  await Promise.all([...found].map(load));
}

/** Loads the widgets of nodes added to the document later; stops once every chunk is loaded. */
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) void loadWithin(node);
  }
  if (loading.size === tags.length) observer.disconnect();
});

/** Starts once the document is parsed, as a deferred script would (a dashboard is then seen before the widgets inside it). */
function start(): void {
  observer.observe(document, { childList: true, subtree: true });
  void loadWithin(document);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
