// «Наставник»: the Welcome page speaks Russian whatever the browser's language.
export default {
  app: {
    name: 'Наставник',
    vendor: 'Camunda'
  },
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  links: [
    {
      label: 'Описание REST API «Наставника»',
      href: '/swagger-ui.html',
      description: 'Организации, участники, согласия и реестры'
    }
  ],
  disableWelcomeMessage: true
};
