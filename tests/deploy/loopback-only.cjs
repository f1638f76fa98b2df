// Preloaded (node --require) into the server processes these tests start: any TCP connection to an address
// other than loopback fails at once, before a DNS look-up or a packet leaves the machine, and is reported on
// stderr as "blocked connection to <host>:<port>", so a test can see what the server tried to reach.
const net = require('node:net');

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(\.\d{1,3}){3})$/i;
const original = net.Socket.prototype.connect;

net.Socket.prototype.connect = function connect(...args) {
  const [options] = net._normalizeArgs(args);
  if (options && !options.path) {
    const host = options.host ?? 'localhost';
    if (!LOOPBACK.test(host)) {
      process.stderr.write(`blocked connection to ${host}:${options.port}\n`);
      const error = Object.assign(new Error(`connect ECONNREFUSED ${host} (blocked by the test)`), {
        code: 'ECONNREFUSED',
      });
      process.nextTick(() => this.destroy(error));
      return this;
    }
  }
  return original.apply(this, args);
};
