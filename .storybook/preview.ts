import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import { attributeArgTypes, docsManifest, docsPage, docsPageStory, type Manifest } from './api-docs.js';
import './preview.css';
// Widgets show the bundled register unless a story gives another, as on a page that loads an entry point.
import '../src/default-register.js';

// Controls and the docs tables come from the manifest generated from the widgets' JSDoc headers.
const manifest = docsManifest(customElements as unknown as Manifest);
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [attributeArgTypes(manifest)],
  parameters: {
    controls: { expanded: true, matchers: { color: /color$/i } },
    docs: { page: docsPage, stories: { filter: docsPageStory } },
    // A story is a fragment: the page-level landmark rule is for the portal page around a widget.
    a11y: { test: 'error', config: { rules: [{ id: 'region', enabled: false }] } },
    options: { storySort: { order: ['Introduction', 'Widgets'] } },
  },
};

export default preview;
