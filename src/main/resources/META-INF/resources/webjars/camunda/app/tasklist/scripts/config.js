// «Наставник»: Tasklist speaks Russian whatever the browser's language (the webapps have no
// language switch; add 'en' to availableLocales to let English browsers get English).
export default {
  app: {
    name: 'Наставник',
    vendor: 'Tasklist'
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
