/**
 * The certificate page's only behaviour, inline: filtering the requirements (status, level,
 * operation, format, words), the status chips and matrix cells that set filters, copy buttons.
 * Without script the page still reads whole: every requirement listed, each folds open.
 */
export const CERTIFICATE_SCRIPT = `
(() => {
  const items = [...document.querySelectorAll('#requirement-list > .req')];
  const controls = [...document.querySelectorAll('[data-filter]')];
  const value = (name) => document.querySelector('[data-filter="' + name + '"]').value;
  const shown = document.getElementById('shown');
  const nothing = document.getElementById('nothing-shown');
  function apply() {
    const status = value('status'), level = value('level'), operation = value('operation'), format = value('format');
    const words = value('text').trim().toLowerCase();
    let count = 0;
    for (const item of items) {
      const operations = item.dataset.operations.split(' ');
      const visible = (!status || item.dataset.status === status)
        && (!level || item.dataset.level === level)
        && (!operation || operations.includes(operation) || operations.includes('*'))
        && (!format || item.dataset.formats.split(' ').includes(format))
        && (!words || item.textContent.toLowerCase().includes(words));
      item.hidden = !visible;
      if (visible) count++;
    }
    shown.textContent = count === items.length
      ? items.length + ' requirements'
      : count + ' of ' + items.length + ' requirements shown';
    nothing.hidden = count > 0;
    for (const chip of document.querySelectorAll('.chip')) {
      chip.setAttribute('aria-pressed', String(chip.dataset.status === status));
    }
  }
  function set(filters) {
    for (const control of controls) control.value = filters[control.dataset.filter] ?? '';
    apply();
    document.getElementById('requirements').scrollIntoView({ behavior: 'smooth' });
  }
  for (const control of controls) control.addEventListener('input', apply);
  document.getElementById('clear-filters').addEventListener('click', () => set({}));
  for (const chip of document.querySelectorAll('.chip')) {
    chip.addEventListener('click', () =>
      set({ status: chip.getAttribute('aria-pressed') === 'true' ? '' : chip.dataset.status }));
  }
  for (const cell of document.querySelectorAll('.matrix button')) {
    cell.addEventListener('click', () => set({ operation: cell.dataset.operation, format: cell.dataset.format }));
  }
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const text = button.parentElement.querySelector('pre').textContent;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        const area = document.createElement('textarea');
        area.value = text;
        document.body.append(area);
        area.select();
        document.execCommand('copy');
        area.remove();
      }
      button.textContent = 'Copied';
      button.classList.add('done');
      setTimeout(() => { button.textContent = 'Copy'; button.classList.remove('done'); }, 1500);
    });
  }
  // A link to #req-<id> opens that requirement.
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && target.tagName === 'DETAILS') target.open = true;
  apply();
})();
`;
