// Classic script, first on every script-tag page: records what throws while the bundles load.
window.loadErrors = [];
window.addEventListener('error', (e) => { window.loadErrors.push(String(e.message)); });
