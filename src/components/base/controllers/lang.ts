/**
 * `LangController`: the language a widget speaks. Its own `lang` property wins; else the nearest
 * ancestor's `lang` attribute (crossing shadow roots); else zh-CN. One MutationObserver on the
 * document serves every connected widget, as a page may hold dozens.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeLang, type Lang } from '../../../i18n/lang.js';
import { composedParent } from '../composed.js';

type LangHost = ReactiveControllerHost & HTMLElement;

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's, crossing
 * shadow roots, else the document's; zh-CN when none is set.
 */
export function resolveLang(element: Element): Lang {
  for (let node: Node | null = element; node; node = composedParent(node)) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) return normalizeLang(lang);
  }
  return 'zh-CN';
}

const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

function follow(controller: LangController, on: boolean): void {
  if (on) hosts.add(controller);
  else hosts.delete(controller);
  if (hosts.size && !observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!hosts.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

export class LangController implements ReactiveController {
  private resolved: Lang = 'zh-CN';

  constructor(private readonly host: LangHost) {
    host.addController(this);
  }

  /** The language in force: the host's own `lang`, else the context's. */
  get value(): Lang {
    return this.host.lang ? normalizeLang(this.host.lang) : this.resolved;
  }

  /** Re-reads the context; asks the host to update when it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang === this.resolved) return;
    this.resolved = lang;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    follow(this, true);
    this.resolved = resolveLang(this.host);
  }

  hostDisconnected(): void {
    follow(this, false);
  }

  /** Widgets currently following the document (for tests of the shared observer). */
  static get following(): number {
    return hosts.size;
  }
}
