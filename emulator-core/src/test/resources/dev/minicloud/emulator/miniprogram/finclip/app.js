// Exactly as FinClip's cloud page shows it.
ft.loadExtApi({
  name: 'cloud',
  fun: requirePlugin('cloud')
})
ft.cloud.init({
  env: 'test-111',
  appid: 'xxx',
  secret: 'xxx',
})
App({})
