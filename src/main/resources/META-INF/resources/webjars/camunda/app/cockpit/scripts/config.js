// «Наставник»: Cockpit speaks Russian whatever the browser's language (no language switch exists).
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Наставник'
  },
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  disableWelcomeMessage: true,
  // The «Наставничество» dashboard: a Cockpit plugin (route and navigation entry).
  customScripts: ['scripts/nastavnik/dashboard.js']
};
