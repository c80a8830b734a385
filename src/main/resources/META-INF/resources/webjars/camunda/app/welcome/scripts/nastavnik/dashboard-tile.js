// «Наставник»: on the Welcome page, a tile that opens the «Наставничество» view of Cockpit, shown to
// those the view is for: whoever may use Cockpit (coordinators and the education department of a
// municipality, administrators; see ru.nastavnik.identity.CamundaAccounts).

const COCKPIT_VIEW = '../../cockpit/default/#/nastavnik';

const tilePlugin = {
  id: 'nastavnik.dashboard.tile',
  pluginPoint: 'welcome.dashboard',
  priority: 100,
  render: async (node) => {
    let apps = [];
    try {
      const adminApi = document.querySelector('base').getAttribute('admin-api');
      const response = await fetch(`${adminApi}auth/user/default`, { credentials: 'same-origin' });
      apps = response.ok ? (await response.json()).authorizedApps || [] : [];
    } catch (e) {
      apps = [];
    }
    if (!apps.includes('cockpit')) {
      return;
    }
    node.innerHTML = `
      <section class="col-xs-12 nst-welcome-tile">
        <div class="inner">
          <h3 class="section-title">Наставничество</h3>
          <p><a id="nst-dashboard-link" href="${COCKPIT_VIEW}">Наставничество в муниципалитете</a></p>
          <p class="text-muted">Охват молодых специалистов, пары, дорожные карты, просроченные мероприятия и ежегодный мониторинг.</p>
        </div>
      </section>`;
  }
};

export default [tilePlugin];
