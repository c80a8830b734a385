// «Наставник»: Admin speaks Russian whatever the browser's language (no language switch exists).
export default {
  // The header reads «Наставник — Администрирование» (vendor and name); every app names the others the same way
  // (see ../../nastavnik/webapps.js).
  app: {
    name: 'Администрирование',
    vendor: 'Наставник —'
  },
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  // Russian for the few words Camunda writes in English without a locale key (shared by all four apps).
  customScripts: ['../nastavnik/webapps.js']
};
