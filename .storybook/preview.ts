import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import './preview.css';

// Controls and the docs tables come from the manifest generated from the widgets' JSDoc headers.
setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, matchers: { color: /color$/i } },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Widgets'] } },
  },
};

export default preview;
