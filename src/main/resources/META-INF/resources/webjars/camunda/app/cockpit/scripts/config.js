// «Наставник»: Cockpit speaks Russian whatever the browser's language (no language switch exists).
export default {
  // The header reads «Наставник — Мониторинг процессов» (vendor and name); every app names the others the same way
  // (see ../../nastavnik/webapps.js).
  app: {
    name: 'Мониторинг процессов',
    vendor: 'Наставник —'
  },
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  disableWelcomeMessage: true,
  // The «Наставничество» dashboard: a Cockpit plugin (route and navigation entry, the page after login);
  // readable names of process instances beside their business keys; Russian for the few words Camunda
  // writes in English without a locale key (shared by all four apps).
  customScripts: ['scripts/nastavnik/dashboard.js', 'scripts/nastavnik/process-titles.js', '../nastavnik/webapps.js']
};
