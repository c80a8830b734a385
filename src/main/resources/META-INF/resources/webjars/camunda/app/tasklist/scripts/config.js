// «Наставник»: Tasklist speaks Russian whatever the browser's language (the webapps have no
// language switch; add 'en' to availableLocales to let English browsers get English).
export default {
  // The header reads «Наставник — Задачи» (vendor and name); every app names the others the same way
  // (see ../../nastavnik/webapps.js).
  app: {
    name: 'Задачи',
    vendor: 'Наставник —'
  },
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  disableWelcomeMessage: true,
  // Russian validation messages for Camunda Forms (see the script for why); Russian for the few words
  // Camunda writes in English without a locale key (shared by all four apps).
  customScripts: ['scripts/nastavnik/russian-forms.js', '../nastavnik/webapps.js'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'взять выбранную задачу в работу'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'перейти к первому фильтру'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'перейти к первой задаче в списке'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'перейти к первому полю формы задачи'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'открыть окно запуска процесса'
    }
  }
};
