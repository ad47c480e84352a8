// 40_modules.js: Node's two module systems on top of the Java module ops.
//   - CommonJS `require` with Node's resolution (files, directories, node_modules, package.json
//     "main" and "exports"), JSON, `require.cache`, and `require()` of a synchronous ES module;
//   - ES module resolution for the engine's loader (`resolveEsm`): exact relative paths, file:
//     URLs, packages with "exports", built-ins, and CommonJS files, which ESM sees through a
//     generated virtual module whose default export is `module.exports`;
//   - `import.meta.dirname` / `filename` / `resolve`;
//   - the registry of built-in modules (`node:x` and `x`).
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectCreate, ObjectFreeze, StringPrototypeStartsWith, StringPrototypeSlice,
    StringPrototypeLastIndexOf, StringPrototypeEndsWith, JSONParse, ArrayPrototypePush,
    ArrayPrototypeJoin, Error: ErrorCtor, ReflectApply, RegExpPrototypeTest, JSONStringify,
    StringPrototypeIndexOf, StringPrototypeSplit, ArrayPrototypeSlice, StringPrototypeCharCodeAt,
    Map: MapCtor, MapPrototypeGet, MapPrototypeSet, StringPrototypeTrim, StringPrototypeToLowerCase,
  } = internal.primordials;
  const decodeURIComponentFn = decodeURIComponent;   // captured before user code runs
  const ops = internal.moduleOps;

  // --- built-ins ----------------------------------------------------------------------------------
  const builtinFactories = ObjectCreate(null);
  const builtinCache = ObjectCreate(null);
  const builtinList = [];
  internal.defineBuiltin = function defineBuiltin(name, factory) {
    builtinFactories[name] = factory;
    ArrayPrototypePush(builtinList, name);
  };
  function builtinName(specifier) {
    const name = StringPrototypeStartsWith(specifier, 'node:') ? StringPrototypeSlice(specifier, 5) : specifier;
    return builtinFactories[name] !== undefined ? name : undefined;
  }
  /** `node:x` names only built-ins: an unknown one is an error, not a file or package to look for. */
  function checkNodeScheme(specifier) {
    if (StringPrototypeStartsWith(specifier, 'node:')) {
      throw internal.errors.makeCodedError(ErrorCtor, 'ERR_UNKNOWN_BUILTIN_MODULE',
        `No such built-in module: ${specifier}`);
    }
  }
  function loadBuiltin(name) {
    let exports = builtinCache[name];
    if (exports === undefined) {
      exports = builtinCache[name] = builtinFactories[name]();
    }
    return exports;
  }
  internal.builtinName = builtinName;
  internal.loadBuiltin = loadBuiltin;

  // --- paths --------------------------------------------------------------------------------------
  function dirname(path) {
    const i = StringPrototypeLastIndexOf(path, '/');
    return i <= 0 ? '/' : StringPrototypeSlice(path, 0, i);
  }
  function joinPath(base, relative) {
    const parts = [];
    const all = (StringPrototypeStartsWith(relative, '/') ? relative : `${base}/${relative}`).split('/');
    for (const part of all) {
      if (part === '' || part === '.') continue;
      if (part === '..') parts.pop(); else ArrayPrototypePush(parts, part);
    }
    return '/' + ArrayPrototypeJoin(parts, '/');
  }
  internal.path = { dirname, joinPath };

  // --- which module files need no permission -------------------------------------------------------
  // Loading the program's own modules never needs a permission: files under the working directory,
  // under the main script's directory or its package's root (the nearest package.json above it),
  // and packages in node_modules. Any other file (`require('/etc/passwd')`, a JSON file elsewhere)
  // is a read like any other: it needs --allow-read for its path.
  const programRoots = [];
  function isUnder(path, dir) {
    return path === dir || StringPrototypeStartsWith(path, dir === '/' ? '/' : `${dir}/`);
  }
  internal.setProgramMain = function setProgramMain(mainPath) {
    let dir = dirname(mainPath);
    ArrayPrototypePush(programRoots, dir);
    while (dir !== '/') {
      if (ops.stat(`${dir}/package.json`) === 1) {
        ArrayPrototypePush(programRoots, dir);
        break;
      }
      dir = dirname(dir);
    }
  };
  function checkModuleAccess(path) {
    if (StringPrototypeIndexOf(path, '/node_modules/') >= 0 || isUnder(path, host.cwd())) return;
    for (let i = 0; i < programRoots.length; i++) {
      if (isUnder(path, programRoots[i])) return;
    }
    internal.checkPermission('read', path);
  }

  // --- CommonJS -----------------------------------------------------------------------------------
  function Module(id, parent) {
    this.id = id;
    this.path = dirname(id);
    this.exports = {};
    this.filename = id;
    this.loaded = false;
    this.children = [];
    this.paths = nodeModulePaths(this.path);
    this.parent = parent;
    if (parent) ArrayPrototypePush(parent.children, this);
  }
  const moduleCache = ObjectCreate(null);
  Module._cache = moduleCache;
  Module.builtinModules = builtinList;

  function nodeModulePaths(from) {
    const paths = [];
    let dir = from;
    for (;;) {
      if (!StringPrototypeEndsWith(dir, '/node_modules')) ArrayPrototypePush(paths, `${dir === '/' ? '' : dir}/node_modules`);
      if (dir === '/') break;
      dir = dirname(dir);
    }
    return paths;
  }

  function notFound(request, parent) {
    const stack = [];
    for (let m = parent; m; m = m.parent) ArrayPrototypePush(stack, m.filename);
    const error = new ErrorCtor(`Cannot find module '${request}'` +
      (stack.length ? `\nRequire stack:\n- ${ArrayPrototypeJoin(stack, '\n- ')}` : ''));
    error.code = 'MODULE_NOT_FOUND';
    error.requireStack = stack;
    return error;
  }

  const EXTENSIONS = ['.js', '.json', '.cjs', '.mjs'];
  function tryFile(path) {
    return ops.stat(path) === 1 ? ops.realpath(path) : undefined;
  }
  function tryExtensions(path) {
    for (const ext of EXTENSIONS) {
      const found = tryFile(path + ext);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  function readPackage(dir) {
    const text = ops.readFile(`${dir}/package.json`);
    if (text === null) return undefined;
    try {
      return JSONParse(text);
    } catch (error) {
      error.message = `Error parsing ${dir}/package.json: ${error.message}`;
      throw error;
    }
  }
  function tryDirectory(dir) {
    const pkg = readPackage(dir);
    if (pkg && typeof pkg.main === 'string' && pkg.main !== '') {
      const main = joinPath(dir, pkg.main);
      const found = tryFile(main) ?? tryExtensions(main) ?? tryIndex(main);
      if (found !== undefined) return found;
    }
    return tryIndex(dir);
  }
  function tryIndex(dir) {
    return tryExtensions(`${dir}/index`);
  }
  function loadAsFileOrDirectory(path) {
    return tryFile(path) ?? tryExtensions(path) ?? (ops.stat(path) === 2 ? tryDirectory(path) : undefined);
  }
  function packageExportsTarget(exportsField, subpath, conditions) {
    let target;
    if (typeof exportsField === 'string' || Array.isArray(exportsField)) {
      target = subpath === '.' ? exportsField : undefined;
    } else if (exportsField && typeof exportsField === 'object') {
      const keys = Object.keys(exportsField);
      if (keys.length > 0 && keys[0][0] !== '.') {
        target = subpath === '.' ? exportsField : undefined;
      } else if (exportsField[subpath] !== undefined) {
        target = exportsField[subpath];
      } else {
        for (const key of keys) {
          const star = key.indexOf('*');
          if (star < 0) continue;
          const prefix = key.slice(0, star);
          const suffix = key.slice(star + 1);
          if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= key.length - 1) {
            const middle = subpath.slice(prefix.length, subpath.length - suffix.length);
            return resolveConditions(exportsField[key], conditions, middle);
          }
        }
      }
    }
    return target === undefined ? undefined : resolveConditions(target, conditions, undefined);
  }
  function resolveConditions(target, conditions, star) {
    if (typeof target === 'string') return star === undefined ? target : target.split('*').join(star);
    if (Array.isArray(target)) {
      for (const t of target) {
        const r = resolveConditions(t, conditions, star);
        if (r !== undefined) return r;
      }
      return undefined;
    }
    if (target && typeof target === 'object') {
      for (const key of Object.keys(target)) {
        if (key === 'default' || conditions.includes(key)) {
          const r = resolveConditions(target[key], conditions, star);
          if (r !== undefined) return r;
        }
      }
    }
    return undefined;
  }
  function splitPackageName(request) {
    const parts = request.split('/');
    const nameLength = request[0] === '@' ? 2 : 1;
    return [ArrayPrototypeJoin(parts.slice(0, nameLength), '/'), parts.length > nameLength ? './' + ArrayPrototypeJoin(parts.slice(nameLength), '/') : '.'];
  }
  /**
   * Node's LOAD_NODE_MODULES, with package.json "exports" (conditions given) and "main". For ES
   * modules (`exactSubpath`), a subpath outside "exports" names a file exactly, with no extension
   * or index added: the path is returned as is, for the caller to report when it is missing.
   */
  function resolvePackage(request, fromDir, conditions, exactSubpath = false) {
    const [name, subpath] = splitPackageName(request);
    for (const base of nodeModulePaths(fromDir)) {
      const dir = `${base}/${name}`;
      if (ops.stat(dir) !== 2) continue;
      const pkg = readPackage(dir);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        const target = packageExportsTarget(pkg.exports, subpath, conditions);
        if (target === undefined) {
          const error = new ErrorCtor(`Package subpath '${subpath}' is not defined by "exports" in ${dir}/package.json`);
          error.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
          throw error;
        }
        const found = tryFile(joinPath(dir, target));
        if (found !== undefined) return found;
        continue;
      }
      if (exactSubpath && subpath !== '.') return joinPath(dir, subpath);
      const found = subpath === '.' ? tryDirectory(dir) : loadAsFileOrDirectory(joinPath(dir, subpath));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  internal.resolvePackage = resolvePackage;

  /**
   * Node's PACKAGE_IMPORTS_RESOLVE: a `#name` specifier is looked up in the "imports" field of the
   * nearest package.json above `fromDir`; the target is a file of that package or another package.
   */
  function resolvePackageImport(request, fromDir, conditions) {
    let dir = fromDir;
    for (;;) {
      if (ops.stat(`${dir}/package.json`) === 1) break;
      if (dir === '/') return undefined;
      dir = dirname(dir);
    }
    const pkg = readPackage(dir);
    const imports = pkg && pkg.imports;
    if (!imports || typeof imports !== 'object') return undefined;
    let target;
    if (imports[request] !== undefined) {
      target = resolveConditions(imports[request], conditions, undefined);
    } else {
      for (const key of Object.keys(imports)) {
        const star = key.indexOf('*');
        if (star < 0) continue;
        const prefix = key.slice(0, star);
        const suffix = key.slice(star + 1);
        if (request.startsWith(prefix) && request.endsWith(suffix) && request.length >= key.length - 1) {
          target = resolveConditions(imports[key], conditions, request.slice(prefix.length, request.length - suffix.length));
          break;
        }
      }
    }
    if (target === undefined || target === null) return undefined;
    if (builtinName(target) !== undefined) return target;
    if (StringPrototypeStartsWith(target, './')) return tryFile(joinPath(dir, target)) ?? joinPath(dir, target);
    return resolvePackage(target, dir, conditions, true);
  }

  function resolveFilename(request, parent) {
    if (builtinName(request) !== undefined) return request;
    checkNodeScheme(request);
    const fromDir = parent ? parent.path : host.cwd();
    let found;
    if (StringPrototypeStartsWith(request, './') || StringPrototypeStartsWith(request, '../') ||
        request === '.' || request === '..' || StringPrototypeStartsWith(request, '/')) {
      found = loadAsFileOrDirectory(joinPath(fromDir, request));
    } else if (StringPrototypeStartsWith(request, '#')) {
      found = resolvePackageImport(request, fromDir, ['require', 'node']);
    } else {
      found = resolvePackage(request, fromDir, ['require', 'node']);
    }
    if (found === undefined) throw notFound(request, parent);
    return found;
  }

  function makeRequire(module) {
    function require(request) {
      internal.errors.validateString(request, 'id');
      if (request === '') {
        throw internal.errors.makeCodedError(TypeError, 'ERR_INVALID_ARG_VALUE',
          "The argument 'id' must be a non-empty string. Received ''");
      }
      return requireFrom(request, module);
    }
    require.resolve = function resolve(request) { return resolveFilename(request, module); };
    require.resolve.paths = function paths(request) {
      return builtinName(request) !== undefined ? null : nodeModulePaths(module ? module.path : host.cwd());
    };
    require.cache = moduleCache;
    require.main = mainModule;
    return require;
  }

  function requireFrom(request, parent) {
    const name = builtinName(request);
    if (name !== undefined) return loadBuiltin(name);
    const filename = resolveFilename(request, parent);
    if (builtinName(filename) !== undefined) return loadBuiltin(builtinName(filename));   // "#x" mapped to a built-in
    const cached = moduleCache[filename];
    if (cached !== undefined) return cached.exports;
    const module = new Module(filename, parent);
    moduleCache[filename] = module;
    let threw = true;
    try {
      loadModule(module);
      threw = false;
    } finally {
      if (threw) delete moduleCache[filename];
    }
    return module.exports;
  }

  function loadModule(module) {
    const filename = module.filename;
    checkModuleAccess(ops.realpath(filename));
    if (StringPrototypeEndsWith(filename, '.json')) {
      const text = ops.readFile(filename);
      try {
        module.exports = JSONParse(text);
      } catch (error) {
        error.message = `${filename}: ${error.message}`;
        throw error;
      }
    } else if (isEsmFile(filename)) {
      module.exports = internal.requireEsm(filename);
    } else {
      const body = ops.readFile(filename);
      const outcome = { __proto__: null, threw: false, thrown: undefined, siteFile: undefined };
      ops.runCommonJs(filename, body, module.exports, makeRequire(module), module, outcome);
      if (outcome.threw) {
        if (outcome.siteFile !== undefined) {
          internal.recordThrowSite(outcome.thrown, outcome.siteFile, outcome.siteLine, outcome.siteColumn);
        }
        throw outcome.thrown;
      }
    }
    module.loaded = true;
  }

  /** `.mjs`, or `.js` under a package.json whose "type" is "module". */
  function isEsmFile(filename) {
    if (StringPrototypeEndsWith(filename, '.mjs')) return true;
    if (StringPrototypeEndsWith(filename, '.cjs') || !StringPrototypeEndsWith(filename, '.js')) return false;
    return packageType(dirname(filename)) === 'module';
  }
  function packageType(dir) {
    for (;;) {
      const text = ops.readFile(`${dir}/package.json`);
      if (text !== null) {
        try { return JSONParse(text).type ?? 'commonjs'; } catch { return 'commonjs'; }
      }
      if (dir === '/' || StringPrototypeEndsWith(dir, '/node_modules')) return 'commonjs';
      dir = dirname(dir);
    }
  }
  internal.isEsmFile = isEsmFile;

  let mainModule;
  function runCommonJsMain(filename) {
    if (ops.stat(filename) !== 1) throw notFound(filename, null);
    const module = new Module(filename, null);
    module.id = '.';
    mainModule = module;
    moduleCache[filename] = module;
    loadModule(module);
  }

  // --- ES modules -----------------------------------------------------------------------------------
  const VIRTUAL_ROOT = '/__cortado__/';
  const virtualExports = ObjectCreate(null);   // virtual path -> () => the value it re-exports
  const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
  const RESERVED = new Set(['default', 'class', 'function', 'var', 'let', 'const', 'if', 'else',
    'for', 'while', 'do', 'return', 'new', 'delete', 'typeof', 'void', 'in', 'instanceof',
    'this', 'super', 'import', 'export', 'extends', 'switch', 'case', 'break', 'continue', 'throw',
    'try', 'catch', 'finally', 'with', 'yield', 'await', 'enum', 'null', 'true', 'false', 'debugger',
    // reserved in strict code (modules are strict)
    'implements', 'interface', 'package', 'private', 'protected', 'public', 'static']);

  function esmNotFound(message, code = 'ERR_MODULE_NOT_FOUND') {
    return internal.errors.makeCodedError(ErrorCtor, code, message);
  }
  function fileUrlToPath(url) {
    return internal.load('60_url.js').fileURLToPath(url);
  }

  /** Where `specifier` imported from `referrer` (a path, or undefined for the entry) lives. */
  function resolveEsm(referrer, specifier) {
    const name = builtinName(specifier);
    if (name !== undefined) return virtualModule(`builtin/${name}.mjs`, () => loadBuiltin(name), true);
    checkNodeScheme(specifier);
    const from = referrer === undefined || StringPrototypeStartsWith(referrer, VIRTUAL_ROOT) ? undefined : referrer;
    const fromDir = from === undefined ? host.cwd() : dirname(from);
    let path;
    if (StringPrototypeStartsWith(specifier, 'file:')) {
      path = fileUrlToPath(specifier);
    } else if (StringPrototypeStartsWith(specifier, '/') || StringPrototypeStartsWith(specifier, './') ||
        StringPrototypeStartsWith(specifier, '../') || specifier === '.' || specifier === '..') {
      path = joinPath(fromDir, specifier);
    } else if (StringPrototypeStartsWith(specifier, 'data:')) {
      return dataModule(specifier);
    } else if (StringPrototypeStartsWith(specifier, '#')) {
      path = resolvePackageImport(specifier, fromDir, ['import', 'node']);
      if (path === undefined) {
        throw esmNotFound(`Package import specifier "${specifier}" is not defined in package ${fromDir}/package.json imported from ${from ?? fromDir}`,
          'ERR_PACKAGE_IMPORT_NOT_DEFINED');
      }
      if (builtinName(path) !== undefined) return resolveEsm(referrer, path);
    } else {
      path = resolvePackage(specifier, fromDir, ['import', 'node'], true);
      if (path === undefined) {
        throw esmNotFound(`Cannot find package '${specifier}' imported from ${from ?? fromDir}`);
      }
    }
    const kind = ops.stat(path);
    if (kind === 2) {
      throw esmNotFound(`Directory import '${path}' is not supported resolving ES modules imported from ` +
        `${from ?? fromDir}${commonJsHint(specifier, fromDir)}`, 'ERR_UNSUPPORTED_DIR_IMPORT');
    }
    if (kind !== 1) {
      throw esmNotFound(`Cannot find module '${path}' imported from ${from ?? fromDir}` +
        commonJsHint(specifier, fromDir));
    }
    path = ops.realpath(path);
    checkModuleAccess(path);
    if (!isEsmFile(path) && !StringPrototypeEndsWith(path, '.json')) {
      return virtualModule(`cjs${path}.mjs`, () => requireFrom(path, null), false, path);
    }
    return path;
  }

  /**
   * Node's hint when an import fails where `require` would have found a file (an extension or
   * index.js left out): "\nDid you mean to import "./dir/index.js"?", else ''.
   */
  function commonJsHint(specifier, fromDir) {
    const relative = StringPrototypeStartsWith(specifier, './') || StringPrototypeStartsWith(specifier, '../') ||
      specifier === '.' || specifier === '..';
    let found;
    try {
      found = relative || StringPrototypeStartsWith(specifier, '/')
        ? loadAsFileOrDirectory(joinPath(fromDir, specifier))
        : resolvePackage(specifier, fromDir, ['require', 'node']);
    } catch {
      return '';
    }
    if (found === undefined) return '';
    if (relative) {
      found = relativePath(fromDir, found);
      if (!StringPrototypeStartsWith(found, '../')) found = `./${found}`;
    } else if (!StringPrototypeStartsWith(specifier, '/')) {
      const at = StringPrototypeIndexOf(found, `/node_modules/${StringPrototypeSplit(specifier, '/')[0]}/`);
      if (at !== -1) found = StringPrototypeSlice(found, at + '/node_modules/'.length);
    }
    return `\nDid you mean to import ${JSONStringify(found)}?`;
  }
  /** `to` relative to the directory `from` (both absolute, normalized). */
  function relativePath(from, to) {
    const a = from === '/' ? [] : ArrayPrototypeSlice(StringPrototypeSplit(from, '/'), 1);
    const b = ArrayPrototypeSlice(StringPrototypeSplit(to, '/'), 1);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const parts = [];
    for (let i = common; i < a.length; i++) ArrayPrototypePush(parts, '..');
    for (let i = common; i < b.length; i++) ArrayPrototypePush(parts, b[i]);
    return ArrayPrototypeJoin(parts, '/');
  }

  /**
   * A generated module re-exporting what `produce()` returns: as default, and under each name
   * that is a valid identifier (the names come from the value for built-ins, from a scan of the
   * source for CommonJS, as Node's lexer does).
   */
  function virtualModule(relative, produce, namesFromValue, cjsPath) {
    const path = VIRTUAL_ROOT + relative;
    if (virtualExports[path] === undefined) {
      let value;
      let cached = false;
      virtualExports[path] = () => {
        if (!cached) { value = produce(); cached = true; }
        return value;
      };
      const names = namesFromValue ? Object.keys(virtualExports[path]()) : scanCommonJsExports(cjsPath);
      let text = 'const m = import.meta.cortado;\nexport default m;\n';
      for (const n of names) {
        if (RegExpPrototypeTest(IDENTIFIER, n) && !RESERVED.has(n)) {
          text += `export const ${n} = m == null ? undefined : m[${JSONStringify(n)}];\n`;
        }
      }
      ops.registerVirtualModule(path, text);
    }
    return path;
  }

  /**
   * A `data:` URL module (text/javascript or application/json), as Node allows: its source is in
   * the URL, so loading it reads nothing and needs no permission. One module per URL.
   */
  const dataModules = new MapCtor();
  let dataModuleCount = 0;
  function dataModule(url) {
    let path = MapPrototypeGet(dataModules, url);
    if (path !== undefined) return path;
    const comma = StringPrototypeIndexOf(url, ',');
    const meta = comma < 0 ? '' : StringPrototypeSlice(url, 5, comma);
    const base64 = StringPrototypeEndsWith(meta, ';base64');
    const mime = StringPrototypeToLowerCase(StringPrototypeTrim(
      StringPrototypeSplit(base64 ? StringPrototypeSlice(meta, 0, -7) : meta, ';')[0]));
    const json = mime === 'application/json';
    if (comma < 0 || !(json || mime === 'text/javascript' || mime === 'application/javascript')) {
      throw esmNotFound(`Unknown module format: ${mime || 'none'} for URL ${StringPrototypeSlice(url, 0, 60)}`,
        'ERR_UNKNOWN_MODULE_FORMAT');
    }
    const body = StringPrototypeSlice(url, comma + 1);
    let text;
    try {
      text = base64 ? internal.load('81_buffer.js').Buffer.from(body, 'base64').toString('utf8')
        : decodeURIComponentFn(body);
    } catch (error) {
      throw esmNotFound(`Invalid data: URL ${StringPrototypeSlice(url, 0, 60)}`, 'ERR_INVALID_URL');
    }
    path = `${VIRTUAL_ROOT}data/${++dataModuleCount}${json ? '.json' : '.mjs'}`;
    ops.registerVirtualModule(path, text);
    MapPrototypeSet(dataModules, url, path);
    return path;
  }

  function scanCommonJsExports(path) {
    const source = ops.readFile(path) ?? '';
    const names = new Set();
    const patterns = [
      /(?:^|[^.\w$])(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=/g,
      /Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*['"]([A-Za-z_$][\w$]*)['"]/g,
    ];
    for (const pattern of patterns) {
      for (const m of source.matchAll(pattern)) names.add(m[1]);
    }
    const literal = /module\.exports\s*=\s*\{([^}]*)\}/.exec(source);
    if (literal) {
      for (const part of literal[1].split(',')) {
        const m = /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)\s*(?::|$|\()/.exec(part);
        if (m) names.add(m[1]);
      }
    }
    names.delete('__esModule');
    return names;
  }

  function initializeImportMeta(meta, path) {
    const produce = virtualExports[path];
    if (produce !== undefined) {
      meta.cortado = produce();
      return;
    }
    meta.url = pathToFileUrl(path);
    meta.dirname = dirname(path);
    meta.filename = path;
    meta.resolve = function resolve(specifier) {
      const resolved = resolveEsm(path, `${specifier}`);
      if (StringPrototypeStartsWith(resolved, VIRTUAL_ROOT + 'builtin/')) {
        const name = StringPrototypeSlice(resolved, VIRTUAL_ROOT.length + 8, -4);
        return `node:${name}`;
      }
      const real = StringPrototypeStartsWith(resolved, VIRTUAL_ROOT + 'cjs/')
        ? StringPrototypeSlice(resolved, VIRTUAL_ROOT.length + 3, -4) : resolved;
      return pathToFileUrl(real);
    };
  }
  /**
   * The href of the file: URL of an absolute, normalized path, as node:url's pathToFileURL writes
   * it: what the URL parser would percent-encode in a path, plus '%', '\\', '[', ']', tabs and
   * newlines. Kept here, without the URL parser, so that import.meta.url costs no URL file load.
   */
  function pathToFileUrl(path) {
    let out = 'file://';
    let start = 0;
    for (let i = 0; i < path.length; i++) {
      const c = StringPrototypeCharCodeAt(path, i);
      if (c < 0x80 && FILE_PATH_KEEP[c] === 1) continue;
      out += StringPrototypeSlice(path, start, i);
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < path.length;
      out += encodeURIComponentOf(StringPrototypeSlice(path, i, wide ? i + 2 : i + 1));
      if (wide) i++;
      start = i + 1;
    }
    return out + StringPrototypeSlice(path, start);
  }
  const encodeURIComponentOf = encodeURIComponent;
  const FILE_PATH_KEEP = new Uint8Array(128); // the ASCII a file: URL path keeps as it is
  for (let c = 0x21; c < 0x7f; c++) FILE_PATH_KEEP[c] = 1;
  for (const c of '"#%<>?[\\]^`{}') FILE_PATH_KEEP[StringPrototypeCharCodeAt(c, 0)] = 0;
  internal.pathToFileHref = pathToFileUrl;
  internal.initializeImportMeta = initializeImportMeta; // Java holds it only weakly
  ops.installModuleHooks(resolveEsm, initializeImportMeta);

  internal.Module = Module;
  internal.requireFrom = requireFrom;
  internal.runCommonJsMain = runCommonJsMain;
  internal.makeRequire = makeRequire;
  internal.requireEsm = function requireEsm(filename) {
    const namespace = ops.requireModule(filename);
    if (ops.isEvaluatingAsync(namespace)) {
      throw internal.errors.makeCodedError(ErrorCtor, 'ERR_REQUIRE_ASYNC_MODULE',
        'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
        `(while requiring ${filename})`);
    }
    return namespace;
  };
})
