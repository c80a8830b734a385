// «Наставник»: the «Наставничество» view inside Cockpit (a Cockpit 7.14+ frontend plugin).
// Data comes from our REST API (/api/dashboard) with the Cockpit session, aggregated in SQL.

const ROUTE = '/nastavnik';

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** Horizontal bars: [{label, value, max, note}] → SVG. */
function bars(rows, unit) {
  const width = 640, rowHeight = 28, labelWidth = 220, barWidth = width - labelWidth - 90;
  const height = Math.max(rowHeight * rows.length + 10, 40);
  const max = Math.max(1, ...rows.map(r => r.max != null ? r.max : r.value));
  let svg = `<svg class="nst-chart" width="${width}" height="${height}" role="img">`;
  rows.forEach((r, i) => {
    const y = i * rowHeight + 5;
    const w = Math.round(barWidth * (r.value / max));
    svg += `<text x="0" y="${y + 17}" font-size="13">${escapeHtml(r.label)}</text>`;
    svg += `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="18" fill="#eef1f4"></rect>`;
    svg += `<rect class="nst-bar" data-value="${r.value}" x="${labelWidth}" y="${y + 4}" width="${w}" height="18" fill="#1f7ab8"></rect>`;
    svg += `<text x="${labelWidth + barWidth + 8}" y="${y + 17}" font-size="13">${escapeHtml(r.note != null ? r.note : r.value + (unit || ''))}</text>`;
  });
  return svg + '</svg>';
}

async function load(municipalityId) {
  const response = await fetch(`/api/dashboard?municipalityId=${municipalityId}`, { credentials: 'same-origin' });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `Ошибка ${response.status}`);
  }
  return response.json();
}

function render(container, data) {
  const coverage = data.coverage.map(c => ({
    label: c.organization, value: c.withMentor, max: Math.max(c.youngSpecialists, 1),
    note: `${c.withMentor} из ${c.youngSpecialists} (${c.percent}%)`
  }));
  const stages = data.pairsByStage.filter(s => s.pairs > 0 || ['ACTIVE', 'PROPOSED', 'COMPLETED'].includes(s.status))
    .map(s => ({ label: s.title, value: s.pairs }));
  container.querySelector('.nst-body').innerHTML = `
    <div class="nst-cards">
      <div class="nst-card"><div class="nst-number" id="nst-mentors">${data.mentorsInBank}</div>наставников в банке</div>
      <div class="nst-card"><div class="nst-number" id="nst-waiting">${data.requestsWithoutMentor}</div>запросов ждут наставника</div>
    </div>
    <h3>Охват молодых специалистов наставничеством</h3>
    <div id="nst-coverage">${bars(coverage)}</div>
    <h3>Наставнические пары по этапам</h3>
    <div id="nst-stages">${bars(stages)}</div>`;
}

const routePlugin = {
  id: 'nastavnik.dashboard.route',
  pluginPoint: 'cockpit.route',
  properties: { path: ROUTE, label: 'Наставничество' },
  render: async (node) => {
    node.innerHTML = `
      <style>
        .nst-dashboard { padding: 20px; }
        .nst-dashboard h2 { margin-top: 0; }
        .nst-cards { display: flex; gap: 16px; margin: 12px 0 20px; }
        .nst-card { background: #fff; border: 1px solid #d6dde3; border-radius: 4px; padding: 12px 18px; }
        .nst-number { font-size: 28px; font-weight: bold; color: #1f7ab8; }
        .nst-error { color: #b5152b; }
      </style>
      <div class="nst-dashboard">
        <h2>Наставничество</h2>
        <label>Муниципалитет: <select class="nst-municipality"></select></label>
        <div class="nst-body">Загрузка…</div>
      </div>`;
    const select = node.querySelector('.nst-municipality');
    const show = async () => {
      try {
        render(node, await load(select.value));
      } catch (e) {
        node.querySelector('.nst-body').innerHTML = `<p class="nst-error">${escapeHtml(e.message)}</p>`;
      }
    };
    try {
      const response = await fetch('/api/dashboard/municipalities', { credentials: 'same-origin' });
      const municipalities = response.ok ? await response.json() : [];
      if (!municipalities.length) {
        node.querySelector('.nst-body').innerHTML = '<p class="nst-error">Нет муниципалитетов, доступных вам для просмотра.</p>';
        return;
      }
      select.innerHTML = municipalities.map(m => `<option value="${m.id}">${escapeHtml(m.name)}</option>`).join('');
      select.addEventListener('change', show);
      await show();
    } catch (e) {
      node.querySelector('.nst-body').innerHTML = `<p class="nst-error">${escapeHtml(e.message)}</p>`;
    }
  }
};

const navigationPlugin = {
  id: 'nastavnik.dashboard.navigation',
  pluginPoint: 'cockpit.navigation',
  priority: 100,
  properties: { path: ROUTE },
  render: (node) => {
    node.innerHTML = 'Наставничество';
  }
};

export default [routePlugin, navigationPlugin];
