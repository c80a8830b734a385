// «Наставник»: Admin speaks Russian whatever the browser's language (no language switch exists).
export default {
  app: {
    name: 'Admin',
    vendor: 'Наставник'
  },
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  }
};
