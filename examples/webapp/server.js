// The example's server: a placeholder the Dockerfile starts.
require('node:http')
  .createServer((_req, res) => res.end('ok'))
  .listen(8080)
