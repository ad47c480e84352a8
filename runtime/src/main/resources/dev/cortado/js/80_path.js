// 80_path.js: Node's `path` module, loaded on first use. Two flavours over one set of string
// algorithms: `posix` ('/' only) and `win32` ('\' and '/', drive letters, UNC roots
// `\\server\share`). The module itself is `posix`, as Node's is on Linux and macOS.
// Pure string work: no file system access, no permission needed (resolve reads the cwd).
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    StringPrototypeSlice, StringPrototypeCharCodeAt, StringPrototypeToLowerCase,
    StringPrototypeLastIndexOf, StringPrototypeIndexOf, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypePop,
  } = internal.primordials;
  const { validateString, validateObject } = internal.errors;

  const SLASH = 47; // '/'
  const BACKSLASH = 92; // '\'
  const DOT = 46;
  const COLON = 58;

  const isPosixSep = (c) => c === SLASH;
  const isWinSep = (c) => c === SLASH || c === BACKSLASH;
  const isDriveLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

  /** The segments of `path` with '.' and '..' applied; '..' kept above the start if `aboveRoot`. */
  function normalizeSegments(path, aboveRoot, sep, isSep) {
    const out = [];
    let start = 0;
    const length = path.length;
    for (let i = 0; i <= length; i++) {
      if (i < length && !isSep(StringPrototypeCharCodeAt(path, i))) continue;
      const segment = StringPrototypeSlice(path, start, i);
      start = i + 1;
      if (segment === '' || segment === '.') continue;
      if (segment === '..') {
        if (out.length > 0 && out[out.length - 1] !== '..') ArrayPrototypePop(out);
        else if (aboveRoot) ArrayPrototypePush(out, '..');
        continue;
      }
      ArrayPrototypePush(out, segment);
    }
    return ArrayPrototypeJoin(out, sep);
  }

  /** The non-empty segments of an absolute, normalized path (for relative()). */
  function segmentsOf(path, isSep) {
    const out = [];
    let start = 0;
    for (let i = 0; i <= path.length; i++) {
      if (i < path.length && !isSep(StringPrototypeCharCodeAt(path, i))) continue;
      if (i > start) ArrayPrototypePush(out, StringPrototypeSlice(path, start, i));
      start = i + 1;
    }
    return out;
  }

  /**
   * Where the last segment of `path[from, length)` starts and ends, trailing separators ignored:
   * [start, end]; end === from when there is none.
   */
  function lastSegment(path, from, isSep) {
    let end = path.length;
    while (end > from && isSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
    let start = end;
    while (start > from && !isSep(StringPrototypeCharCodeAt(path, start - 1))) start--;
    return [start, end];
  }

  /** The extension of one segment: from its last dot, unless that dot starts the segment, or '..'. */
  function extensionOf(base) {
    const dot = StringPrototypeLastIndexOf(base, '.');
    if (dot <= 0 || base === '..') return '';
    return StringPrototypeSlice(base, dot);
  }

  function basenameIn(path, from, suffix, isSep) {
    const [start, end] = lastSegment(path, from, isSep);
    const base = StringPrototypeSlice(path, start, end);
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= base.length &&
        StringPrototypeSlice(base, base.length - suffix.length) === suffix) {
      return StringPrototypeSlice(base, 0, base.length - suffix.length);
    }
    return base;
  }

  function formatWith(sep, pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    let base = pathObject.base;
    if (!base) {
      const ext = pathObject.ext ? (pathObject.ext[0] === '.' ? '' : '.') + pathObject.ext : '';
      base = `${pathObject.name || ''}${ext}`;
    }
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
  }

  function relativeSegments(fromSegments, toSegments, common, sep) {
    const parts = [];
    for (let i = common; i < fromSegments.length; i++) ArrayPrototypePush(parts, '..');
    for (let i = common; i < toSegments.length; i++) ArrayPrototypePush(parts, toSegments[i]);
    return ArrayPrototypeJoin(parts, sep);
  }

  // --- posix ----------------------------------------------------------------------------------------
  const posix = {
    resolve(...paths) {
      let resolved = '';
      let absolute = false;
      for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
        const path = i >= 0 ? paths[i] : host.cwd();
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
        resolved = `${path}/${resolved}`;
        absolute = StringPrototypeCharCodeAt(path, 0) === SLASH;
      }
      const tail = normalizeSegments(resolved, !absolute, '/', isPosixSep);
      if (absolute) return `/${tail}`;
      return tail.length > 0 ? tail : '.';
    },
    normalize(path) {
      validateString(path, 'path');
      if (path.length === 0) return '.';
      const absolute = StringPrototypeCharCodeAt(path, 0) === SLASH;
      const trailing = StringPrototypeCharCodeAt(path, path.length - 1) === SLASH;
      let tail = normalizeSegments(path, !absolute, '/', isPosixSep);
      if (tail.length === 0) {
        if (absolute) return '/';
        return trailing ? './' : '.';
      }
      if (trailing) tail += '/';
      return absolute ? `/${tail}` : tail;
    },
    isAbsolute(path) {
      validateString(path, 'path');
      return path.length > 0 && StringPrototypeCharCodeAt(path, 0) === SLASH;
    },
    join(...paths) {
      let joined;
      for (const part of paths) {
        validateString(part, 'path');
        if (part.length > 0) joined = joined === undefined ? part : `${joined}/${part}`;
      }
      return joined === undefined ? '.' : posix.normalize(joined);
    },
    relative(from, to) {
      validateString(from, 'from');
      validateString(to, 'to');
      if (from === to) return '';
      from = posix.resolve(from);
      to = posix.resolve(to);
      if (from === to) return '';
      const fromSegments = segmentsOf(from, isPosixSep);
      const toSegments = segmentsOf(to, isPosixSep);
      let common = 0;
      while (common < fromSegments.length && common < toSegments.length &&
          fromSegments[common] === toSegments[common]) common++;
      return relativeSegments(fromSegments, toSegments, common, '/');
    },
    toNamespacedPath(path) {
      return path;
    },
    dirname(path) {
      validateString(path, 'path');
      if (path.length === 0) return '.';
      const rooted = StringPrototypeCharCodeAt(path, 0) === SLASH;
      let end = path.length;
      while (end > 1 && StringPrototypeCharCodeAt(path, end - 1) === SLASH) end--;
      while (end > 1 && StringPrototypeCharCodeAt(path, end - 1) !== SLASH) end--;
      // end is now just past the separator before the last segment, or 1 (or 0 without root).
      if (end <= 1) {
        if (end === 1 && !rooted) return '.';
        return rooted ? '/' : '.';
      }
      if (rooted && end === 2) return '//';
      return StringPrototypeSlice(path, 0, end - 1);
    },
    basename(path, suffix) {
      if (suffix !== undefined) validateString(suffix, 'ext');
      validateString(path, 'path');
      return basenameIn(path, 0, suffix, isPosixSep);
    },
    extname(path) {
      validateString(path, 'path');
      const [start, end] = lastSegment(path, 0, isPosixSep);
      return extensionOf(StringPrototypeSlice(path, start, end));
    },
    format(pathObject) {
      return formatWith('/', pathObject);
    },
    parse(path) {
      validateString(path, 'path');
      const result = { root: '', dir: '', base: '', ext: '', name: '' };
      if (path.length === 0) return result;
      const rootEnd = StringPrototypeCharCodeAt(path, 0) === SLASH ? 1 : 0;
      if (rootEnd === 1) result.root = '/';
      const [start, end] = lastSegment(path, rootEnd, isPosixSep);
      fillParsed(result, path, rootEnd, start, end);
      return result;
    },
    sep: '/',
    delimiter: ':',
    win32: null,
    posix: null,
  };

  /** parse()'s dir, base, ext and name once the root and the last segment are known. */
  function fillParsed(result, path, rootEnd, start, end) {
    const base = StringPrototypeSlice(path, start, end);
    if (end > start) {
      const ext = extensionOf(base);
      result.base = base;
      result.ext = ext;
      result.name = StringPrototypeSlice(base, 0, base.length - ext.length);
    }
    result.dir = start > rootEnd ? StringPrototypeSlice(path, 0, start - 1) : result.root;
  }

  // --- win32 ----------------------------------------------------------------------------------------
  /**
   * The root of a Windows path: `{ device, rootEnd, absolute }`. `device` is 'C:' or
   * '\\server\share' (or ''); `rootEnd` is where the rest starts (after the root's separator);
   * `absolute` whether a separator follows the device (or the path starts with one).
   */
  function winRoot(path) {
    const length = path.length;
    if (length === 0) return { device: '', rootEnd: 0, absolute: false, uncEnd: false };
    const c0 = StringPrototypeCharCodeAt(path, 0);
    if (isWinSep(c0)) {
      if (length > 1 && isWinSep(StringPrototypeCharCodeAt(path, 1))) {
        // \\server\share: a server name, separators, then a share name
        let j = 2;
        while (j < length && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
        if (j < length && j > 2) {
          const server = StringPrototypeSlice(path, 2, j);
          while (j < length && isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
          const shareStart = j;
          if (j < length) {
            while (j < length && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
            const device = `\\\\${server}\\${StringPrototypeSlice(path, shareStart, j)}`;
            if (j === length) return { device, rootEnd: j, absolute: true, uncEnd: true };
            return { device, rootEnd: j + 1, absolute: true, uncEnd: false };
          }
        }
      }
      return { device: '', rootEnd: 1, absolute: true, uncEnd: false };
    }
    if (length >= 2 && isDriveLetter(c0) && StringPrototypeCharCodeAt(path, 1) === COLON) {
      const absolute = length > 2 && isWinSep(StringPrototypeCharCodeAt(path, 2));
      return { device: StringPrototypeSlice(path, 0, 2), rootEnd: absolute ? 3 : 2, absolute, uncEnd: false };
    }
    return { device: '', rootEnd: 0, absolute: false, uncEnd: false };
  }
  /** The length of a drive prefix ('C:') that basename and extname skip. */
  function drivePrefix(path) {
    return path.length >= 2 && isDriveLetter(StringPrototypeCharCodeAt(path, 0)) &&
      StringPrototypeCharCodeAt(path, 1) === COLON ? 2 : 0;
  }

  /**
   * Whether a relative normalized `tail` could be read as a drive or device path ('b:c' that
   * '..' brought to the front, or a segment ending in ':'): such a result gets a '.\\' prefix.
   */
  function looksLikeDevice(path, tail) {
    const segments = segmentsOf(tail, isWinSep);
    for (const segment of segments) {
      if (segment.length > 0 && StringPrototypeCharCodeAt(segment, segment.length - 1) === COLON) return true;
    }
    const first = segments[0];
    if (first === undefined || StringPrototypeIndexOf(first, ':') < 0) return false;
    return segmentsOf(path, isWinSep)[0] !== first;
  }

  const win32 = {
    resolve(...paths) {
      let device = '';
      let tail = '';
      let absolute = false;
      for (let i = paths.length - 1; i >= -1; i--) {
        const path = i >= 0 ? paths[i] : host.cwd();
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
        const root = winRoot(path);
        if (root.device.length > 0) {
          if (device.length > 0) {
            if (StringPrototypeToLowerCase(root.device) !== StringPrototypeToLowerCase(device)) continue;
          } else {
            device = root.device;
          }
        }
        if (absolute) {
          if (device.length > 0) break;
        } else {
          tail = `${StringPrototypeSlice(path, root.rootEnd)}\\${tail}`;
          absolute = root.absolute;
          if (absolute && device.length > 0) break;
        }
      }
      tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
      if (absolute) return `${device}\\${tail}`;
      return `${device}${tail}` || '.';
    },
    normalize(path) {
      validateString(path, 'path');
      const length = path.length;
      if (length === 0) return '.';
      if (length === 1) return isWinSep(StringPrototypeCharCodeAt(path, 0)) ? '\\' : path;
      const root = winRoot(path);
      if (root.uncEnd) return `${root.device}\\`;
      let tail = root.rootEnd < length
        ? normalizeSegments(StringPrototypeSlice(path, root.rootEnd), !root.absolute, '\\', isWinSep) : '';
      if (tail.length === 0 && !root.absolute) tail = '.';
      if (tail.length > 0 && isWinSep(StringPrototypeCharCodeAt(path, length - 1))) tail += '\\';
      if (root.device.length === 0 && !root.absolute && looksLikeDevice(path, tail)) tail = `.\\${tail}`;
      return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
    },
    isAbsolute(path) {
      validateString(path, 'path');
      const length = path.length;
      if (length === 0) return false;
      const c0 = StringPrototypeCharCodeAt(path, 0);
      return isWinSep(c0) || (length > 2 && isDriveLetter(c0) &&
        StringPrototypeCharCodeAt(path, 1) === COLON && isWinSep(StringPrototypeCharCodeAt(path, 2)));
    },
    join(...paths) {
      let joined;
      let first;
      for (const part of paths) {
        validateString(part, 'path');
        if (part.length === 0) continue;
        if (joined === undefined) {
          joined = first = part;
        } else {
          joined = `${joined}\\${part}`;
        }
      }
      if (joined === undefined) return '.';
      // A UNC root survives only when the first part starts it (exactly two separators and a
      // name); any other run of leading separators becomes one.
      const keepsUnc = first.length > 2 && isWinSep(StringPrototypeCharCodeAt(first, 0)) &&
        isWinSep(StringPrototypeCharCodeAt(first, 1)) && !isWinSep(StringPrototypeCharCodeAt(first, 2));
      if (!keepsUnc) {
        let leading = 0;
        while (leading < joined.length && isWinSep(StringPrototypeCharCodeAt(joined, leading))) leading++;
        if (leading >= 2) joined = `\\${StringPrototypeSlice(joined, leading)}`;
      }
      return win32.normalize(joined);
    },
    relative(from, to) {
      validateString(from, 'from');
      validateString(to, 'to');
      if (from === to) return '';
      const fromResolved = win32.resolve(from);
      const toResolved = win32.resolve(to);
      if (fromResolved === toResolved) return '';
      const fromSegments = segmentsOf(StringPrototypeToLowerCase(fromResolved), isWinSep);
      const toLower = segmentsOf(StringPrototypeToLowerCase(toResolved), isWinSep);
      if (fromSegments.length === toLower.length) {
        let same = true;
        for (let i = 0; i < toLower.length && same; i++) same = fromSegments[i] === toLower[i];
        if (same) return '';
      }
      const toSegments = segmentsOf(toResolved, isWinSep);
      let common = 0;
      while (common < fromSegments.length && common < toLower.length &&
          fromSegments[common] === toLower[common]) common++;
      if (common === 0 && fromSegments.length > 0 && toSegments.length > 0) return toResolved;
      return relativeSegments(fromSegments, toSegments, common, '\\');
    },
    toNamespacedPath(path) {
      if (typeof path !== 'string' || path.length === 0) return path;
      const resolved = win32.resolve(path);
      if (resolved.length <= 2) return path;
      const c0 = StringPrototypeCharCodeAt(resolved, 0);
      if (c0 === BACKSLASH) {
        if (StringPrototypeCharCodeAt(resolved, 1) === BACKSLASH) {
          const c2 = StringPrototypeCharCodeAt(resolved, 2);
          if (c2 !== 63 && c2 !== DOT) return `\\\\?\\UNC\\${StringPrototypeSlice(resolved, 2)}`;
        }
      } else if (isDriveLetter(c0) && StringPrototypeCharCodeAt(resolved, 1) === COLON &&
          StringPrototypeCharCodeAt(resolved, 2) === BACKSLASH) {
        return `\\\\?\\${resolved}`;
      }
      return resolved;
    },
    dirname(path) {
      validateString(path, 'path');
      const length = path.length;
      if (length === 0) return '.';
      if (length === 1) return isWinSep(StringPrototypeCharCodeAt(path, 0)) ? path : '.';
      const root = winRoot(path);
      if (root.uncEnd) return path;
      const rootEnd = root.device.length > 0 || root.absolute ? root.rootEnd : -1;
      const from = rootEnd < 0 ? 0 : rootEnd;
      let end = length;
      while (end > from && isWinSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
      while (end > from && !isWinSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
      if (end <= from) return rootEnd < 0 ? '.' : StringPrototypeSlice(path, 0, rootEnd);
      // end - 1 is a separator past the root: the directory ends there (its own run of
      // separators before it is kept, as Node keeps it).
      return StringPrototypeSlice(path, 0, end - 1);
    },
    basename(path, suffix) {
      if (suffix !== undefined) validateString(suffix, 'ext');
      validateString(path, 'path');
      return basenameIn(path, drivePrefix(path), suffix, isWinSep);
    },
    extname(path) {
      validateString(path, 'path');
      const [start, end] = lastSegment(path, drivePrefix(path), isWinSep);
      return extensionOf(StringPrototypeSlice(path, start, end));
    },
    format(pathObject) {
      return formatWith('\\', pathObject);
    },
    parse(path) {
      validateString(path, 'path');
      const result = { root: '', dir: '', base: '', ext: '', name: '' };
      const length = path.length;
      if (length === 0) return result;
      if (length === 1 && isWinSep(StringPrototypeCharCodeAt(path, 0))) {
        result.root = result.dir = path;
        return result;
      }
      const root = winRoot(path);
      const rootEnd = root.rootEnd;
      if (rootEnd > 0) result.root = StringPrototypeSlice(path, 0, rootEnd);
      if (root.uncEnd) {
        result.dir = result.root;
        return result;
      }
      const [start, end] = lastSegment(path, rootEnd, isWinSep);
      fillParsed(result, path, rootEnd, start, end);
      return result;
    },
    sep: '\\',
    delimiter: ';',
    win32: null,
    posix: null,
  };

  posix.win32 = win32.win32 = win32;
  posix.posix = win32.posix = posix;
  posix._makeLong = posix.toNamespacedPath;
  win32._makeLong = win32.toNamespacedPath;
  return { posix, win32 };
})
