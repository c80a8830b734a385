// «Наставник»: the Welcome page speaks Russian whatever the browser's language.
export default {
  // The header reads «Наставник — Начальная страница» (vendor and name); every app names the others the same way
  // (see ../../nastavnik/webapps.js).
  app: {
    name: 'Начальная страница',
    vendor: 'Наставник —'
  },
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  links: [
    {
      label: 'Программный интерфейс «Наставника»',
      href: '/swagger-ui.html',
      description: 'Описание для разработчиков: организации, участники, согласия и реестры'
    }
  ],
  disableWelcomeMessage: true,
  // Russian for the few words Camunda writes in English without a locale key (shared by all four apps),
  // and the «Наставничество» tile for those who may open it.
  customScripts: ['../nastavnik/webapps.js', 'scripts/nastavnik/dashboard-tile.js', 'scripts/nastavnik/workspace-tile.js']
};
