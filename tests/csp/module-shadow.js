// A page component of its own with a widget in its shadow root, which the drop-in's document observer
// does not see: the page asks the module drop-in to load what is inside.
import { loadWithin } from '/dist/module/task-register-widgets.js';

const root = document.getElementById('host').attachShadow({ mode: 'open' });
root.append(document.createElement('tr-task-list'));
window.__loadedWithin = loadWithin(root).then(() => true);
