// 83_os.js: Node's `os` module, loaded on first use, over node/OsOps.java (which reads /proc and
// /etc/passwd). What Deno guards with the `sys` permission is guarded here too, with Deno's names
// (hostname, osRelease, osUptime, loadavg, networkInterfaces, systemMemoryInfo, cpus, userInfo,
// homedir); platform, arch, EOL, endianness, tmpdir and the constants need none.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const { ObjectFreeze, ArrayPrototypePush, StringPrototypeSlice } = internal.primordials;
  const ops = host.os;
  const info = host.processInfo();
  const sys = (name) => internal.checkPermission('sys', name);

  const signals = {
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
    SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
    SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
    SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
    SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  };
  const errno = {
    E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
    EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103,
    ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122,
    EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115,
    EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31,
    EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101,
    ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37,
    ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
    ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25,
    ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
    EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
    ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
  };
  const priority = {
    PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
  };
  const nullProto = (object) => ObjectFreeze({ __proto__: null, ...object });
  const constants = ObjectFreeze({
    __proto__: null, UV_UDP_REUSEADDR: 4, dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
    errno: nullProto(errno), signals: nullProto(signals), priority: nullProto(priority),
  });
  internal.signals = signals;

  function tmpdir() {
    let dir;
    for (const name of ['TMPDIR', 'TMP', 'TEMP']) {
      try {
        dir = internal.process.env[name];
      } catch {
        dir = undefined; // no env permission: the default
      }
      if (dir) break;
    }
    if (!dir) dir = '/tmp';
    if (dir.length > 1 && dir[dir.length - 1] === '/') dir = StringPrototypeSlice(dir, 0, -1);
    return dir;
  }

  const os = {
    arch: () => info.arch,
    availableParallelism: () => ops.availableParallelism(),
    cpus() {
      sys('cpus');
      const flat = ops.cpus();
      const cpus = [];
      for (let i = 0; i + 6 < flat.length; i += 7) {
        ArrayPrototypePush(cpus, {
          model: flat[i], speed: flat[i + 1],
          times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
        });
      }
      return cpus;
    },
    endianness: () => 'LE',
    freemem() {
      sys('systemMemoryInfo');
      return ops.memory()[1];
    },
    getPriority() {
      sys('getPriority');
      return 0;
    },
    homedir() {
      sys('homedir');
      return ops.homedir();
    },
    hostname() {
      sys('hostname');
      return ops.hostname();
    },
    loadavg() {
      sys('loadavg');
      const l = ops.loadavg();
      return [l[0], l[1], l[2]];
    },
    networkInterfaces() {
      sys('networkInterfaces');
      const flat = ops.networkInterfaces();
      const out = {};
      for (let i = 0; i + 7 < flat.length; i += 8) {
        const entry = {
          address: flat[i + 1], netmask: flat[i + 2], family: flat[i + 3], mac: flat[i + 4],
          internal: flat[i + 5], cidr: flat[i + 6],
        };
        if (flat[i + 3] === 'IPv6') entry.scopeid = flat[i + 7];
        ArrayPrototypePush(out[flat[i]] ??= [], entry);
      }
      return out;
    },
    platform: () => info.platform,
    release() {
      sys('osRelease');
      return ops.release();
    },
    setPriority() {
      sys('setPriority');
    },
    tmpdir,
    totalmem() {
      sys('systemMemoryInfo');
      return ops.memory()[0];
    },
    type: () => 'Linux',
    userInfo(options) {
      sys('userInfo');
      const u = ops.userInfo();
      const encode = (s) => (options && options.encoding === 'buffer' ? internal.load('81_buffer.js').Buffer.from(s) : s);
      return { __proto__: null, uid: u[0], gid: u[1], username: encode(u[2]), homedir: encode(u[3]), shell: encode(u[4]) };
    },
    uptime() {
      sys('osUptime');
      return ops.uptime();
    },
    version() {
      sys('osRelease');
      return ops.version();
    },
    machine: () => ops.machine(),
    constants,
    EOL: '\n',
    devNull: '/dev/null',
  };
  return os;
})
