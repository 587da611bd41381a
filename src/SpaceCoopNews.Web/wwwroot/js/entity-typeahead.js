// Fills the entity field's datalist from the server as the editor types (at most ten matches).
(() => {
  for (const input of document.querySelectorAll('input[data-suggest]')) {
    const list = document.getElementById(input.getAttribute('list'));
    let timer = 0;
    let controller = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length === 0) { list.replaceChildren(); return; }
      timer = setTimeout(async () => {
        controller?.abort();
        controller = new AbortController();
        try {
          const response = await fetch(`${input.dataset.suggest}?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
          if (!response.ok) return;
          const matches = await response.json();
          list.replaceChildren(...matches.map(m => {
            const option = document.createElement('option');
            option.value = m.slug;
            option.label = `${m.name} (${m.kind})`;
            return option;
          }));
        } catch (e) {
          if (e.name !== 'AbortError') throw e;
        }
      }, 150);
    });
  }
})();
