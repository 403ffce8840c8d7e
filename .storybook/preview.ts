import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import './preview.css';
// Widgets show the bundled register unless a story gives another, as on a page that loads an entry point.
import '../src/default-register.js';

type Manifest = { modules: { declarations?: { members?: { privacy?: string; static?: boolean }[] }[] }[] };

/** The manifest without private, protected and static members: controls only for the public API. */
function publicApi(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
      })),
    })),
  };
}

// Controls and the docs tables come from the manifest generated from the widgets' JSDoc headers.
setCustomElementsManifest(publicApi(customElements as Manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, matchers: { color: /color$/i } },
    // A story is a fragment: the page-level landmark rule is for the portal page around a widget.
    a11y: { test: 'error', config: { rules: [{ id: 'region', enabled: false }] } },
    options: { storySort: { order: ['Introduction', 'Widgets'] } },
  },
};

export default preview;
