const cloud = require('wx-server-sdk');
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

exports.main = async (event, context) => ({
  wxContext: cloud.getWXContext(),
  userInfo: event.userInfo ?? null,
  context: {
    function_name: context.function_name,
    namespace: context.namespace,
    time_limit_in_ms: context.time_limit_in_ms,
    has_request_id: typeof context.request_id === 'string' && context.request_id.length > 0,
  },
  env: { tz: process.env.TZ ?? null, greeting: process.env.GREETING ?? null, fn: process.env.SCF_FUNCTIONNAME },
});
