// Node's `http2`: the module and its constants exist, so libraries that load it (got through http2-wrapper) load,
// but nothing connects or listens. HTTP/2 requests are not routed to the environment's stubs; http and https are.
(function (exports, require, module, host, name) {
  var refuse = function (what) {
    return function () {
      var e = new Error("MiniCloud: http2." + what + " is not available: functions reach the environment's HTTP "
        + 'stubs over http and https only (got: leave the http2 option off).');
      e.code = 'ERR_MINICLOUD_OFFLINE';
      throw e;
    };
  };
  var constants = {
    NGHTTP2_NO_ERROR: 0, NGHTTP2_PROTOCOL_ERROR: 1, NGHTTP2_INTERNAL_ERROR: 2, NGHTTP2_FLOW_CONTROL_ERROR: 3,
    NGHTTP2_SETTINGS_TIMEOUT: 4, NGHTTP2_STREAM_CLOSED: 5, NGHTTP2_FRAME_SIZE_ERROR: 6, NGHTTP2_REFUSED_STREAM: 7,
    NGHTTP2_CANCEL: 8, NGHTTP2_COMPRESSION_ERROR: 9, NGHTTP2_CONNECT_ERROR: 10, NGHTTP2_ENHANCE_YOUR_CALM: 11,
    NGHTTP2_INADEQUATE_SECURITY: 12, NGHTTP2_HTTP_1_1_REQUIRED: 13, NGHTTP2_DEFAULT_WEIGHT: 16,
    HTTP2_HEADER_STATUS: ':status', HTTP2_HEADER_METHOD: ':method', HTTP2_HEADER_AUTHORITY: ':authority',
    HTTP2_HEADER_SCHEME: ':scheme', HTTP2_HEADER_PATH: ':path', HTTP2_HEADER_PROTOCOL: ':protocol',
    HTTP2_HEADER_ACCEPT_ENCODING: 'accept-encoding', HTTP2_HEADER_CONTENT_ENCODING: 'content-encoding',
    HTTP2_HEADER_CONTENT_LENGTH: 'content-length', HTTP2_HEADER_CONTENT_TYPE: 'content-type',
    HTTP2_HEADER_HOST: 'host', HTTP2_HEADER_CONNECTION: 'connection', HTTP2_HEADER_UPGRADE: 'upgrade',
    HTTP2_HEADER_KEEP_ALIVE: 'keep-alive', HTTP2_HEADER_PROXY_CONNECTION: 'proxy-connection',
    HTTP2_HEADER_TRANSFER_ENCODING: 'transfer-encoding', HTTP2_HEADER_TE: 'te', HTTP2_HEADER_COOKIE: 'cookie',
    HTTP2_HEADER_SET_COOKIE: 'set-cookie', HTTP2_HEADER_USER_AGENT: 'user-agent',
    HTTP2_METHOD_CONNECT: 'CONNECT', HTTP2_METHOD_DELETE: 'DELETE', HTTP2_METHOD_GET: 'GET',
    HTTP2_METHOD_HEAD: 'HEAD', HTTP2_METHOD_OPTIONS: 'OPTIONS', HTTP2_METHOD_PATCH: 'PATCH', HTTP2_METHOD_POST: 'POST',
    HTTP2_METHOD_PUT: 'PUT', HTTP_STATUS_OK: 200, HTTP_STATUS_NO_CONTENT: 204, HTTP_STATUS_NOT_FOUND: 404
  };
  var unavailableClass = function (what) {
    return function () { refuse(what)(); };
  };
  exports.constants = constants;
  exports.connect = refuse('connect');
  exports.createServer = refuse('createServer');
  exports.createSecureServer = refuse('createSecureServer');
  exports.getDefaultSettings = function () {
    return { headerTableSize: 4096, enablePush: true, initialWindowSize: 65535, maxFrameSize: 16384,
      maxConcurrentStreams: 4294967295, maxHeaderListSize: 65535, maxHeaderSize: 65535, enableConnectProtocol: false };
  };
  exports.getPackedSettings = function () { return Buffer.alloc(0); };
  exports.getUnpackedSettings = function () { return {}; };
  exports.sensitiveHeaders = Symbol('nodejs.http2.sensitiveHeaders');
  exports.Http2ServerRequest = unavailableClass('Http2ServerRequest');
  exports.Http2ServerResponse = unavailableClass('Http2ServerResponse');
  exports.ClientHttp2Session = unavailableClass('ClientHttp2Session');
})
