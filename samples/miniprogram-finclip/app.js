// FinClip: the cloud plugin is registered as FinClip's cloud page shows, then initialised.
ft.loadExtApi({
  name: 'cloud',
  fun: requirePlugin('cloud')
})
ft.cloud.init({
  env: 'minishop',
})
App({})
