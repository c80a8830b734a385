// «Наставник», кабинет: plain JavaScript without a build. Pages work as forms without it; the script
// only does what needs the webapps' REST: the login (the same as Tasklist's) and the logout.
(function () {
  'use strict';

  function token() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function show(element, text, kind) {
    if (!element) return;
    element.textContent = text;
    element.hidden = false;
    element.className = 'alert alert-' + (kind || 'info');
    element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    element.focus && element.setAttribute('tabindex', '-1');
  }

  /** The Russian text of a problem answer (application/problem+json), or a fallback. */
  function problemText(response, fallback) {
    return response.text().then(function (body) {
      try {
        var problem = JSON.parse(body);
        var details = (problem.errors || []).map(function (e) { return e.message; }).join('; ');
        return problem.detail ? problem.detail + (details && problem.detail.indexOf(details) < 0 ? ' ' + details : '') : (details || fallback);
      } catch (e) {
        return fallback;
      }
    });
  }

  // --- login and logout ------------------------------------------------------------------------

  var login = document.getElementById('login-form');
  if (login) {
    login.addEventListener('submit', function (event) {
      event.preventDefault();
      var error = document.getElementById('login-error');
      var data = new URLSearchParams();
      data.set('username', login.username.value.trim());
      data.set('password', login.password.value);
      if (!data.get('username') || !data.get('password')) {
        show(error, 'Укажите логин и пароль.', 'error');
        return;
      }
      fetch('/camunda/api/admin/auth/user/default/login/welcome', {
        method: 'POST', credentials: 'same-origin', body: data,
        headers: { 'X-XSRF-TOKEN': token(), 'Content-Type': 'application/x-www-form-urlencoded' }
      }).then(function (response) {
        if (response.ok) {
          window.location.assign(login.getAttribute('data-next') || '/nastavnik/');
        } else if (response.status === 401 || response.status === 403 && response.headers.get('X-XSRF-TOKEN') === null) {
          show(error, response.status === 401 ? 'Неверный логин или пароль.' : 'Вход для этой учётной записи запрещён.', 'error');
          login.password.value = '';
          login.password.focus();
        } else {
          problemText(response, 'Вход не выполнен (код ' + response.status + '). Обновите страницу и повторите.')
            .then(function (text) { show(error, text, 'error'); });
        }
      }, function () {
        show(error, 'Сервер недоступен. Проверьте соединение и повторите.', 'error');
      });
    });
  }

  document.querySelectorAll('[data-logout]').forEach(function (button) {
    button.addEventListener('click', function () {
      fetch('/camunda/api/admin/auth/user/default/logout', {
        method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': token() }
      }).finally(function () { window.location.assign('/nastavnik/login'); });
    });
  });

})();
