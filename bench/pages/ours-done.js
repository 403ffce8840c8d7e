// Stops the clock the way the ECharts page does: once the widgets have rendered, at the end of the
// next frame (a requestAnimationFrame, then a task), after the page has painted. The widgets lay out
// at their measured width from the first render on; to prove the clock did not stop early, any
// change to a widget's shadow DOM in the three frames after it fails the run.
(async () => {
  const widgets = [...document.querySelectorAll('tr-kpi-gauge, tr-unit-matrix, tr-deadline-timeline')];
  // The drop-in loads each widget's code when the page uses it: wait until the three are defined.
  await Promise.all(['tr-kpi-gauge', 'tr-unit-matrix', 'tr-deadline-timeline'].map((tag) => customElements.whenDefined(tag)));
  await Promise.all(widgets.map((w) => w.updateComplete));
  requestAnimationFrame(() =>
    setTimeout(() => {
      const drawn = widgets.every((w) => w.shadowRoot && w.shadowRoot.querySelector('[part]') && !w.shadowRoot.querySelector('[role="alert"]'));
      let changed = false;
      const observer = new MutationObserver(() => (changed = true));
      for (const w of widgets) observer.observe(w.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      window.__finish(drawn, async () => {
        await frame();
        await frame();
        await frame();
        observer.disconnect();
        return !changed && widgets.every((w) => !w.isUpdatePending);
      });
    }),
  );
})();
