// «Наставник»: on the Welcome page, a tile «Кабинет наставничества» that opens the workspace at
// /nastavnik/ for every logged-in user (the same session: no second login). The workspace itself
// shows each role its own pages.

const workspaceTile = {
  id: 'nastavnik.workspace.tile',
  pluginPoint: 'welcome.dashboard',
  priority: 110,
  render: (node) => {
    node.innerHTML = `
      <section class="col-xs-12 nst-welcome-tile">
        <div class="inner">
          <h3 class="section-title">Кабинет наставничества</h3>
          <p><a id="nst-workspace-link" href="/nastavnik/">Открыть кабинет наставничества</a></p>
          <p class="text-muted">Панель школы, банки наставников и наставляемых, пары и программы, согласия; наставнику и наставляемому — своя пара и программа.</p>
        </div>
      </section>`;
  }
};

export default [workspaceTile];
