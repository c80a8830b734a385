// «Наставник»: Camunda Forms (form-js) write their browser-side validation messages in English
// only. This script translates them in place; the server validates again in any case.
(function () {
  var exact = {
    'Field is required.': 'Обязательное поле.',
    'Field must be a valid email.': 'Укажите корректный адрес электронной почты.',
    'Field must be a valid URL.': 'Укажите корректную ссылку.',
    'Search': 'Поиск',
    'No results': 'Ничего не найдено',
    'Select': 'Выберите',
    'Date': 'Дата',
    'Time': 'Время',
    'Date of birth': 'Дата рождения'
  };
  var patterns = [
    [/^Field must have minimum length of (\d+)\.$/, 'Не короче $1 символов.'],
    [/^Field must have maximum length of (\d+)\.$/, 'Не длиннее $1 символов.'],
    [/^Field must have minimum value of (.+)\.$/, 'Значение не меньше $1.'],
    [/^Field must have maximum value of (.+)\.$/, 'Значение не больше $1.'],
    [/^Field must match pattern (.+)\.$/, 'Значение не соответствует шаблону $1.'],
    [/^Field must be a valid\s+international phone number.*$/, 'Укажите номер телефона в международном формате, например +74951234567.']
  ];

  function translate(text) {
    var trimmed = text.trim();
    if (exact.hasOwnProperty(trimmed)) {
      return text.replace(trimmed, exact[trimmed]);
    }
    for (var i = 0; i < patterns.length; i++) {
      if (patterns[i][0].test(trimmed)) {
        return text.replace(trimmed, trimmed.replace(patterns[i][0], patterns[i][1]));
      }
    }
    return null;
  }

  function walk(node) {
    if (node.nodeType === 3) {
      var translated = translate(node.nodeValue || '');
      if (translated !== null && translated !== node.nodeValue) {
        node.nodeValue = translated;
      }
      return;
    }
    if (node.nodeType !== 1) {
      return;
    }
    if (node.placeholder) {
      var placeholder = translate(node.placeholder);
      if (placeholder !== null) node.placeholder = placeholder;
    }
    for (var child = node.firstChild; child; child = child.nextSibling) {
      walk(child);
    }
  }

  function start() {
    walk(document.body);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        if (mutation.type === 'characterData') {
          walk(mutation.target);
        }
        mutation.addedNodes.forEach(walk);
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
