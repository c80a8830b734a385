// «Наставник»: Cockpit lists process instances by id and business key. Our business keys are the ids
// of the records the processes work on (a request, a pair, a roadmap item…), because messages are
// correlated by them (see docs/webapps.md). This script writes a readable name under each business
// key — «Запрос № 3 · СОШ № 1», «Дорожная карта 2026–2028 · п. 1.2 · СОШ № 2» — in the instance lists
// and in the sidebar of an instance. The names come from GET /api/process-titles, which answers only
// for the instances the user may read in the engine.

const MARK = 'data-nst-title';
const titles = new Map();
const asked = new Set();

function instanceIdOf(cell) {
  const row = cell.closest('tr');
  const link = row && row.querySelector('a[href*="process-instance/"]');
  if (link) {
    const match = /process-instance\/([^/?#]+)/.exec(link.getAttribute('href'));
    return match ? decodeURIComponent(match[1]) : null;
  }
  // The sidebar of one instance (no row): its id is in the address.
  const page = /#\/process-instance\/([^/?]+)/.exec(window.location.hash);
  return cell.closest('dl') && page ? decodeURIComponent(page[1]) : null;
}

function shown(cell, id) {
  return Array.from(cell.querySelectorAll('.nst-process-title')).some(line => line.getAttribute(MARK) === id);
}

/**
 * Business key cells not showing the name of their instance: new ones, ones Angular reuses for another
 * instance, and ones whose content Cockpit's clipboard widget replaced after we wrote into it.
 */
function pending() {
  return Array.from(document.querySelectorAll('td.business-key, dd.business-key'))
    .map(cell => ({ cell, id: instanceIdOf(cell) }))
    .filter(p => p.id && !shown(p.cell, p.id));
}

function show(cell, id) {
  const title = titles.get(id);
  if (!title) return;
  cell.querySelectorAll('.nst-process-title').forEach(old => old.remove());
  const line = document.createElement('div');
  line.className = 'nst-process-title';
  line.setAttribute(MARK, id);
  line.textContent = title;
  cell.appendChild(line);
}

async function load(ids) {
  const wanted = ids.filter(id => !titles.has(id) && !asked.has(id));
  if (!wanted.length) return;
  wanted.forEach(id => asked.add(id));
  const params = new URLSearchParams();
  wanted.forEach(id => params.append('processInstanceId', id));
  try {
    const response = await fetch(`/api/process-titles?${params}`, { credentials: 'same-origin' });
    if (!response.ok) return;
    const answer = await response.json();
    Object.keys(answer).forEach(id => titles.set(id, answer[id]));
  } catch (e) {
    // No names, the keys stay as they are.
  }
}

let scheduled = false;

async function decorate() {
  scheduled = false;
  const cells = pending();
  if (!cells.length) return;
  await load(Array.from(new Set(cells.map(p => p.id))));
  cells.forEach(p => {
    if (p.cell.isConnected && !shown(p.cell, p.id)) show(p.cell, p.id);
  });
}

function schedule() {
  if (!scheduled) {
    scheduled = true;
    setTimeout(decorate, 150);
  }
}

const STYLE = '.nst-process-title { color: #333; font-size: 12px; white-space: normal; }';

function start() {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.appendChild(style);
  new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true, characterData: true });
  schedule();
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}

export default [];
