// «Наставник», кабинет: plain JavaScript without a build. Pages work as forms without it; the script
// adds what needs the webapps' REST: the login (the same as Tasklist's), the logout, and the actions
// served by /api (invitations, password reset, import of staff, the calendar link).
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

  function api(method, url, body) {
    var headers = { 'X-XSRF-TOKEN': token(), 'Accept': 'application/json' };
    var payload = body;
    if (body && !(body instanceof FormData) && typeof body !== 'string') {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return fetch(url, { method: method, headers: headers, body: payload, credentials: 'same-origin' });
  }

  function absent(response) {
    return response.status === 404 || response.status === 405;
  }

  var NOT_YET = 'Эта функция ещё не подключена на сервере (нет адреса ';

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

  // --- invitations and password reset (POST /api/people/{id}/invitation, /api/password-reset) --

  document.querySelectorAll('[data-invite]').forEach(function (button) {
    button.addEventListener('click', function () {
      var out = document.getElementById(button.getAttribute('aria-controls'));
      var url = '/api/people/' + button.getAttribute('data-invite') + '/invitation';
      button.disabled = true;
      api('POST', url).then(function (response) {
        if (response.ok) {
          return response.json().then(function (answer) {
            out.hidden = false;
            out.className = 'alert alert-success';
            out.setAttribute('role', 'status');
            out.textContent = '';
            var text = document.createElement('p');
            text.textContent = 'Приглашение создано. Передайте ссылку сотруднику; она действует до '
              + new Date(answer.expiresAt).toLocaleString('ru-RU') + '.';
            var link = document.createElement('input');
            link.type = 'text';
            link.readOnly = true;
            link.value = answer.url;
            link.className = 'invitation-url';
            link.setAttribute('aria-label', 'Ссылка-приглашение');
            out.appendChild(text);
            out.appendChild(link);
            link.focus();
            link.select();
          });
        }
        if (absent(response)) {
          show(out, NOT_YET + url + ').', 'error');
          return;
        }
        return problemText(response, 'Приглашение не создано (код ' + response.status + ').')
          .then(function (t) { show(out, t, 'error'); });
      }).finally(function () { button.disabled = false; });
    });
  });

  document.querySelectorAll('[data-invite-all]').forEach(function (button) {
    button.addEventListener('click', function () {
      var out = document.getElementById(button.getAttribute('aria-controls'));
      var url = '/api/people/invitations';
      api('POST', url, { organizationId: Number(button.getAttribute('data-invite-all')) }).then(function (response) {
        if (response.ok) {
          return response.json().then(function (answer) {
            var count = Array.isArray(answer) ? answer.length : (answer.invitations || answer.created || []).length;
            show(out, 'Приглашения созданы' + (count ? ': ' + count : '') + '. Ссылки отправлены на адреса сотрудников.', 'success');
          });
        }
        if (absent(response)) return show(out, NOT_YET + url + ').', 'error');
        return problemText(response, 'Приглашения не созданы (код ' + response.status + ').')
          .then(function (t) { show(out, t, 'error'); });
      });
    });
  });

  document.querySelectorAll('[data-reset-password]').forEach(function (button) {
    button.addEventListener('click', function () {
      var out = document.getElementById(button.getAttribute('aria-controls'));
      var url = '/api/password-reset';
      api('POST', url, { login: button.getAttribute('data-reset-password') }).then(function (response) {
        if (response.ok) {
          return show(out, 'Ссылка для смены пароля отправлена на адрес электронной почты сотрудника.', 'success');
        }
        if (absent(response)) return show(out, NOT_YET + url + ').', 'error');
        return problemText(response, 'Сброс пароля не выполнен (код ' + response.status + ').')
          .then(function (t) { show(out, t, 'error'); });
      });
    });
  });

  // --- import of staff (POST /api/people/import) -------------------------------------------------

  var importForm = document.getElementById('import-form');
  if (importForm) {
    importForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var out = document.getElementById('import-result');
      var data = new FormData();
      if (!importForm.file.files.length) {
        show(out, 'Выберите файл со списком сотрудников.', 'error');
        return;
      }
      data.append('file', importForm.file.files[0]);
      data.append('organizationId', importForm.organizationId.value);
      data.append('dryRun', importForm.dryRun.checked ? 'true' : 'false');
      var url = '/api/people/import';
      api('POST', url, data).then(function (response) {
        if (!response.ok) {
          if (absent(response)) return show(out, NOT_YET + url + ').', 'error');
          return problemText(response, 'Файл не принят (код ' + response.status + ').')
            .then(function (t) { show(out, t, 'error'); });
        }
        return response.json().then(function (answer) {
          out.hidden = false;
          out.className = 'alert alert-' + (answer.errors ? 'error' : 'success');
          out.textContent = (importForm.dryRun.checked ? 'Проверка без сохранения. ' : 'Импорт выполнен. ')
            + 'Добавлено: ' + answer.created + ', изменено: ' + answer.updated + ', без изменений: ' + answer.unchanged
            + ', строк с ошибками: ' + answer.errors + '.';
          var table = document.getElementById('import-rows');
          var body = table.querySelector('tbody');
          body.textContent = '';
          (answer.rows || []).forEach(function (row) {
            var tr = document.createElement('tr');
            [row.row, row.status, (row.errors || []).join('; '), row.login || ''].forEach(function (value) {
              var td = document.createElement('td');
              td.textContent = value == null ? '' : String(value);
              tr.appendChild(td);
            });
            body.appendChild(tr);
          });
          table.hidden = false;
        });
      });
    });
  }

  // --- the personal calendar link (GET /api/calendar/me) -----------------------------------------

  document.querySelectorAll('[data-calendar-link]').forEach(function (holder) {
    fetch('/api/calendar/me', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (!answer || !answer.url) return;
        var link = document.createElement('a');
        link.href = answer.url;
        link.textContent = 'Подписаться на календарь встреч';
        holder.appendChild(link);
        holder.hidden = false;
      }).catch(function () {});
  });

})();
