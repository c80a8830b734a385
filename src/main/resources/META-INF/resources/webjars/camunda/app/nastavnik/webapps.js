// «Наставник»: Russian for what the Camunda 7.24 webapps write in English without a locale key
// (hard-coded in their templates), loaded by Welcome, Tasklist, Cockpit and Admin (customScripts of
// their config.js). Everything with a locale key is translated in the apps' locales/ru.json instead.

/** How the apps are called everywhere: the header of each app (its config.js), the Welcome tiles, the app switch. */
const APP_NAMES = {
  welcome: 'Начальная страница',
  tasklist: 'Задачи',
  cockpit: 'Мониторинг процессов',
  admin: 'Администрирование'
};

/** Whole texts of template elements Camunda did not give a locale key. */
const EXACT = {
  'Actions': 'Действия',
  'Upload': 'Загрузить',
  'Download': 'Скачать',
  'Select all': 'Выбрать все',
  'Unselect all': 'Снять выбор',
  'Loading diagram': 'Загрузка диаграммы',
  'Message is null.': 'Сообщение отсутствует.',
  '<undefined>': '<не задано>'
};

/**
 * Tasklist and Cockpit prefix the error of a piece of data they failed to load with its internal name:
 * «<task> <- Запрошенный объект не найден…» (sometimes escaped twice). The message itself is ours.
 */
const DATA_ERROR_PREFIX = /^(?:<|&lt;)[A-Za-z]+(?:>|&gt;) (?:<|&lt;)- /;

const ENGLISH_APP_NAMES = { Welcome: 'welcome', Tasklist: 'tasklist', Cockpit: 'cockpit', Admin: 'admin' };

/** The footer names the browser's time zone by its identifier («Asia/Yekaterinburg»): say it in Russian. */
function russianTimeZone(zone) {
  try {
    const name = new Intl.DateTimeFormat('ru-RU', { timeZone: zone, timeZoneName: 'long' }).formatToParts(new Date())
      .find(part => part.type === 'timeZoneName');
    return name && !/[A-Za-z]{2}/.test(name.value) ? name.value : null;
  } catch (e) {
    return null;
  }
}

function translated(node) {
  const text = node.nodeValue || '';
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parent = node.parentElement;
  if (!parent) return null;
  // The header's menu of the other apps names them in English, without a locale key.
  if (ENGLISH_APP_NAMES[trimmed] && parent.closest('.app-switch')) {
    return text.replace(trimmed, APP_NAMES[ENGLISH_APP_NAMES[trimmed]]);
  }
  if (parent.closest('#footer-timezone')) {
    const russian = russianTimeZone(trimmed);
    if (russian) {
      parent.title = trimmed;
      return text.replace(trimmed, russian);
    }
    return null;
  }
  // An absent value (tenant, parent process instance, job due date): Cockpit writes «null».
  if (trimmed === 'null' && parent.closest('.null-value')) {
    return text.replace(trimmed, '—');
  }
  if (DATA_ERROR_PREFIX.test(trimmed)) {
    return text.replace(trimmed, trimmed.replace(DATA_ERROR_PREFIX, ''));
  }
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  return null;
}

function walk(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const russian = translated(node);
    if (russian !== null && russian !== node.nodeValue) {
      node.nodeValue = russian;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    walk(child);
  }
}

function start() {
  walk(document.body);
  new MutationObserver(mutations => mutations.forEach(mutation => {
    if (mutation.type === 'characterData') {
      walk(mutation.target);
    } else {
      mutation.addedNodes.forEach(walk);
    }
  })).observe(document.body, { childList: true, subtree: true, characterData: true });
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}

export default [];
