// «Наставник»: Tasklist speaks Russian whatever the browser's language (the webapps have no
// language switch; add 'en' to availableLocales to let English browsers get English).
export default {
  app: {
    name: '— задачи',
    vendor: 'Наставник'
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
  // Russian validation messages for Camunda Forms (see the script for why).
  customScripts: ['scripts/nastavnik/russian-forms.js'],
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
