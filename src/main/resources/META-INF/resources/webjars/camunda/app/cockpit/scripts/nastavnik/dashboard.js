// «Наставник»: the «Наставничество» view inside Cockpit (a Cockpit 7.14+ frontend plugin).
// Data comes from our REST API (/api/dashboard) with the Cockpit session, aggregated in SQL.
// Plain JavaScript without a build step: charts are inline SVG and HTML bars.

const ROUTE = '/nastavnik';

// After logging in, Cockpit shows its generic start page («Панель управления», #/dashboard). Our users
// (coordinators, the education department) come for «Наставничество»: the first start page a login
// (or opening Cockpit without a page) leads to is replaced by it. «Панель управления» stays reachable
// from the breadcrumbs; a page asked for by its address is never replaced.
const LANDING = ['', '#', '#/', '#!/'];
let landing = LANDING.includes(window.location.hash);

function hashPath(hash) {
  return hash.split('?')[0];
}

window.addEventListener('hashchange', () => {
  const path = hashPath(window.location.hash);
  if (path.startsWith('#/login')) {
    landing = true;
  } else if (path === '#/dashboard' && landing) {
    landing = false;
    window.location.replace(`#${ROUTE}`);
  } else if (!LANDING.includes(path)) {
    landing = false;
  }
});

function escapeHtml(text) {
  return String(text == null ? '' : text)
    .replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** 7.25 → «7,3». */
function decimal(value) {
  return Number(value).toFixed(1).replace('.', ',');
}

/** 1 оценка, 2 оценки, 5 оценок. */
function plural(n, one, few, many) {
  const tens = n % 100, units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

function russianDate(iso) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
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

/** One HTML row: label, a bar made of coloured parts [{value, cls, title}] out of max, and a note. */
function stackedRow(label, parts, max, note, attributes) {
  const segments = parts.filter(p => p.value > 0).map(p =>
    `<span class="nst-seg ${p.cls}" style="width:${(100 * p.value / Math.max(max, 1)).toFixed(1)}%" title="${escapeHtml(p.title)}: ${p.value}"></span>`
  ).join('');
  return `<div class="nst-row" ${attributes || ''}>
      <div class="nst-label" title="${escapeHtml(label)}">${escapeHtml(label)}</div>
      <div class="nst-track">${segments}</div>
      <div class="nst-note">${escapeHtml(note)}</div>
    </div>`;
}

function empty(text) {
  return `<p class="nst-empty">${escapeHtml(text)}</p>`;
}

/** Roadmap occurrences per section: done (green), open (blue), overdue (red). */
function sectionsChart(sections) {
  if (!sections.length) return empty('Нет мероприятий дорожных карт за выбранный период');
  const max = Math.max(1, ...sections.map(s => s.total));
  const roadmaps = new Set(sections.map(s => s.roadmapId));
  let html = `<div class="nst-legend"><span class="nst-seg nst-done"></span> исполнено
      <span class="nst-seg nst-open"></span> в работе / запланировано <span class="nst-seg nst-overdue"></span> просрочено</div>`;
  let roadmap = null;
  sections.forEach(s => {
    if (roadmaps.size > 1 && s.roadmapId !== roadmap) {
      roadmap = s.roadmapId;
      html += `<div class="nst-group">${escapeHtml(s.roadmap)}</div>`;
    }
    const label = (s.number ? s.number + ' ' : '') + s.section;
    html += stackedRow(label, [
      { value: s.done, cls: 'nst-done', title: 'Исполнено' },
      { value: s.open, cls: 'nst-open', title: 'В работе' },
      { value: s.overdue, cls: 'nst-overdue', title: 'Просрочено' }
    ], max, `исполнено ${s.done} · в работе ${s.open} · просрочено ${s.overdue}`, `data-section="${escapeHtml(s.section)}"`);
  });
  return html;
}

/** Plan (grey) against fact (blue) of every indicator, grouped by year. */
function indicatorsChart(indicators) {
  if (!indicators.length) return empty('Нет показателей за выбранный период');
  let html = '<div class="nst-legend"><span class="nst-seg nst-plan"></span> план <span class="nst-seg nst-fact"></span> факт</div>';
  let year = null;
  indicators.forEach(i => {
    if (i.year !== year) {
      year = i.year;
      html += `<div class="nst-group">${year} год</div>`;
    }
    const max = Math.max(i.target, i.fact, 1);
    const label = (i.number ? i.number + ' ' : '') + i.title;
    html += `<div class="nst-row" data-indicator="${i.itemId}-${i.year}">
        <div class="nst-label" title="${escapeHtml(label)}">${escapeHtml(label)}</div>
        <div class="nst-pair">
          <div class="nst-track nst-thin"><span class="nst-seg nst-plan" style="width:${(100 * i.target / max).toFixed(1)}%"></span></div>
          <div class="nst-track nst-thin"><span class="nst-seg nst-fact" style="width:${(100 * i.fact / max).toFixed(1)}%"></span></div>
        </div>
        <div class="nst-note">факт ${i.fact} из ${i.target} (${i.percent}%)</div>
      </div>`;
  });
  return html;
}

/** Average rating of the meetings (1–10) per organization. */
function satisfactionChart(satisfaction) {
  if (!satisfaction.length) return empty('Нет оценок встреч за выбранный период');
  return satisfaction.map(s => stackedRow(s.organization,
    [{ value: s.average, cls: 'nst-fact', title: 'Средняя оценка' }], 10,
    `${decimal(s.average)} из 10 · ${s.ratings} ${plural(s.ratings, 'оценка', 'оценки', 'оценок')}`
      + (s.menteeRatings ? ` (наставляемые: ${decimal(s.menteeAverage)})` : ''),
    `data-organization="${s.organizationId}"`)).join('');
}

/** Overdue occurrences with who answers for them and to whom they were escalated. */
function overdueTable(data) {
  if (!data.overdue.length) return empty('Просроченных мероприятий нет');
  const rows = data.overdue.map(o => {
    const people = o.responsiblePeople.length ? `<div class="nst-people">${escapeHtml(o.responsiblePeople.join(', '))}</div>` : '';
    return `<tr data-occurrence="${o.occurrenceId}">
        <td>${escapeHtml((o.itemNumber ? o.itemNumber + ' ' : '') + o.itemTitle)}</td>
        <td>${escapeHtml(o.organization)}</td>
        <td>${escapeHtml(o.responsibleText || '')}<div class="nst-muted">${escapeHtml(o.responsibleGroupTitle)}</div>${people}</td>
        <td>${russianDate(o.dueDate)}</td>
        <td class="nst-num">${o.daysOverdue}</td>
        <td class="nst-num">${o.escalations}${o.escalations ? `<div class="nst-muted">${escapeHtml(o.escalationGroupTitle)}</div>` : ''}</td>
        <td>${escapeHtml(o.escalationNote || '')}</td>
      </tr>`;
  }).join('');
  const shown = data.overdueTotal > data.overdue.length
    ? `<p class="nst-muted">Показаны ${data.overdue.length} из ${data.overdueTotal}, сначала самые давние.</p>` : '';
  return `${shown}<table class="table table-condensed nst-table">
      <thead><tr><th>Мероприятие</th><th>Организация</th><th>Ответственный</th><th>Срок</th><th>Просрочено, дней</th>
        <th>Эскалаций</th><th>Принятые меры</th></tr></thead>
      <tbody>${rows}</tbody></table>`;
}

async function load(municipalityId, organizationId, year) {
  const params = new URLSearchParams({ municipalityId });
  if (organizationId) params.set('organizationId', organizationId);
  if (year) params.set('year', year);
  const response = await fetch(`/api/dashboard?${params}`, { credentials: 'same-origin' });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `Ошибка ${response.status}`);
  }
  return response.json();
}

/** Fills a filter select, keeping the chosen value when it is still offered. */
function fillSelect(select, allLabel, options) {
  const chosen = select.value;
  select.innerHTML = `<option value="">${escapeHtml(allLabel)}</option>`
    + options.map(o => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`).join('');
  select.value = options.some(o => String(o.value) === chosen) ? chosen : '';
}

function render(container, data) {
  fillSelect(container.querySelector('.nst-organization'), 'Все организации',
    data.filters.organizations.map(o => ({ value: o.id, label: o.name })));
  fillSelect(container.querySelector('.nst-year'), 'Все годы', data.filters.years.map(y => ({ value: y, label: `${y} год` })));
  const coverage = data.coverage.map(c => ({
    label: c.organization, value: c.withMentor, max: Math.max(c.youngSpecialists, 1),
    note: `${c.withMentor} из ${c.youngSpecialists} (${c.percent}%)`
  }));
  const stages = data.pairsByStage.filter(s => s.pairs > 0 || ['ACTIVE', 'PROPOSED', 'COMPLETED'].includes(s.status))
    .map(s => ({ label: s.title, value: s.pairs }));
  const period = data.year ? ` за ${data.year} год` : ' за всё время';
  const body = container.querySelector('.nst-body');
  body.dataset.organization = data.organizationId || '';
  body.dataset.year = data.year || '';
  body.innerHTML = `
    <div class="nst-cards">
      <div class="nst-card"><div class="nst-number" id="nst-mentors">${data.mentorsInBank}</div>наставников в банке</div>
      <div class="nst-card"><div class="nst-number" id="nst-waiting">${data.requestsWithoutMentor}</div>запросов ждут наставника</div>
      <div class="nst-card"><div class="nst-number nst-red" id="nst-overdue-total">${data.overdueTotal}</div>мероприятий просрочено</div>
    </div>
    <h3>Охват молодых специалистов наставничеством <small>на сегодня</small></h3>
    <div id="nst-coverage">${coverage.length ? bars(coverage) : empty('Нет образовательных организаций')}</div>
    <h3>Наставнические пары по этапам <small>${data.year ? `предложены в ${data.year} году` : 'за всё время'}</small></h3>
    <div id="nst-stages">${bars(stages)}</div>
    <h3>Мероприятия дорожных карт по разделам <small>${escapeHtml(period)}, по сроку исполнения</small></h3>
    <div id="nst-sections">${sectionsChart(data.roadmapSections)}</div>
    <h3>Показатели: план и факт по годам</h3>
    <div id="nst-indicators">${indicatorsChart(data.indicators)}</div>
    <h3>Удовлетворённость встречами <small>средняя оценка 1–10 наставников и наставляемых${escapeHtml(period)}</small></h3>
    <div id="nst-satisfaction">${satisfactionChart(data.satisfaction)}</div>
    <h3>Просроченные мероприятия и эскалации</h3>
    <div id="nst-overdue">${overdueTable(data)}</div>
    <h3>Ежегодный мониторинг <small>отчёты организаций и аналитический отчёт</small></h3>
    <div id="nst-monitoring">Загрузка…</div>`;
}

/** A moment (ISO instant) as a date in the viewer's own time zone. */
function localDate(instant) {
  return new Date(instant).toLocaleDateString('ru-RU');
}

/** The newest monitoring year: who has reported, who has not, and the documents. */
function monitoringTable(campaigns) {
  if (!campaigns.length) return empty('Год мониторинга ещё не открыт');
  const c = campaigns[0];
  const missing = c.notReported.length
    ? `<p class="nst-red" id="nst-not-reported">Не представили отчёт: ${escapeHtml(c.notReported.join(', '))}</p>`
    : '<p id="nst-not-reported">Все организации представили отчёты.</p>';
  const rows = c.reports.map(r => `<tr>
      <td>${escapeHtml(r.organization)}<div class="nst-muted">${escapeHtml(r.kindTitle)}</div></td>
      <td class="${['OVERDUE', 'RETURNED'].includes(r.status) ? 'nst-red' : ''}">${escapeHtml(r.statusTitle)}${r.late ? ' (с опозданием)' : ''}</td>
      <td>${localDate(r.dueAt)}</td>
      <td>${r.submittedAt ? localDate(r.submittedAt) : '—'}</td>
      <td class="nst-num">${r.escalations}</td>
      <td><a href="/api/monitoring/reports/${r.id}/spravka.docx">справка (DOCX)</a><br>
        <a href="/api/monitoring/reports/${r.id}/figures.xlsx">показатели (XLSX)</a></td>
    </tr>`).join('');
  return `<p>${escapeHtml(c.period)}</p>${missing}
    <table class="table table-condensed nst-table">
      <thead><tr><th>Организация</th><th>Статус</th><th>Срок</th><th>Представлен</th><th>Напоминаний</th><th>Документы</th></tr></thead>
      <tbody>${rows}</tbody></table>`;
}

async function showMonitoring(container, municipalityId) {
  const target = container.querySelector('#nst-monitoring');
  try {
    const response = await fetch(`/api/monitoring/campaigns?municipalityId=${encodeURIComponent(municipalityId)}`,
      { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`Ошибка ${response.status}`);
    target.innerHTML = monitoringTable(await response.json());
  } catch (e) {
    target.innerHTML = `<p class="nst-error">${escapeHtml(e.message)}</p>`;
  }
}

/**
 * Cockpit's header shows the user's full name once it has loaded the profile; when this page is the
 * first after the login, that request does not survive the switch from «Панель управления», and the
 * header keeps showing the login. Load the name the way Cockpit does and let Angular show it.
 */
async function refreshHeader() {
  try {
    const root = window.angular.element(document.body).injector().get('$rootScope');
    const login = root.authentication && root.authentication.name;
    if (login && !root.userFullName) {
      const engineApi = document.querySelector('base').getAttribute('engine-api');
      const response = await fetch(`${engineApi}engine/default/user/${encodeURIComponent(login)}/profile`,
        { credentials: 'same-origin' });
      if (response.ok) {
        const profile = await response.json();
        root.userFullName = `${profile.firstName} ${profile.lastName}`;
      }
    }
    root.$applyAsync();
  } catch (e) {
    // Without Angular at hand the header shows the login until the next page.
  }
}

const STYLE = `
  <style>
    /* Cockpit's view container (.ctn-main) does not scroll: the view scrolls itself. */
    .nst-scroll { position: absolute; top: 0; right: 0; bottom: 0; left: 0; overflow-y: auto; }
    .nst-dashboard { padding: 20px; max-width: 1100px; }
    .nst-dashboard h2 { margin-top: 0; }
    .nst-dashboard h3 { margin-top: 28px; }
    .nst-dashboard h3 small { color: #6b7782; }
    .nst-filters { display: flex; gap: 18px; flex-wrap: wrap; align-items: center; }
    .nst-cards { display: flex; gap: 16px; margin: 16px 0 8px; }
    .nst-card { background: #fff; border: 1px solid #d6dde3; border-radius: 4px; padding: 12px 18px; }
    .nst-number { font-size: 28px; font-weight: bold; color: #1f7ab8; }
    .nst-red { color: #b5152b; }
    .nst-error { color: #b5152b; }
    .nst-empty, .nst-muted { color: #6b7782; }
    .nst-row { display: flex; align-items: center; gap: 10px; margin: 6px 0; }
    .nst-label { width: 380px; flex: none; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .nst-track { flex: 1; display: flex; height: 18px; background: #eef1f4; min-width: 200px; }
    .nst-pair { flex: 1; display: flex; flex-direction: column; gap: 2px; }
    .nst-thin { height: 9px; }
    .nst-note { width: 280px; flex: none; font-size: 13px; }
    .nst-seg { display: inline-block; height: 100%; min-height: 9px; min-width: 9px; }
    .nst-legend .nst-seg { width: 12px; height: 12px; vertical-align: middle; margin-left: 10px; }
    .nst-done { background: #2e8b57; }
    .nst-open { background: #7fb3d5; }
    .nst-overdue { background: #c0392b; }
    .nst-plan { background: #b8c2cc; }
    .nst-fact { background: #1f7ab8; }
    .nst-group { font-weight: bold; margin: 12px 0 4px; }
    .nst-table td, .nst-table th { vertical-align: top; }
    .nst-num { text-align: right; }
    .nst-people { font-size: 12px; }
  </style>`;

const routePlugin = {
  id: 'nastavnik.dashboard.route',
  pluginPoint: 'cockpit.route',
  properties: { path: ROUTE, label: 'Наставничество' },
  render: async (node) => {
    node.innerHTML = `${STYLE}
      <div class="nst-scroll"><div class="nst-dashboard">
        <h2>Наставничество</h2>
        <div class="nst-filters">
          <label>Муниципалитет: <select class="nst-municipality"></select></label>
          <label>Организация: <select class="nst-organization"><option value="">Все организации</option></select></label>
          <label>Год: <select class="nst-year"><option value="">Все годы</option></select></label>
        </div>
        <div class="nst-body">Загрузка…</div>
      </div></div>`;
    const municipality = node.querySelector('.nst-municipality');
    const organization = node.querySelector('.nst-organization');
    const year = node.querySelector('.nst-year');
    const body = node.querySelector('.nst-body');
    const show = async () => {
      try {
        render(node, await load(municipality.value, organization.value, year.value));
        await showMonitoring(node, municipality.value);
      } catch (e) {
        body.innerHTML = `<p class="nst-error">${escapeHtml(e.message)}</p>`;
      }
      refreshHeader();
    };
    try {
      const response = await fetch('/api/dashboard/municipalities', { credentials: 'same-origin' });
      const municipalities = response.ok ? await response.json() : [];
      if (!municipalities.length) {
        body.innerHTML = '<p class="nst-error">Нет муниципалитетов, доступных вам для просмотра.</p>';
        return;
      }
      municipality.innerHTML = municipalities.map(m => `<option value="${m.id}">${escapeHtml(m.name)}</option>`).join('');
      municipality.addEventListener('change', () => {
        // Another municipality has other organizations: start from all of them.
        organization.value = '';
        show();
      });
      organization.addEventListener('change', show);
      year.addEventListener('change', show);
      await show();
    } catch (e) {
      body.innerHTML = `<p class="nst-error">${escapeHtml(e.message)}</p>`;
    }
  }
};

const navigationPlugin = {
  id: 'nastavnik.dashboard.navigation',
  pluginPoint: 'cockpit.navigation',
  // First in the header, before «Процессы» (100).
  priority: 200,
  properties: { path: ROUTE },
  render: (node) => {
    node.innerHTML = 'Наставничество';
  }
};

export default [routePlugin, navigationPlugin];
