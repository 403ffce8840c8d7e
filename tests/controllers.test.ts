import { expect, fixture, html as testHtml, oneEvent } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { LangController } from '../src/components/base/controllers/lang.js';
import { RegisterController, provideDefaultRegister, type RegisterState } from '../src/components/base/controllers/register.js';
import type { Size } from '../src/components/base/controllers/size.js';
import { defineElement, TrElement, type ViewContext } from '../src/components/base/tr-element.js';
import { bundledRegister } from '../src/data/bundled.js';
import type { Register } from '../src/data/model.js';

/** A widget that records what the base asked of it. */
class ProbeWidget extends TrElement {
  protected static override observesSize = true;
  builds = 0;
  layouts: Size[] = [];
  context: ViewContext | undefined;
  protected buildView(context: ViewContext): void {
    this.builds++;
    this.context = context;
  }
  protected override layoutView(size: Size): void {
    this.layouts.push(size);
  }
  protected renderView(): TemplateResult {
    return html`<p part="base">${this.context?.register.title} · ${this.context?.lang}</p>`;
  }
}
defineElement('tr-probe-widget', ProbeWidget);

const nextFrames = async (count = 2) => {
  for (let i = 0; i < count; i++) await new Promise(requestAnimationFrame);
};

/** A copy of the bundled register (version 2) under another title, not yet validated. */
function otherRegister(title: string): Register {
  return { ...structuredClone(bundledRegister()), title };
}

describe('LangController', () => {
  it('follows the nearest ancestor lang through one shared observer', async () => {
    const before = LangController.following;
    const box = await fixture<HTMLDivElement>(testHtml`<div lang="zh-CN"><tr-probe-widget></tr-probe-widget><tr-probe-widget></tr-probe-widget></div>`);
    const [a, b] = [...box.querySelectorAll<ProbeWidget>('tr-probe-widget')];
    await a!.updateComplete;
    expect(LangController.following).to.equal(before + 2);
    expect(a!.context?.lang).to.equal('zh-CN');
    box.setAttribute('lang', 'en');
    await nextFrames(1);
    await a!.updateComplete;
    await b!.updateComplete;
    expect(a!.context?.lang).to.equal('en');
    expect(b!.shadowRoot!.textContent).to.contain('· en');
    box.remove();
    expect(LangController.following).to.equal(before);
  });

  it("lets the widget's own lang win over the ancestor's", async () => {
    const box = await fixture<HTMLDivElement>(testHtml`<div lang="en"><tr-probe-widget lang="zh-CN"></tr-probe-widget></div>`);
    const el = box.querySelector<ProbeWidget>('tr-probe-widget')!;
    await el.updateComplete;
    expect(el.context?.lang).to.equal('zh-CN');
  });
});

describe('SizeController', () => {
  it('measures before the first render and re-lays out, without rebuilding, when the width changes', async () => {
    const box = await fixture<HTMLDivElement>(testHtml`<div class="box"><tr-probe-widget></tr-probe-widget></div>`);
    box.style.width = '400px';
    const el = box.querySelector<ProbeWidget>('tr-probe-widget')!;
    await el.updateComplete;
    const builds = el.builds;
    box.style.width = '300px';
    await nextFrames(3);
    await el.updateComplete;
    expect(el.layouts.at(-1)?.width).to.equal(300);
    expect(el.builds).to.equal(builds);
  });

  it('re-lays out when the font size changes (a large-text switch on the root)', async () => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    const el = await fixture<ProbeWidget>(testHtml`<tr-probe-widget></tr-probe-widget>`);
    try {
      root.style.fontSize = '16px';
      await nextFrames(3);
      await el.updateComplete;
      root.style.fontSize = '24px';
      await nextFrames(3);
      await el.updateComplete;
      expect(el.layouts.at(-1)?.fontSize).to.equal(24);
    } finally {
      root.style.fontSize = before;
    }
  });
});

describe('RegisterController', () => {
  /** A host that records the states it was asked to update for. */
  function host() {
    const states: RegisterState[] = [];
    const controller = new RegisterController({
      addController: () => {},
      removeController: () => {},
      requestUpdate: () => states.push(controller.state),
      updateComplete: Promise.resolve(true),
    });
    return { controller, states };
  }

  afterEach(() => provideDefaultRegister(bundledRegister));

  it('prefers the register property, then src, then the default', async () => {
    const { controller } = host();
    controller.resolve({ register: undefined, src: '', timeoutSeconds: 20 });
    expect(controller.state).to.deep.include({ status: 'ready', register: bundledRegister() });

    const given = otherRegister('给定的登记表');
    controller.resolve({ register: given, src: '/no/such.json', timeoutSeconds: 20 });
    expect(controller.state.status).to.equal('loading');
    await controller.validating;
    const state = controller.state;
    expect(state.status).to.equal('ready');
    expect(state.status === 'ready' && state.register.title).to.equal('给定的登记表');
  });

  it('reports a register object that breaks the contract, with its paths', async () => {
    const { controller } = host();
    controller.resolve({ register: { schemaVersion: 9 }, src: '', timeoutSeconds: 20 });
    await controller.validating;
    const state = controller.state;
    expect(state.status).to.equal('error');
    expect(state.status === 'error' && state.error.code).to.equal('invalid-register');
    expect(state.status === 'error' && state.error.issues.length).to.be.greaterThan(0);
  });

  it('without a default register or input, says so instead of showing nothing', () => {
    provideDefaultRegister(undefined);
    const { controller } = host();
    controller.resolve({ register: undefined, src: '', timeoutSeconds: 20 });
    expect(controller.state.status).to.equal('error');
  });

  it('keeps the newer of two loads when the older answers last', async () => {
    const realFetch = window.fetch;
    const answers = new Map<string, (response: Response) => void>();
    // Answers only when the test says so; like a real fetch, it does not heed an abort once answered.
    window.fetch = ((url: string) =>
      new Promise<Response>((resolve) => {
        answers.set(String(url), resolve);
      })) as typeof fetch;
    try {
      const { controller } = host();
      controller.resolve({ register: undefined, src: '/slow.json', timeoutSeconds: 20 });
      while (!answers.has('/slow.json')) await new Promise((resolve) => setTimeout(resolve));
      controller.resolve({ register: undefined, src: '/fast.json', timeoutSeconds: 20 });
      const json = (title: string) => new Response(JSON.stringify(otherRegister(title)), { headers: { 'content-type': 'application/json' } });
      while (!answers.has('/fast.json')) await new Promise((resolve) => setTimeout(resolve));
      answers.get('/fast.json')!(json('后发先至'));
      while (controller.state.status === 'loading') await new Promise((resolve) => setTimeout(resolve));
      // The older request is not aborted (another widget of the page may share it): its answer is ignored.
      const late = json('先发后至');
      answers.get('/slow.json')!(late);
      // Whatever the older request answers must not replace the newer register.
      while (!late.bodyUsed) await new Promise((resolve) => setTimeout(resolve));
      await new Promise((resolve) => setTimeout(resolve));
      const state = controller.state;
      expect(state.status === 'ready' && state.register.title).to.equal('后发先至');
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('TrElement', () => {
  it('fires tr-error after rendering, once per problem, and recovers', async () => {
    const el = await fixture<ProbeWidget>(testHtml`<tr-probe-widget></tr-probe-widget>`);
    const errored = oneEvent(el, 'tr-error');
    el.asOf = 'not-a-date';
    const event = await errored;
    // The alert is already on screen when a listener hears of it.
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(event.detail.attribute).to.equal('as-of');
    let again = 0;
    el.addEventListener('tr-error', () => again++);
    el.lang = 'en';
    await el.updateComplete;
    expect(again).to.equal(0);
    el.asOf = '2025-06-30';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.exist;
  });

  it('reports a failure while rendering as tr-error, not as an exception into the page', async () => {
    class Broken extends ProbeWidget {
      protected override renderView(): TemplateResult {
        throw new Error('broken view');
      }
    }
    defineElement('tr-broken-widget', Broken);
    const box = document.createElement('div');
    const errored = oneEvent(box, 'tr-error');
    box.innerHTML = '<tr-broken-widget></tr-broken-widget>';
    document.body.append(box);
    try {
      const event = await errored;
      expect(event.detail.code).to.equal('internal');
      expect(box.querySelector('tr-broken-widget')!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    } finally {
      box.remove();
    }
  });
});
