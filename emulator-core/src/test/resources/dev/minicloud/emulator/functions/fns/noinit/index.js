const cloud = require('wx-server-sdk');

exports.main = async () => {
  const outcome = {};
  try {
    cloud.database();
    outcome.database = 'no error';
  } catch (e) {
    outcome.database = { errCode: e.errCode, errMsg: e.errMsg };
  }
  outcome.context = cloud.getWXContext();
  outcome.version = cloud.version;
  outcome.dynamic = typeof cloud.DYNAMIC_CURRENT_ENV;
  return outcome;
};
