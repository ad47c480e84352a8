// 82_fs.js: Node's `fs` and `fs/promises`, loaded on first use. Each operation comes in the
// three forms Node has: synchronous (runs on the loop thread), callback and promise (the work runs
// on a virtual thread, node/FsOps.java, and comes back through a PendingOp as its own task).
// Arguments are checked as Node checks them, then the `read` or `write` permission is checked
// with the absolute path before anything happens. Failures become Node's errors: `code`
// (ENOENT...), negative `errno` as on Linux, `syscall`, `path`, `dest`, and the message
// "ENOENT: no such file or directory, open '/x'". Open files are numbered descriptors kept by
// FsOps; FileHandle (fs/promises) wraps one. fs.watch reports through a PendingOp (Java
// WatchService). The streams (createReadStream...) are in 78_fs_streams.js, which node:fs loads
// on first use. Not here yet: watchFile, cp's filter.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    Error: ErrorCtor, TypeError, Date, ArrayBufferIsView, PromiseWithResolvers, ObjectDefineProperty, StringPrototypeIncludes, StringPrototypeSlice,
    ArrayPrototypePush, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset,
    TypedArrayPrototypeGetSymbolToStringTag,
    TypedArrayPrototypeSubarray, Symbol, SafeMap, ReflectApply, ArrayPrototypeSlice, RangeError,
    NumberIsNaN, Uint8Array: Uint8ArrayCtor, PromisePrototypeThen, NumberParseInt, ArrayPrototypePop, ArrayPrototypeShift,
  } = internal.primordials;
  const { makeCodedError, invalidArgType, validateFunction, validateInteger } = internal.errors;
  const ops = host.fs;
  const path = internal.load('80_path.js').posix;
  const { Buffer } = internal.load('81_buffer.js');
  const FastBuffer = internal.FastBuffer;

  // --- errors -----------------------------------------------------------------------------------
  const ERRNO = {
    EPERM: [-1, 'operation not permitted'], ENOENT: [-2, 'no such file or directory'],
    EIO: [-5, 'i/o error'], EBADF: [-9, 'bad file descriptor'], EACCES: [-13, 'permission denied'],
    EBUSY: [-16, 'resource busy or locked'], EEXIST: [-17, 'file already exists'],
    EXDEV: [-18, 'cross-device link not permitted'], ENOTDIR: [-20, 'not a directory'],
    EISDIR: [-21, 'illegal operation on a directory'], EINVAL: [-22, 'invalid argument'],
    EMFILE: [-24, 'too many open files'], ETXTBSY: [-26, 'text file is busy'],
    ENOSPC: [-28, 'no space left on device'], EROFS: [-30, 'read-only file system'],
    ENAMETOOLONG: [-36, 'name too long'], ENOTEMPTY: [-39, 'directory not empty'],
    ELOOP: [-40, 'too many symbolic links encountered'],
  };
  internal.uvErrors = ERRNO;
  internal.systemCallError = (code, syscall, path, dest) => fsError(code, syscall, path, dest);
  /** Node's error for a failed system call (uvException). */
  function fsError(code, syscall, path, dest) {
    if (code === 'ERR_FS_CP_DIR' || code === 'ERR_FS_CP_EEXIST' || code === 'ERR_FS_CP_EINVAL') {
      const [nodeCode, errno, uv, message, detail, target] = code === 'ERR_FS_CP_DIR'
        ? ['ERR_FS_EISDIR', 22, 'EISDIR', 'Path is a directory', `${path} is a directory (not copied)`, path]
        : code === 'ERR_FS_CP_EEXIST'
          ? ['ERR_FS_CP_EEXIST', 17, 'EEXIST', 'Target already exists', `${dest} already exists`, dest]
          : ['ERR_FS_CP_EINVAL', 22, 'EINVAL', 'Invalid src or dest', `cannot copy ${path} to a subdirectory of self ${dest}`, dest];
      const error = makeCodedError(ErrorCtor, nodeCode, `${message}: cp returned ${uv} (${detail}) ${target}`);
      ObjectDefineProperty(error, 'name', { value: 'SystemError', writable: true, enumerable: false, configurable: true });
      error.info = { message: detail, path: target, syscall: 'cp', errno, code: uv };
      error.errno = errno;
      error.syscall = 'cp';
      error.path = target;
      return error;
    }
    if (code === 'ERR_FS_EISDIR') {
      const error = makeCodedError(ErrorCtor, 'ERR_FS_EISDIR',
        `Path is a directory: ${syscall} returned EISDIR (is a directory) ${path}`);
      ObjectDefineProperty(error, 'name', { value: 'SystemError', writable: true, enumerable: false, configurable: true });
      error.info = { code: 'EISDIR', message: 'is a directory', path, syscall, errno: 21 };
      error.errno = 21;
      error.syscall = syscall;
      error.path = path;
      return error;
    }
    const [errno, description] = ERRNO[code] ?? [-5, 'i/o error'];
    let message = `${code}: ${description}, ${syscall}`;
    if (path !== undefined) message += ` '${path}'`;
    if (dest !== undefined) message += ` -> '${dest}'`;
    const error = new ErrorCtor(message);
    error.errno = errno;
    error.code = code;
    error.syscall = syscall;
    if (path !== undefined) error.path = path;
    if (dest !== undefined) error.dest = dest;
    return error;
  }
  /** The result of a sync FsOps call, or its failure thrown as Node's error. */
  function sync(result, syscall, path, dest) {
    if (result === null) throw fsError(ops.takeError(), syscall, path, dest);
    return result;
  }
  function invalidArgValue(name, value, reason = 'is invalid') {
    return makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument '${name}' ${reason}. Received ${internal.inspect(value)}`);
  }

  /** An op's result as a promise: `map(value)` on success, Node's error on failure. */
  function promiseOf(op, map, syscall, path, dest) {
    const { promise, resolve, reject } = PromiseWithResolvers();
    internal.listenOp(op, (ok, value) => {
      if (ok) resolve(map === undefined ? undefined : map(value));
      else reject(fsError(value, syscall, path, dest));
    });
    return promise;
  }
  /** An op's result to a Node callback, called as its own task: `callback(error)` or `(null, result)`. */
  function callbackOf(op, callback, map, syscall, path, dest) {
    internal.listenOp(op, (ok, value) => {
      if (!ok) {
        callback(fsError(value, syscall, path, dest));
      } else if (map === undefined) {
        callback(null);
      } else {
        callback(null, map(value));
      }
    });
  }
  /** The callback (last argument) of a callback-style call, checked. */
  function takeCallback(args) {
    const callback = args.length < 2 ? undefined : args[args.length - 1];
    validateFunction(callback, 'cb');
    return callback;
  }

  // --- paths and permissions --------------------------------------------------------------------
  const isUint8Array = (value) => TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array';
  function pathString(value, name = 'path') {
    let result;
    if (typeof value === 'string') {
      result = value;
    } else if (isUint8Array(value)) {
      result = Buffer.from(value).toString();
    } else if (value !== null && typeof value === 'object' && typeof value.href === 'string' &&
        value.protocol !== undefined) {
      if (value.protocol !== 'file:') {
        throw makeCodedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
      }
      result = internal.load('60_url.js').fileURLToPath(value);
    } else {
      throw invalidArgType(name, 'of type string or an instance of Buffer or URL', value);
    }
    if (StringPrototypeIncludes(result, '\u0000')) {
      throw invalidArgValue(name, value, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return result;
  }
  /** The absolute path of `given`, once `kind` access to it is permitted. */
  function permitted(kind, given) {
    const absolute = path.resolve(given);
    internal.checkPermission(kind, absolute);
    return absolute;
  }

  // --- Stats and Dirent -------------------------------------------------------------------------
  const S_IFMT = 0o170000;
  const S_IFREG = 0o100000;
  const S_IFDIR = 0o040000;
  const S_IFCHR = 0o020000;
  const S_IFBLK = 0o060000;
  const S_IFIFO = 0o010000;
  const S_IFLNK = 0o120000;
  const S_IFSOCK = 0o140000;
  class StatsBase {
    isFile() { return (this.mode & S_IFMT) === S_IFREG; }
    isDirectory() { return (this.mode & S_IFMT) === S_IFDIR; }
    isSymbolicLink() { return (this.mode & S_IFMT) === S_IFLNK; }
    isBlockDevice() { return (this.mode & S_IFMT) === S_IFBLK; }
    isCharacterDevice() { return (this.mode & S_IFMT) === S_IFCHR; }
    isFIFO() { return (this.mode & S_IFMT) === S_IFIFO; }
    isSocket() { return (this.mode & S_IFMT) === S_IFSOCK; }
  }
  class Stats extends StatsBase {
    constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs,
      birthtimeMs) {
      super();
      this.dev = dev;
      this.mode = mode;
      this.nlink = nlink;
      this.uid = uid;
      this.gid = gid;
      this.rdev = rdev;
      this.blksize = blksize;
      this.ino = ino;
      this.size = size;
      this.blocks = blocks;
      this.atimeMs = atimeMs;
      this.mtimeMs = mtimeMs;
      this.ctimeMs = ctimeMs;
      this.birthtimeMs = birthtimeMs;
      this.atime = new Date(atimeMs);
      this.mtime = new Date(mtimeMs);
      this.ctime = new Date(ctimeMs);
      this.birthtime = new Date(birthtimeMs);
    }
  }
  function statsOf(a) {
    return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13]);
  }
  // Shared by every Context (see internal.sharedSymbol); Node shows it in an inspected Dirent.
  const kType = internal.sharedSymbol('type', true);
  class Dirent {
    constructor(name, type, parentPath) {
      this.name = name;
      this.parentPath = parentPath;
      this.path = parentPath;
      this[kType] = type;
    }
    isFile() { return this[kType] === 1; }
    isDirectory() { return this[kType] === 2; }
    isSymbolicLink() { return this[kType] === 3; }
    isBlockDevice() { return this[kType] === 7; }
    isCharacterDevice() { return this[kType] === 6; }
    isFIFO() { return this[kType] === 4; }
    isSocket() { return this[kType] === 5; }
  }

  // --- options ----------------------------------------------------------------------------------
  function optionsOf(options, defaults) {
    if (options === undefined || options === null || typeof options === 'function') return defaults;
    if (typeof options === 'string') return { ...defaults, encoding: options };
    if (typeof options !== 'object') throw invalidArgType('options', 'one of type string or object', options);
    return { ...defaults, ...options };
  }
  function checkEncoding(encoding) {
    if (encoding !== undefined && encoding !== null && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw invalidArgValue('encoding', encoding, 'is invalid encoding');
    }
  }
  const isUtf8 = (encoding) => encoding === 'utf8' || encoding === 'utf-8';
  const O = {
    O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 0o100, O_EXCL: 0o200, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
    O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000, O_SYNC: 0o4010000,
    O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000,
  };
  const FLAGS = new SafeMap([['r', 'r'], ['rs', 'r'], ['sr', 'r'], ['r+', 'r+'], ['rs+', 'r+'], ['sr+', 'r+'],
    ['w', 'w'], ['wx', 'wx'], ['xw', 'wx'], ['w+', 'w+'], ['wx+', 'wx+'], ['xw+', 'wx+'],
    ['a', 'a'], ['ax', 'ax'], ['xa', 'ax'], ['as', 'a'], ['sa', 'a'], ['a+', 'a+'], ['ax+', 'ax+'],
    ['xa+', 'ax+'], ['as+', 'a+'], ['sa+', 'a+']]);
  /** Node's open flags (a string or O_* bits) as one of FsOps's flag strings. */
  function flagsOf(flags, fallback = 'r') {
    if (flags === undefined || flags === null) return fallback;
    if (typeof flags === 'number') {
      const access = flags & 3;
      const excl = (flags & O.O_EXCL) !== 0 ? 'x' : '';
      if ((flags & O.O_APPEND) !== 0) return `a${excl}${access === 2 ? '+' : ''}`;
      if ((flags & O.O_TRUNC) !== 0 || (flags & O.O_CREAT) !== 0) {
        return access === 0 ? 'r' : `w${excl}${access === 2 ? '+' : ''}`;
      }
      return access === 0 ? 'r' : 'r+';
    }
    const known = typeof flags === 'string' ? FLAGS.get(flags) : undefined;
    if (known === undefined) throw invalidArgValue('flags', flags);
    return known;
  }
  const writes = (flags) => flags !== 'r';
  const reads = (flags) => flags === 'r' || StringPrototypeIncludes(flags, '+');
  function permittedForFlags(flags, given) {
    const absolute = path.resolve(given);
    if (reads(flags)) internal.checkPermission('read', absolute);
    if (writes(flags)) internal.checkPermission('write', absolute);
    return absolute;
  }
  function modeOf(mode, fallback) {
    if (mode === undefined || mode === null) return fallback;
    if (typeof mode === 'string') {
      const parsed = NumberParseInt(mode, 8);
      if (NumberIsNaN(parsed)) throw invalidArgValue('mode', mode, 'must be a 32-bit unsigned integer or an octal string');
      return parsed;
    }
    validateInteger(mode, 'mode', 0, 0o7777777777);
    return mode;
  }

  /** The bytes of writeFile's data: [arrayBuffer, offset, length], or a string for UTF-8. */
  function dataOf(data, encoding) {
    if (typeof data === 'string') {
      return isUtf8(encoding ?? 'utf8') ? data : Buffer.from(data, encoding);
    }
    if (ArrayBufferIsView(data)) return data;
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  function viewBytes(view) {
    return [TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view), view.byteLength];
  }

  const bufferOf = internal.bufferFromHostBytes;
  function decoded(value, encoding) {
    if (typeof value === 'string') return value;
    const buffer = bufferOf(value);
    return encoding === undefined || encoding === null || encoding === 'buffer' ? buffer : buffer.toString(encoding);
  }

  // --- the operations, each described once ------------------------------------------------------
  // prepare(args) checks the arguments and permissions and returns what the three forms need:
  // { sync(): result-or-null, start(): PendingOp, map(value), syscall, path, dest }.

  function readFilePlan(file, options) {
    const opts = optionsOf(options, { encoding: null, flag: 'r' });
    checkEncoding(opts.encoding);
    if (file === 0 || (typeof file === 'string' && STDIN_PATHS[file] === true)) {
      return { stdin: true, encoding: opts.encoding };
    }
    if (typeof file === 'number') return readFdPlan(file, opts.encoding);
    const given = pathString(file);
    const flags = flagsOf(opts.flag, 'r');
    const absolute = permittedForFlags(flags, given);
    const text = isUtf8(opts.encoding);
    return {
      sync: () => ops.readFile(absolute, text),
      start: () => ops.startReadFile(absolute, text),
      map: (value) => decoded(value, opts.encoding),
      syscall: 'open', path: given,
      error: (code) => (code === 'EISDIR' ? fsError(code, 'read') : undefined),
    };
  }
  // Descriptor 0 and these names are the run's stdin, which in the warm daemon is the client's
  // (the daemon's own fd 0 is /dev/null). No read permission: a program may always read its stdin.
  const STDIN_PATHS = { __proto__: null, '/dev/stdin': true, '/dev/fd/0': true, '/proc/self/fd/0': true };
  /** readFile of stdin without blocking the loop: process.stdin's chunks, to their end. */
  async function readStdinAsync(encoding) {
    const chunks = [];
    let total = 0;
    for await (const chunk of internal.process.stdin) {
      ArrayPrototypePush(chunks, chunk);
      total += chunk.length;
    }
    const all = Buffer.concat(chunks, total);
    return encoding === undefined || encoding === null || encoding === 'buffer' ? all : all.toString(encoding);
  }
  /** readFile of a descriptor: read to its end (sync only: the async forms loop in JS). */
  function readFdPlan(fd, encoding) {
    return { fd, encoding };
  }
  function readAllSync(fd, encoding) {
    const chunks = [];
    let total = 0;
    for (;;) {
      const chunk = new FastBuffer(65536);
      const n = sync(ops.read(fd, TypedArrayPrototypeGetBuffer(chunk), 0, 65536, -1), 'read');
      if (n === 0) break;
      ArrayPrototypePush(chunks, TypedArrayPrototypeSubarray(chunk, 0, n));
      total += n;
    }
    const all = Buffer.concat(chunks, total);
    return encoding ? all.toString(encoding) : all;
  }
  async function readAllAsync(fd, encoding) {
    const chunks = [];
    let total = 0;
    for (;;) {
      const bytes = await promiseOf(ops.startRead(fd, 65536, -1), (value) => value, 'read');
      if (bytes.length === 0) break;
      ArrayPrototypePush(chunks, bufferOf(bytes));
      total += bytes.length;
    }
    const all = Buffer.concat(chunks, total);
    return encoding ? all.toString(encoding) : all;
  }

  function writeFilePlan(file, data, options, defaultFlag) {
    const opts = optionsOf(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
    checkEncoding(opts.encoding);
    const bytes = dataOf(data, opts.encoding);
    const mode = modeOf(opts.mode, 0o666);
    if (typeof file === 'number') return { fd: file, bytes };
    if (typeof file === 'string' && STD_OUTPUT_PATHS[file] !== undefined) return { fd: STD_OUTPUT_PATHS[file], bytes };
    const given = pathString(file);
    const flags = flagsOf(opts.flag, defaultFlag);
    const absolute = permittedForFlags(flags, given);
    if (typeof bytes === 'string') {
      return {
        sync: () => ops.writeFileText(absolute, bytes, flags, mode),
        start: () => ops.startWriteFileText(absolute, bytes, flags, mode),
        syscall: 'open', path: given,
      };
    }
    const [arrayBuffer, offset, length] = viewBytes(bytes);
    return {
      sync: () => ops.writeFile(absolute, arrayBuffer, offset, length, flags, mode),
      start: () => ops.startWriteFile(absolute, arrayBuffer, offset, length, flags, mode),
      syscall: 'open', path: given,
    };
  }
  function fdBytes(bytes) {
    return typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  }

  /** A plan for one of FsOps's path operations. */
  function pathPlan(name, syscall, a, b, mode, map, givenPath, givenDest) {
    return {
      sync: () => ops.call(name, a, b ?? null, mode),
      start: () => ops.start(name, a, b ?? null, mode),
      map, syscall, path: givenPath, dest: givenDest,
    };
  }

  const plans = {
    stat(file, options) {
      const given = pathString(file);
      const absolute = permitted('read', given);
      const plan = pathPlan('stat', 'stat', absolute, null, 0, statsOf, given);
      if (options && options.throwIfNoEntry === false) plan.missingIsUndefined = true;
      return plan;
    },
    lstat(file, options) {
      const given = pathString(file);
      const absolute = permitted('read', given);
      const plan = pathPlan('lstat', 'lstat', absolute, null, 0, statsOf, given);
      if (options && options.throwIfNoEntry === false) plan.missingIsUndefined = true;
      return plan;
    },
    access(file, mode = 0) {
      const given = pathString(file);
      validateInteger(mode, 'mode', 0, 7);
      return pathPlan('access', 'access', permitted('read', given), null, mode, undefined, given);
    },
    readdir(dir, options) {
      const opts = optionsOf(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
      checkEncoding(opts.encoding);
      const given = pathString(dir);
      const absolute = permitted('read', given);
      const map = (value) => {
        const names = value[0];
        const kinds = value[1];
        const result = [];
        for (let i = 0; i < names.length; i++) {
          const name = opts.encoding === 'buffer' ? Buffer.from(names[i]) : names[i];
          ArrayPrototypePush(result, opts.withFileTypes ? new Dirent(name, kinds[i], given) : name);
        }
        return result;
      };
      const plan = pathPlan('readdir', 'scandir', absolute, null, 0, map, given);
      if (opts.recursive) plan.recursive = { given, withFileTypes: !!opts.withFileTypes, encoding: opts.encoding };
      return plan;
    },
    mkdir(dir, options) {
      const opts = typeof options === 'number' || typeof options === 'string'
        ? { mode: options } : optionsOf(options, { recursive: false, mode: 0o777 });
      const given = pathString(dir);
      if (opts.recursive !== undefined && typeof opts.recursive !== 'boolean') {
        throw invalidArgType('options.recursive', 'of type boolean', opts.recursive);
      }
      modeOf(opts.mode, 0o777);
      const absolute = permitted('write', given);
      if (opts.recursive) {
        return pathPlan('mkdirp', 'mkdir', absolute, null, 0, (first) => (first === '' ? undefined : first), given);
      }
      return pathPlan('mkdir', 'mkdir', absolute, null, 0, undefined, given);
    },
    rmdir(dir, options) {
      const given = pathString(dir);
      const absolute = permitted('write', given);
      if (options && options.recursive) return pathPlan('rm', 'rm', absolute, null, 1, undefined, given);
      return pathPlan('rmdir', 'rmdir', absolute, null, 0, undefined, given);
    },
    rm(file, options) {
      const opts = optionsOf(options, { recursive: false, force: false });
      const given = pathString(file);
      const absolute = permitted('write', given);
      const plan = pathPlan('rm', 'rm', absolute, null, (opts.recursive ? 1 : 0) | (opts.force ? 2 : 0),
        undefined, given);
      plan.error = (code) => (code === 'ENOENT' ? fsError(code, 'lstat', given) : undefined);
      return plan;
    },
    unlink(file) {
      const given = pathString(file);
      return pathPlan('unlink', 'unlink', permitted('write', given), null, 0, undefined, given);
    },
    rename(oldPath, newPath) {
      const from = pathString(oldPath, 'oldPath');
      const to = pathString(newPath, 'newPath');
      const a = permitted('write', from);
      permitted('read', from);
      const b = permitted('write', to);
      return pathPlan('rename', 'rename', a, b, 0, undefined, from, to);
    },
    copyFile(src, dest, mode = 0) {
      const from = pathString(src, 'src');
      const to = pathString(dest, 'dest');
      validateInteger(mode, 'mode', 0, 7);
      return pathPlan('copyFile', 'copyfile', permitted('read', from), permitted('write', to), mode, undefined,
        from, to);
    },
    realpath(file, options) {
      const opts = optionsOf(options, { encoding: 'utf8' });
      const given = pathString(file);
      const map = (value) => (opts.encoding === 'buffer' ? Buffer.from(value) : value);
      return pathPlan('realpath', 'realpath', permitted('read', given), null, 0, map, given);
    },
    symlink(target, file) {
      const to = pathString(target, 'target');
      const given = pathString(file);
      internal.checkPermission('read', null);
      internal.checkPermission('write', null);
      return pathPlan('symlink', 'symlink', to, path.resolve(given), 0, undefined, to, given);
    },
    link(existingPath, newPath) {
      const from = pathString(existingPath, 'existingPath');
      const to = pathString(newPath, 'newPath');
      return pathPlan('link', 'link', permitted('read', from), permitted('write', to), 0, undefined, from, to);
    },
    readlink(file, options) {
      const opts = optionsOf(options, { encoding: 'utf8' });
      const given = pathString(file);
      const map = (value) => (opts.encoding === 'buffer' ? Buffer.from(value) : value);
      return pathPlan('readlink', 'readlink', permitted('read', given), null, 0, map, given);
    },
    mkdtemp(prefix, options) {
      optionsOf(options, { encoding: 'utf8' });
      const given = pathString(prefix, 'prefix');
      // FsOps appends six characters to the absolute prefix; the result keeps the prefix as given.
      const resolved = path.resolve(given);
      const absolutePrefix = StringPrototypeSlice(given, -1) === '/' && resolved !== '/' ? `${resolved}/` : resolved;
      internal.checkPermission('write', path.dirname(`${absolutePrefix}X`));
      const map = (made) => `${given}${StringPrototypeSlice(made, absolutePrefix.length)}`;
      return pathPlan('mkdtemp', 'mkdtemp', absolutePrefix, null, 0, map, `${given}XXXXXX`);
    },
    cp(src, dest, options) {
      const from = pathString(src, 'src');
      const to = pathString(dest, 'dest');
      const opts = optionsOf(options, { recursive: false, force: true, errorOnExist: false, dereference: false });
      if (opts.filter !== undefined) {
        throw makeCodedError(TypeError, 'ERR_NOT_SUPPORTED', 'fs.cp: the filter option is not supported by Cortado yet');
      }
      const mode = (opts.recursive ? 1 : 0) | (opts.force ? 2 : 0) | (opts.errorOnExist ? 4 : 0) | (opts.dereference ? 8 : 0);
      const plan = pathPlan('cp', 'cp', permitted('read', from), permitted('write', to), mode, undefined, from, to);
      plan.error = (code) => (code === 'ENOENT' ? fsError(code, 'lstat', from) : undefined);
      return plan;
    },
    chown(file, uid, gid) {
      const given = pathString(file);
      validateInteger(uid, 'uid', -1, 4294967295);
      validateInteger(gid, 'gid', -1, 4294967295);
      return pathPlan('chown', 'chown', permitted('write', given), `${uid},${gid}`, 0, undefined, given);
    },
    chmod(file, mode) {
      const given = pathString(file);
      return pathPlan('chmod', 'chmod', permitted('write', given), null, modeOf(mode), undefined, given);
    },
    truncate(file, length = 0) {
      const given = pathString(file);
      validateInteger(length, 'len');
      return pathPlan('truncate', 'open', permitted('write', given), `${length < 0 ? 0 : length}`, 0, undefined, given);
    },
    utimes(file, atime, mtime) {
      const given = pathString(file);
      const ms = (t) => (typeof t === 'number' ? t * 1000 : typeof t === 'string' ? +t * 1000 : +t);
      return pathPlan('utimes', 'utime', permitted('write', given), `${ms(atime)},${ms(mtime)}`, 0, undefined, given);
    },
  };

  function failureOf(plan, code) {
    if (plan.error !== undefined) {
      const special = plan.error(code);
      if (special !== undefined) return special;
    }
    return fsError(code, plan.syscall, plan.path, plan.dest);
  }
  function runSync(plan) {
    const result = plan.sync();
    if (result === null) {
      const code = ops.takeError();
      if (plan.missingIsUndefined && code === 'ENOENT') return undefined;
      throw failureOf(plan, code);
    }
    return plan.map === undefined ? undefined : plan.map(result);
  }
  function runPromise(plan) {
    const { promise, resolve, reject } = PromiseWithResolvers();
    internal.listenOp(plan.start(), (ok, value) => {
      if (ok) resolve(plan.map === undefined ? undefined : plan.map(value));
      else if (plan.missingIsUndefined && value === 'ENOENT') resolve(undefined);
      else reject(failureOf(plan, value));
    });
    return promise;
  }
  function runCallback(plan, callback) {
    internal.listenOp(plan.start(), (ok, value) => {
      if (!ok) {
        if (plan.missingIsUndefined && value === 'ENOENT') callback(null, undefined);
        else callback(failureOf(plan, value));
      } else if (plan.map === undefined) {
        callback(null);
      } else {
        callback(null, plan.map(value));
      }
    });
  }

  // readdir({ recursive: true }), one walk for every form: a generator that yields the fs plans it
  // needs (a directory's entries, a symlink's stat) and receives their results, driven synchronously
  // by readdirSync and fs.readdir, and with await by fs/promises. The order is Node 20's: the sync
  // and callback forms visit directories first in, first out, fs/promises last in, first out. Without
  // withFileTypes, a symbolic link to a directory is followed (Node stats each entry); with it,
  // Dirent kinds come from lstat and links are not followed.
  function* recursiveWalk(plan, lastInFirstOut) {
    const { given, withFileTypes, encoding } = plan.recursive;
    const out = [];
    const pending = [''];
    while (pending.length > 0) {
      const relative = lastInFirstOut ? ArrayPrototypePop(pending) : ArrayPrototypeShift(pending);
      const here = relative === '' ? given : path.join(given, relative);
      const entries = yield { plan: plans.readdir(here, { withFileTypes: true }) };
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        const name = relative === '' ? entry.name : path.join(relative, entry.name);
        let directory = entry.isDirectory();
        if (withFileTypes) {
          ArrayPrototypePush(out, entry);
        } else {
          ArrayPrototypePush(out, encoding === 'buffer' ? Buffer.from(name) : name);
          if (entry.isSymbolicLink()) {
            const stats = yield { plan: plans.stat(path.join(here, entry.name)), orElse: undefined };
            directory = stats !== undefined && stats.isDirectory();
          }
        }
        if (directory) ArrayPrototypePush(pending, name);
      }
    }
    return out;
  }
  function recursiveSync(plan) {
    const walk = recursiveWalk(plan, false);
    let step = walk.next();
    while (!step.done) {
      let result;
      try {
        result = runSync(step.value.plan);
      } catch (error) {
        if (!('orElse' in step.value)) throw error;
        result = step.value.orElse;
      }
      step = walk.next(result);
    }
    return step.value;
  }
  async function recursiveAsync(plan, lastInFirstOut) {
    const walk = recursiveWalk(plan, lastInFirstOut);
    let step = walk.next();
    while (!step.done) {
      let result;
      try {
        result = await runPromise(step.value.plan);
      } catch (error) {
        if (!('orElse' in step.value)) throw error;
        result = step.value.orElse;
      }
      step = walk.next(result);
    }
    return step.value;
  }

  // --- the module: three forms of each plan -----------------------------------------------------
  const fs = {};
  const promises = {};
  for (const name of ['stat', 'lstat', 'access', 'readdir', 'mkdir', 'rmdir', 'rm', 'unlink', 'rename',
    'copyFile', 'realpath', 'symlink', 'link', 'readlink', 'mkdtemp', 'chmod', 'truncate', 'utimes', 'cp', 'chown']) {
    const prepare = plans[name];
    fs[`${name}Sync`] = {
      [`${name}Sync`](...args) {
        const plan = ReflectApply(prepare, undefined, args);
        return plan.recursive ? recursiveSync(plan) : runSync(plan);
      },
    }[`${name}Sync`];
    fs[name] = {
      [name](...args) {
        const callback = takeCallback(args);
        const plan = ReflectApply(prepare, undefined, ArrayPrototypeSlice(args, 0, args.length - 1));
        if (plan.recursive) {
          PromisePrototypeThen(recursiveAsync(plan, false), (result) => internal.nextTick(callback, null, result),
            (error) => internal.nextTick(callback, error));
          return;
        }
        runCallback(plan, callback);
      },
    }[name];
    promises[name] = {
      async [name](...args) {
        const plan = ReflectApply(prepare, undefined, args);
        // `return await`: returning a promise from an async function would call its (patchable) then
        return await (plan.recursive ? recursiveAsync(plan, true) : runPromise(plan));
      },
    }[name];
  }
  fs.realpathSync.native = fs.realpathSync;
  fs.realpath.native = fs.realpath;

  fs.existsSync = function existsSync(file) {
    let given;
    try {
      given = pathString(file);
    } catch {
      return false;
    }
    const absolute = permitted('read', given);
    return ops.call('exists', absolute, null, 0) === true;
  };
  fs.exists = function exists(file, callback) {
    validateFunction(callback, 'cb');
    let absolute;
    try {
      absolute = permitted('read', pathString(file));
    } catch (error) {
      if (error instanceof internal.NotCapable) throw error;
      internal.nextTick(callback, false);
      return;
    }
    internal.listenOp(ops.start('exists', absolute, null, 0), (ok, value) => callback(ok && value === true));
  };

  // readFile / writeFile / appendFile
  fs.readFileSync = function readFileSync(file, options) {
    const plan = readFilePlan(file, options);
    if (plan.stdin) return decoded(host.readStdinToEnd(), plan.encoding);
    if (plan.fd !== undefined) return readAllSync(plan.fd, plan.encoding);
    return runSync(plan);
  };
  fs.readFile = function readFile(file, options, callback) {
    callback = takeCallback(arguments);
    const plan = readFilePlan(file, typeof options === 'function' ? undefined : options);
    if (plan.stdin) {
      PromisePrototypeThen(readStdinAsync(plan.encoding), (result) => callback(null, result), (error) => callback(error));
      return;
    }
    if (plan.fd !== undefined) {
      PromisePrototypeThen(readAllAsync(plan.fd, plan.encoding),
        (result) => callback(null, result), (error) => callback(error));
      return;
    }
    runCallback(plan, callback);
  };
  promises.readFile = async function readFile(file, options) {
    if (file instanceof FileHandle) return await file.readFile(options);
    const plan = readFilePlan(file, options);
    if (plan.stdin) return await readStdinAsync(plan.encoding);
    if (plan.fd !== undefined) return await readAllAsync(plan.fd, plan.encoding);
    return await runPromise(plan);
  };
  // The run's stdout and stderr by name: in the warm daemon the daemon's own are its log file.
  const STD_OUTPUT_PATHS = {
    __proto__: null, '/dev/stdout': 1, '/dev/stderr': 2, '/dev/fd/1': 1, '/dev/fd/2': 2,
    '/proc/self/fd/1': 1, '/proc/self/fd/2': 2,
  };
  function writeSyncAll(fd, bytes) {
    const view = fdBytes(bytes);
    if (fd === 1 || fd === 2) return fs.writeSync(fd, view);
    const [arrayBuffer, offset, length] = viewBytes(view);
    return sync(ops.write(fd, arrayBuffer, offset, length, -1), 'write');
  }
  for (const [name, flag] of [['writeFile', 'w'], ['appendFile', 'a']]) {
    fs[`${name}Sync`] = {
      [`${name}Sync`](file, data, options) {
        const plan = writeFilePlan(file, data, options, flag);
        if (plan.fd !== undefined) {
          writeSyncAll(plan.fd, plan.bytes);
          return undefined;
        }
        return runSync(plan);
      },
    }[`${name}Sync`];
    fs[name] = {
      [name](file, data, options, callback) {
        callback = takeCallback(arguments);
        const plan = writeFilePlan(file, data, typeof options === 'function' ? undefined : options, flag);
        if (plan.fd === 1 || plan.fd === 2) {
          writeSyncAll(plan.fd, plan.bytes);
          internal.nextTick(callback, null);
          return;
        }
        if (plan.fd !== undefined) {
          const [arrayBuffer, offset, length] = viewBytes(fdBytes(plan.bytes));
          callbackOf(ops.startWrite(plan.fd, arrayBuffer, offset, length, -1), callback, undefined, 'write');
          return;
        }
        runCallback(plan, callback);
      },
    }[name];
    promises[name] = {
      async [name](file, data, options) {
        if (file instanceof FileHandle) return await file[name](data, options);
        const plan = writeFilePlan(file, data, options, flag);
        if (plan.fd === 1 || plan.fd === 2) {
          writeSyncAll(plan.fd, plan.bytes);
          return undefined;
        }
        if (plan.fd !== undefined) {
          const [arrayBuffer, offset, length] = viewBytes(fdBytes(plan.bytes));
          await promiseOf(ops.startWrite(plan.fd, arrayBuffer, offset, length, -1), undefined, 'write');
          return undefined;
        }
        return await runPromise(plan);
      },
    }[name];
  }

  // --- descriptors ------------------------------------------------------------------------------
  function openPlan(file, flags, mode) {
    const given = pathString(file);
    const normalized = flagsOf(flags, 'r');
    const checkedMode = modeOf(mode, 0o666);
    const absolute = permittedForFlags(normalized, given);
    return { absolute, flags: normalized, mode: checkedMode, given };
  }
  fs.openSync = function openSync(file, flags, mode) {
    const p = openPlan(file, flags, mode);
    return sync(ops.open(p.absolute, p.flags, p.mode), 'open', p.given);
  };
  fs.open = function open(file, flags, mode, callback) {
    callback = takeCallback(arguments);
    const p = openPlan(file, typeof flags === 'function' ? undefined : flags, typeof mode === 'function' ? undefined : mode);
    callbackOf(ops.startOpen(p.absolute, p.flags, p.mode), callback, (fd) => fd, 'open', p.given);
  };
  function validateFd(fd) {
    validateInteger(fd, 'fd', 0, 2147483647);
  }
  fs.closeSync = function closeSync(fd) {
    validateFd(fd);
    sync(ops.close(fd), 'close');
  };
  fs.close = function close(fd, callback = () => {}) {
    validateFd(fd);
    validateFunction(callback, 'cb');
    callbackOf(ops.startClose(fd), callback, undefined, 'close');
  };
  /** read's arguments in any of Node's shapes: { buffer, offset, length, position }. */
  function readArgs(buffer, offsetOrOptions, length, position) {
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length, position = null } = offsetOrOptions);
    }
    if (!ArrayBufferIsView(buffer)) {
      throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
    }
    const size = buffer.byteLength;
    if (offset === undefined || offset === null) offset = 0;
    validateInteger(offset, 'offset', 0);
    if (length === undefined) length = size - offset;
    validateInteger(length, 'length', 0);
    if (offset + length > size) {
      throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "length" is out of range. It must be <= ${size - offset}. Received ${length}`);
    }
    if (position === undefined || position === null || position === -1) position = -1;
    else if (typeof position === 'bigint') position = internal.primordials.Number(position);
    else validateInteger(position, 'position', -1);
    return { buffer, offset, length, position };
  }
  fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
    validateFd(fd);
    const a = readArgs(buffer, offsetOrOptions, length, position);
    if (a.length === 0) return 0;
    return sync(ops.read(fd, TypedArrayPrototypeGetBuffer(a.buffer),
      TypedArrayPrototypeGetByteOffset(a.buffer) + a.offset, a.length, a.position), 'read');
  };
  function startRead(fd, a, done) {
    internal.listenOp(ops.startReadChunk(fd, a.length, a.position), (ok, result) => {
      if (!ok) return done(fsError(result, 'read'));
      done(null, ops.takeRead(result, TypedArrayPrototypeGetBuffer(a.buffer), TypedArrayPrototypeGetByteOffset(a.buffer) + a.offset));
    });
  }
  fs.read = function read(fd, buffer, offsetOrOptions, length, position, callback) {
    callback = takeCallback(arguments);
    validateFd(fd);
    if (typeof buffer === 'function' || (buffer !== null && typeof buffer === 'object' && !ArrayBufferIsView(buffer))) {
      const options = typeof buffer === 'function' ? {} : buffer;
      buffer = options.buffer ?? Buffer.alloc(16384);
      offsetOrOptions = options;
    }
    const a = readArgs(buffer, typeof offsetOrOptions === 'function' ? undefined : offsetOrOptions,
      typeof length === 'function' ? undefined : length, typeof position === 'function' ? undefined : position);
    startRead(fd, a, (error, n) => (error ? callback(error) : callback(null, n, a.buffer)));
  };
  function writeArgs(buffer, offset, length, position) {
    if (typeof buffer === 'string') {
      // write(fd, string[, position[, encoding]])
      const bytes = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
      const at = offset === undefined || offset === null ? -1 : offset;
      return { view: bytes, offset: 0, length: bytes.length, position: at };
    }
    if (!ArrayBufferIsView(buffer)) {
      throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    }
    if (offset !== null && typeof offset === 'object') ({ offset = 0, length, position = null } = offset);
    if (offset === undefined || offset === null) offset = 0;
    validateInteger(offset, 'offset', 0);
    if (length === undefined || length === null) length = buffer.byteLength - offset;
    validateInteger(length, 'length', 0, buffer.byteLength - offset);
    if (position === undefined || position === null) position = -1;
    return { view: buffer, offset, length, position };
  }
  fs.writeSync = function writeSync(fd, buffer, offset, length, position) {
    validateFd(fd);
    const a = writeArgs(buffer, offset, length, position);
    if (fd === 1 || fd === 2) {
      host.writeBytes(fd, new Uint8ArrayCtor(TypedArrayPrototypeGetBuffer(a.view),
        TypedArrayPrototypeGetByteOffset(a.view) + a.offset, a.length));
      return a.length;
    }
    return sync(ops.write(fd, TypedArrayPrototypeGetBuffer(a.view), TypedArrayPrototypeGetByteOffset(a.view) + a.offset,
      a.length, a.position), 'write');
  };
  fs.write = function write(fd, buffer, offset, length, position, callback) {
    callback = takeCallback(arguments);
    validateFd(fd);
    const pick = (v) => (typeof v === 'function' ? undefined : v);
    const a = writeArgs(buffer, pick(offset), pick(length), pick(position));
    if (fd === 1 || fd === 2) {
      fs.writeSync(fd, a.view, a.offset, a.length);
      internal.nextTick(callback, null, a.length, buffer);
      return;
    }
    callbackOf(ops.startWrite(fd, TypedArrayPrototypeGetBuffer(a.view), TypedArrayPrototypeGetByteOffset(a.view) + a.offset,
      a.length, a.position), (error, n) => (error ? callback(error) : callback(null, n, buffer)), (n) => n, 'write');
  };
  for (const [name, syscall] of [['fstat', 'fstat'], ['ftruncate', 'ftruncate'], ['fsync', 'fsync'],
    ['fdatasync', 'fdatasync']]) {
    const map = name === 'fstat' ? statsOf : undefined;
    fs[`${name}Sync`] = {
      [`${name}Sync`](fd, arg = 0) {
        validateFd(fd);
        const result = sync(ops.callFd(name, fd, typeof arg === 'number' ? arg : 0), syscall);
        return map === undefined ? undefined : map(result);
      },
    }[`${name}Sync`];
    fs[name] = {
      [name](fd, arg, callback) {
        callback = takeCallback(arguments);
        validateFd(fd);
        callbackOf(ops.startFd(name, fd, typeof arg === 'number' ? arg : 0), callback, map, syscall);
      },
    }[name];
  }

  // --- FileHandle (fs/promises) -----------------------------------------------------------------
  // Shared by every Context (see internal.sharedSymbol); Node shows it in an inspected FileHandle.
  const kFd = internal.sharedSymbol('kFd', true);
  class FileHandle extends internal.EventEmitter {
    constructor(fd) {
      super();
      this[kFd] = fd;
    }
    get fd() { return this[kFd]; }
    async read(buffer, offset, length, position) {
      if (buffer === undefined || buffer === null || (typeof buffer === 'object' && !ArrayBufferIsView(buffer))) {
        const options = buffer ?? {};
        buffer = options.buffer ?? Buffer.alloc(16384);
        offset = options;
      }
      const a = readArgs(buffer, offset, length, position);
      const { promise, resolve, reject } = PromiseWithResolvers();
      startRead(this.checkOpen(), a, (error, n) => (error ? reject(error) : resolve({ bytesRead: n, buffer: a.buffer })));
      return await promise;
    }
    async write(buffer, offset, length, position) {
      const a = writeArgs(buffer, offset, length, position);
      const n = await promiseOf(ops.startWrite(this.checkOpen(), TypedArrayPrototypeGetBuffer(a.view),
        TypedArrayPrototypeGetByteOffset(a.view) + a.offset, a.length, a.position), (count) => count, 'write');
      return { bytesWritten: n, buffer };
    }
    async readFile(options) {
      const opts = optionsOf(options, { encoding: null });
      checkEncoding(opts.encoding);
      return await readAllAsync(this.checkOpen(), opts.encoding);
    }
    async writeFile(data, options) {
      const opts = optionsOf(options, { encoding: 'utf8' });
      const bytes = fdBytes(dataOf(data, opts.encoding));
      const [arrayBuffer, offset, length] = viewBytes(bytes);
      await promiseOf(ops.startWrite(this.checkOpen(), arrayBuffer, offset, length, -1), undefined, 'write');
    }
    async appendFile(data, options) {
      return await this.writeFile(data, options);
    }
    async stat() {
      return await promiseOf(ops.startFd('fstat', this.checkOpen(), 0), statsOf, 'fstat');
    }
    async truncate(len = 0) {
      return await promiseOf(ops.startFd('ftruncate', this.checkOpen(), len), undefined, 'ftruncate');
    }
    async sync() {
      return await promiseOf(ops.startFd('fsync', this.checkOpen(), 0), undefined, 'fsync');
    }
    async datasync() {
      return await promiseOf(ops.startFd('fdatasync', this.checkOpen(), 0), undefined, 'fdatasync');
    }
    async close() {
      const fd = this[kFd];
      if (fd === -1) return undefined;
      this[kFd] = -1;
      await promiseOf(ops.startClose(fd), undefined, 'close');
      this.emit('close');
      return undefined;
    }
    async [internal.primordials.Symbol.asyncDispose ?? internal.primordials.SymbolFor('nodejs.asyncDispose')]() {
      return await this.close();
    }
    checkOpen() {
      const fd = this[kFd];
      if (fd === -1) {
        const error = new ErrorCtor('file closed');
        error.code = 'EBADF';
        error.syscall = 'read';
        throw error;
      }
      return fd;
    }
  }
  promises.open = async function open(file, flags, mode) {
    const p = openPlan(file, flags, mode);
    const fd = await promiseOf(ops.startOpen(p.absolute, p.flags, p.mode), (value) => value, 'open', p.given);
    return new FileHandle(fd);
  };

  // --- opendir: a Dir over the entries read at once ---------------------------------------------
  const kEntries = internal.sharedSymbol('fs:Dir.entries'); // the Dirents not read yet
  function dirClosed() {
    return makeCodedError(ErrorCtor, 'ERR_DIR_CLOSED', 'Directory handle was closed');
  }
  class Dir {
    constructor(dirPath, entries) {
      this[kEntries] = entries;
      this._path = dirPath;
      this._next = 0;
      this._closed = false;
    }
    get path() { return this._path; }
    readSync() {
      if (this._closed) throw dirClosed();
      return this._next < this[kEntries].length ? this[kEntries][this._next++] : null;
    }
    read(callback) {
      if (callback === undefined) {
        try {
          return internal.primordials.PromiseResolve(this.readSync());
        } catch (error) {
          return internal.primordials.PromiseReject(error);
        }
      }
      validateFunction(callback, 'callback');
      let entry;
      try {
        entry = this.readSync();
      } catch (error) {
        internal.nextTick(callback, error);
        return undefined;
      }
      internal.nextTick(callback, null, entry);
      return undefined;
    }
    closeSync() {
      if (this._closed) throw dirClosed();
      this._closed = true;
    }
    close(callback) {
      if (callback === undefined) {
        try {
          this.closeSync();
          return internal.primordials.PromiseResolve();
        } catch (error) {
          return internal.primordials.PromiseReject(error);
        }
      }
      validateFunction(callback, 'callback');
      let failure = null;
      try {
        this.closeSync();
      } catch (error) {
        failure = error;
      }
      internal.nextTick(callback, failure);
      return undefined;
    }
    async *entries() {
      try {
        for (;;) {
          const entry = this.readSync();
          if (entry === null) break;
          yield entry;
        }
      } finally {
        if (!this._closed) this.closeSync();
      }
    }
    [internal.primordials.SymbolAsyncIterator]() {
      return this.entries();
    }
  }
  function opendirPlan(given, options) {
    const plan = plans.readdir(given, { ...optionsOf(options, {}), withFileTypes: true });
    plan.syscall = 'opendir';
    return plan;
  }
  fs.opendirSync = function opendirSync(dir, options) {
    const given = pathString(dir);
    return new Dir(given, runSync(opendirPlan(given, options)));
  };
  fs.opendir = function opendir(dir, options, callback) {
    callback = takeCallback(arguments);
    const given = pathString(dir);
    runCallback({ ...opendirPlan(given, undefined), map: undefined }, (error) => {
      if (error) return callback(error);
      callback(null, fs.opendirSync(given, typeof options === 'function' ? undefined : options));
    });
  };
  promises.opendir = async function opendir(dir, options) {
    const given = pathString(dir);
    const entries = await runPromise(opendirPlan(given, options));
    return new Dir(given, entries);
  };
  fs.Dir = Dir;

  // --- watch ------------------------------------------------------------------------------------
  /** fs.watch's FSWatcher: 'change' (eventType, filename) until close(); 'close' after it. */
  class FSWatcher extends internal.EventEmitter {
    constructor(op, encoding) {
      super();
      this._op = op;
      this._encoding = encoding;
    }
    close() {
      if (this._op === null) return;
      this._op.cancel();
      this._op = null;
      internal.nextTick(() => this.emit('close'));
    }
    ref() {
      this._op?.setReferenced(true);
      return this;
    }
    unref() {
      this._op?.setReferenced(false);
      return this;
    }
  }
  fs.watch = function watch(filename, options, listener) {
    if (typeof options === 'function') {
      listener = options;
      options = undefined;
    }
    const opts = optionsOf(options, { persistent: true, recursive: false, encoding: 'utf8' });
    const given = pathString(filename, 'filename');
    const absolute = permitted('read', given);
    const stats = ops.call('stat', absolute, null, 0);
    if (stats === null) throw fsError(ops.takeError(), 'watch', given);
    const isDirectory = (stats[1] & S_IFMT) === S_IFDIR;
    const op = isDirectory ? ops.startWatch(absolute, null)
      : ops.startWatch(path.dirname(absolute), path.basename(absolute));
    if (op === null) throw fsError(ops.takeError(), 'watch', given);
    const watcher = new FSWatcher(op, opts.encoding);
    if (!opts.persistent) op.setReferenced(false);
    if (listener !== undefined) {
      validateFunction(listener, 'listener');
      watcher.on('change', listener);
    }
    internal.listenOp(op, () => {}, (event) => {
      const name = opts.encoding === 'buffer' ? Buffer.from(event[1]) : event[1];
      watcher.emit('change', event[0], name);
    });
    if (opts.signal) {
      if (opts.signal.aborted) internal.nextTick(() => watcher.close());
      else opts.signal.addEventListener('abort', () => watcher.close(), { once: true });
    }
    return watcher;
  };
  fs.FSWatcher = FSWatcher;
  /** fs/promises watch: an async iterator of { eventType, filename } until `signal` aborts. */
  promises.watch = async function* watch(filename, options = {}) {
    const signal = options?.signal;
    if (signal?.aborted) {
      throw new internal.errors.AbortError(undefined, { cause: signal.reason });
    }
    const queue = [];
    let wake = null;
    let done = false;
    const watcher = fs.watch(filename, { ...options, signal: undefined }, (eventType, name) => {
      ArrayPrototypePush(queue, { eventType, filename: name });
      if (wake !== null) { wake(); wake = null; }
    });
    const onAbort = () => {
      done = true;
      watcher.close();
      if (wake !== null) { wake(); wake = null; }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      for (let next = 0; ; next++) {
        while (next >= queue.length && !done) {
          const { promise, resolve } = PromiseWithResolvers();
          wake = resolve;
          await promise;
        }
        if (next >= queue.length) break;
        yield queue[next];
      }
      throw new internal.errors.AbortError(undefined, { cause: signal?.reason });
    } finally {
      signal?.removeEventListener('abort', onAbort);
      watcher.close();
    }
  };

  // --- constants and the rest ---------------------------------------------------------------------
  const constants = {
    UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, ...O,
    UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
    UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
    S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
    S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o70, S_IRGRP: 0o40,
    S_IWGRP: 0o20, S_IXGRP: 0o10, S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
    UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
  };
  fs.constants = constants;
  fs.F_OK = 0;
  fs.R_OK = 4;
  fs.W_OK = 2;
  fs.X_OK = 1;
  fs.Stats = Stats;
  fs.Dirent = Dirent;
  fs.promises = promises;
  promises.constants = constants;
  promises.FileHandle = FileHandle;
  return { fs, promises };
})
