// 11_console.js: the global `console`, as Node's, on top of `internal.formatWithOptions`
// (10_inspect.js) and the host's `write(fd, text)` and `now()`. It adds: stdout/stderr routing
// (log/info/debug/dir/dirxml/table/count/time* to fd 1; error/warn/trace/assert to fd 2),
// group indentation, counters, timers with Node's duration format, `console.table`'s box
// drawing, `console.trace` stacks, and Node's warnings for misuse. Every method works detached
// (`const { log } = console`), and, as in Node, the composite methods (group, count, time*,
// table, assert, trace) print through the current `console.log` / `warn` / `error`.
(function cortadoModuleBody(host, internal) {
  'use strict';

  // ---- Intrinsics, captured before user code runs ---------------------------------------------
  const {
    uncurryThis, ReflectApply, ReflectDefineProperty, ObjectKeys, ObjectPrototypeHasOwnProperty,
    ArrayIsArray, ArrayPrototypePush, ArrayPrototypeJoin, ArrayPrototypeUnshift,
    StringPrototypeSlice, StringPrototypeIndexOf, StringPrototypeRepeat, StringPrototypePadStart,
    Number: NumberCtor, NumberPrototypeToFixed, MathFloor, MathMax, Map: MapCtor,
    MapPrototypeGet, MapPrototypeSet, MapPrototypeHas, MapPrototypeDelete, MapPrototypeEntries,
  } = internal.primordials;
  const { Infinity } = internal.primordials; // not the global (see 00_primordials.js)
  const MapIteratorNext = uncurryThis(Object.getPrototypeOf(new Map().entries()).next);
  const SetPrototypeValues = uncurryThis(Set.prototype.values);
  const SetIteratorNext = uncurryThis(Object.getPrototypeOf(new Set().values()).next);
  const ErrorCtor = Error;
  const ErrorCaptureStackTrace = Error.captureStackTrace;
  const TypeErrorCtor = TypeError;
  const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);

  const inspect = internal.inspect;
  const formatWithOptions = internal.formatWithOptions;
  const getStringWidth = internal.getStringWidth;
  const { isMap, isSet, isMapIterator, isSetIterator, previewEntries } = internal.inspectTypes;

  // ---- Output -----------------------------------------------------------------------------------
  const STDOUT = 1;
  const STDERR = 2;
  let groupIndent = '';

  function replaceNewlines(text, replacement) {
    let at = StringPrototypeIndexOf(text, '\n');
    if (at === -1) return text;
    let out = '';
    let last = 0;
    while (at !== -1) {
      out += StringPrototypeSlice(text, last, at) + replacement;
      last = at + 1;
      at = StringPrototypeIndexOf(text, '\n', last);
    }
    return out + StringPrototypeSlice(text, last);
  }

  /** Writes one message, indented for the current group, with its line ending. */
  function writeToConsole(fd, text) {
    if (groupIndent.length !== 0) {
      text = groupIndent + replaceNewlines(text, `\n${groupIndent}`);
    }
    host.write(fd, `${text}\n`);
  }

  // Like Node, colors when the stream is a color terminal, or when FORCE_COLOR asks for them.
  const colorTerms = new RegExp('ansi|color|linux|^con[0-9]*x[0-9]|^rxvt|^screen|^xterm|^vt100|' +
    '^tmux|^(?:eterm|cons25|console|cygwin|dtterm|gnome|hurd|jfbterm|konsole|kterm|mlterm|mosh|' +
    'putty|st|terminator)$', 'i');
  const colorsByFd = { __proto__: null };
  function environment() {
    const env = { __proto__: null };
    if (typeof host.environmentPairs === 'function') {
      const pairs = host.environmentPairs();
      for (let i = 0; i + 1 < pairs.length; i += 2) env[pairs[i]] = pairs[i + 1];
    }
    return env;
  }
  function shouldColorize(fd) {
    if (colorsByFd[fd] === undefined) {
      const env = environment();
      let colorize;
      if (env.FORCE_COLOR !== undefined) {
        colorize = env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
      } else if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
          env.TERM === 'dumb') {
        colorize = false;
      } else {
        colorize = typeof host.isTerminal === 'function' && host.isTerminal(fd) === true &&
          (env.COLORTERM !== undefined || env.TERM_PROGRAM !== undefined || env.CI !== undefined ||
           (env.TERM !== undefined && RegExpPrototypeExec(colorTerms, env.TERM) !== null));
      }
      colorsByFd[fd] = colorize;
    }
    return colorsByFd[fd];
  }
  const noColorOptions = {};
  const colorOptions = { colors: true };
  /** The inspect options for a stream: Node's console adds only `colors`. */
  function inspectOptionsFor(fd) {
    return shouldColorize(fd) ? colorOptions : noColorOptions;
  }

  function formatArgs(fd, args) {
    const list = [inspectOptionsFor(fd)];
    for (let i = 0; i < args.length; i++) ArrayPrototypePush(list, args[i]);
    return ReflectApply(formatWithOptions, undefined, list);
  }

  /** Node's process warnings: through `process.emitWarning` when the runtime has one. */
  function emitWarning(message) {
    if (typeof internal.emitWarning === 'function') {
      internal.emitWarning(message);
      return;
    }
    const pid = typeof host.pid === 'number' ? `:${host.pid}` : '';
    host.write(STDERR, `(cortado${pid}) Warning: ${message}\n`);
  }

  /** Calls the console's current method `name` (a user may have replaced it, as in Node). */
  function callConsole(name, args) {
    return ReflectApply(console[name], console, args);
  }

  // ---- Timers -----------------------------------------------------------------------------------
  const counts = new MapCtor();
  const timers = new MapCtor();

  function pad2(value) { return StringPrototypePadStart(`${value}`, 2, '0'); }

  /** `1.234ms`, `1.500s`, `1:05.432 (m:ss.mmm)`, `1:02:05.123 (h:mm:ss.mmm)`, as Node. */
  function formatDuration(ms) {
    let hours = 0;
    let minutes = 0;
    let seconds = 0;
    if (ms >= 1000) {
      if (ms >= 60000) {
        if (ms >= 3600000) {
          hours = MathFloor(ms / 3600000);
          ms %= 3600000;
        }
        minutes = MathFloor(ms / 60000);
        ms %= 60000;
      }
      seconds = ms / 1000;
    }
    if (hours !== 0 || minutes !== 0) {
      const fixed = NumberPrototypeToFixed(seconds, 3);
      const dot = StringPrototypeIndexOf(fixed, '.');
      const wholeSeconds = StringPrototypeSlice(fixed, 0, dot);
      const millis = StringPrototypeSlice(fixed, dot + 1);
      const lead = hours !== 0 ? `${hours}:${pad2(minutes)}` : `${minutes}`;
      return `${lead}:${pad2(wholeSeconds)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
    }
    if (seconds !== 0) return `${NumberPrototypeToFixed(seconds, 3)}s`;
    return `${NumberCtor(NumberPrototypeToFixed(ms, 3))}ms`;
  }

  function logTime(method, label, data) {
    const start = MapPrototypeGet(timers, label);
    if (start === undefined) {
      emitWarning(`No such label '${label}' for console.${method}()`);
      return false;
    }
    const args = ['%s: %s', label, formatDuration(host.now() - start)];
    if (data !== undefined) for (let i = 0; i < data.length; i++) ArrayPrototypePush(args, data[i]);
    callConsole('log', args);
    return true;
  }

  // ---- console.table ----------------------------------------------------------------------------
  const box = {
    topLeft: '┌', topMiddle: '┬', topRight: '┐',
    leftMiddle: '├', rowMiddle: '┼', rightMiddle: '┤',
    bottomLeft: '└', bottomMiddle: '┴', bottomRight: '┘',
    line: '─', left: '│ ', middle: ' │ ', right: ' │',
  };

  function renderRow(cells, widths) {
    let out = box.left;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      out += cell + StringPrototypeRepeat(' ', widths[i] - getStringWidth(cell));
      if (i !== cells.length - 1) out += box.middle;
    }
    return out + box.right;
  }

  /** Draws the table: `head` names the columns, `columns[i]` holds column i's cells by row. */
  function drawTable(head, columns) {
    const widths = [];
    let rowCount = 0;
    for (let i = 0; i < head.length; i++) {
      ArrayPrototypePush(widths, getStringWidth(head[i]));
      rowCount = MathMax(rowCount, columns[i].length);
    }
    const rows = [];
    for (let i = 0; i < head.length; i++) {
      const column = columns[i];
      for (let j = 0; j < rowCount; j++) {
        if (rows[j] === undefined) rows[j] = [];
        const cell = ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
        rows[j][i] = cell;
        widths[i] = MathMax(widths[i] || 0, getStringWidth(cell));
      }
    }
    const rules = [];
    for (let i = 0; i < widths.length; i++) {
      ArrayPrototypePush(rules, StringPrototypeRepeat(box.line, widths[i] + 2));
    }
    let out = `${box.topLeft}${ArrayPrototypeJoin(rules, box.topMiddle)}${box.topRight}\n` +
      `${renderRow(head, widths)}\n` +
      `${box.leftMiddle}${ArrayPrototypeJoin(rules, box.rowMiddle)}${box.rightMiddle}\n`;
    for (let j = 0; j < rows.length; j++) out += `${renderRow(rows[j], widths)}\n`;
    const bottom = ArrayPrototypeJoin(rules, box.bottomMiddle);
    return `${out}${box.bottomLeft}${bottom}${box.bottomRight}`;
  }

  /** A table cell: objects with more than two keys collapse to `[Object]`. */
  function inspectCell(value) {
    const depth = value !== null && typeof value === 'object' && !ArrayIsArray(value) &&
      ObjectKeys(value).length > 2 ? -1 : 0;
    const options = { depth, maxArrayLength: 3, breakLength: Infinity };
    if (shouldColorize(STDOUT)) options.colors = true;
    return inspect(value, options);
  }
  function indexColumn(length) {
    const cells = [];
    for (let i = 0; i < length; i++) ArrayPrototypePush(cells, inspectCell(i));
    return cells;
  }
  function collect(iterator, next) {
    const items = [];
    for (let step = next(iterator); !step.done; step = next(iterator)) {
      ArrayPrototypePush(items, step.value);
    }
    return items;
  }

  function table(data, properties) {
    if (properties !== undefined && !ArrayIsArray(properties)) {
      throw invalidArgType('properties', 'an instance of Array', properties);
    }
    if (data === null || typeof data !== 'object') return callConsole('log', [data]);

    const print = (head, columns) => callConsole('log', [drawTable(head, columns)]);
    let mapEntries;   // flat [k, v, k, v] from a Map or a Map entries iterator
    let setValues;    // values from a Set or a Set/Map values iterator
    if (isMapIterator(data)) {
      const preview = previewEntries(data);
      if (preview !== undefined) {
        if (preview[1]) mapEntries = preview[0];
        else setValues = preview[0];
      }
    } else if (isMap(data)) {
      mapEntries = [];
      const pairs = collect(MapPrototypeEntries(data), MapIteratorNext);
      for (let i = 0; i < pairs.length; i++) {
        ArrayPrototypePush(mapEntries, pairs[i][0]);
        ArrayPrototypePush(mapEntries, pairs[i][1]);
      }
    } else if (isSetIterator(data)) {
      const preview = previewEntries(data);
      if (preview !== undefined) setValues = preview[0];
    } else if (isSet(data)) {
      setValues = collect(SetPrototypeValues(data), SetIteratorNext);
    }

    if (mapEntries !== undefined) {
      const keys = [];
      const values = [];
      for (let i = 0; i < mapEntries.length; i += 2) {
        ArrayPrototypePush(keys, inspectCell(mapEntries[i]));
        ArrayPrototypePush(values, inspectCell(mapEntries[i + 1]));
      }
      return print(['(iteration index)', 'Key', 'Values'],
        [indexColumn(keys.length), keys, values]);
    }
    if (setValues !== undefined) {
      const values = [];
      for (let i = 0; i < setValues.length; i++) {
        ArrayPrototypePush(values, inspectCell(setValues[i]));
      }
      return print(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
    }

    // Rows are the object's keys; columns the union of the rows' keys, in first-seen order.
    const columnsByKey = { __proto__: null };
    let hasPrimitives = false;
    const primitiveColumn = [];
    const rowKeys = ObjectKeys(data);
    for (let i = 0; i < rowKeys.length; i++) {
      const item = data[rowKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitiveColumn[i] = inspectCell(item);
      } else {
        const keys = properties || ObjectKeys(item);
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k];
          if (columnsByKey[key] === undefined) columnsByKey[key] = [];
          const absent = (primitive && properties) || !ObjectPrototypeHasOwnProperty(item, key);
          columnsByKey[key][i] = absent ? '' : inspectCell(item[key]);
        }
      }
    }
    const head = ObjectKeys(columnsByKey);
    const columns = [];
    for (let i = 0; i < head.length; i++) ArrayPrototypePush(columns, columnsByKey[head[i]]);
    if (hasPrimitives) {
      ArrayPrototypePush(head, 'Values');
      ArrayPrototypePush(columns, primitiveColumn);
    }
    ArrayPrototypeUnshift(head, '(index)');
    ArrayPrototypeUnshift(columns, rowKeys);
    return print(head, columns);
  }

  function invalidArgType(name, expected, value) {
    if (internal.errors && typeof internal.errors.invalidArgType === 'function') {
      return internal.errors.invalidArgType(name, expected, value);
    }
    const error = new TypeErrorCtor(`The "${name}" argument must be ${expected}.`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    return error;
  }

  // ---- console.trace ----------------------------------------------------------------------------
  function plainErrorStack() {
    return `${new ErrorCtor().stack}`;
  }
  // Whether this file's own frames show in stacks: an engine may hide internal sources (GraalJS
  // does for Cortado's), and then there is nothing of ours to cut from a stack.
  const ownFramesShow = (function probeOwnFrames() {
    return StringPrototypeIndexOf(plainErrorStack(), 'probeOwnFrames') !== -1;
  })();

  /**
   * The stack frames ("\n    at ..." lines) of whoever called `method`, which called this.
   * Uses Error.captureStackTrace when the engine has it; otherwise cuts the frames of this
   * function, of plainErrorStack and of `method` (when they show) from a plain error's stack.
   */
  function callerFrames(method) {
    let stack;
    if (typeof ErrorCaptureStackTrace === 'function') {
      const holder = { name: 'Trace', message: '' };
      ErrorCaptureStackTrace(holder, method);
      stack = holder.stack;
      if (typeof stack === 'string') {
        const start = StringPrototypeIndexOf(stack, '\n');
        return start === -1 ? '' : StringPrototypeSlice(stack, start);
      }
    }
    const ownFrames = ownFramesShow ? 3 : 0;
    const limit = ErrorCtor.stackTraceLimit;
    const raise = typeof limit === 'number' && ownFrames > 0;
    if (raise) ErrorCtor.stackTraceLimit = limit + ownFrames;
    try {
      stack = plainErrorStack();
    } finally {
      if (raise) ErrorCtor.stackTraceLimit = limit;
    }
    let at = StringPrototypeIndexOf(stack, '\n    at ');
    for (let i = 0; i < ownFrames && at !== -1; i++) {
      at = StringPrototypeIndexOf(stack, '\n', at + 1);
    }
    return at === -1 ? '' : StringPrototypeSlice(stack, at);
  }

  // ---- The console object -----------------------------------------------------------------------
  const console = {
    log(...args) {
      writeToConsole(STDOUT, formatArgs(STDOUT, args));
    },
    warn(...args) {
      writeToConsole(STDERR, formatArgs(STDERR, args));
    },
    dir(object, options) {
      const merged = { customInspect: false };
      if (shouldColorize(STDOUT)) merged.colors = true;
      if (options !== null && options !== undefined) {
        const keys = ObjectKeys(options);
        for (let i = 0; i < keys.length; i++) merged[keys[i]] = options[keys[i]];
      }
      writeToConsole(STDOUT, inspect(object, merged));
    },
    time(label = 'default') {
      label = `${label}`;
      if (MapPrototypeHas(timers, label)) {
        emitWarning(`Label '${label}' already exists for console.time()`);
        return;
      }
      MapPrototypeSet(timers, label, host.now());
    },
    timeEnd(label = 'default') {
      label = `${label}`;
      if (logTime('timeEnd', label)) MapPrototypeDelete(timers, label);
    },
    timeLog(label = 'default', ...data) {
      label = `${label}`;
      logTime('timeLog', label, data);
    },
    trace(...args) {
      const message = formatArgs(STDERR, args);
      const header = message === '' ? 'Trace' : `Trace: ${message}`;
      callConsole('error', [header + callerFrames(consoleTrace)]);
    },
    assert(expression, ...args) {
      if (!expression) {
        args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
        callConsole('warn', args);
      }
    },
    clear() {
      // Node clears only a terminal; output here is treated as a stream, so nothing to do.
    },
    count(label = 'default') {
      label = `${label}`;
      const count = (MapPrototypeGet(counts, label) || 0) + 1;
      MapPrototypeSet(counts, label, count);
      callConsole('log', [`${label}: ${count}`]);
    },
    countReset(label = 'default') {
      label = `${label}`;
      if (!MapPrototypeHas(counts, label)) {
        emitWarning(`Count for '${label}' does not exist`);
        return;
      }
      MapPrototypeDelete(counts, label);
    },
    group(...data) {
      if (data.length > 0) callConsole('log', data);
      groupIndent += '  ';
    },
    groupEnd() {
      groupIndent = StringPrototypeSlice(groupIndent, 0, groupIndent.length - 2);
    },
    table(tabularData, properties) {
      table(tabularData, properties);
    },
    debug(...args) {
      writeToConsole(STDOUT, formatArgs(STDOUT, args));
    },
    info(...args) {
      writeToConsole(STDOUT, formatArgs(STDOUT, args));
    },
    dirxml(...data) {
      writeToConsole(STDOUT, formatArgs(STDOUT, data));
    },
    error(...args) {
      writeToConsole(STDERR, formatArgs(STDERR, args));
    },
    groupCollapsed(...data) {
      if (data.length > 0) callConsole('log', data);
      groupIndent += '  ';
    },
    profile() {},
    profileEnd() {},
    timeStamp() {},
  };
  const consoleTrace = console.trace;
  // Node's console methods are bound functions: all report length 0.
  const methodNames = ObjectKeys(console);
  for (let i = 0; i < methodNames.length; i++) {
    ReflectDefineProperty(console[methodNames[i]], 'length', { value: 0, configurable: true });
  }
  ReflectDefineProperty(console, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true,
  });

  // A Web IDL namespace: its [[Prototype]] is an empty object whose [[Prototype]] is Object.prototype.
  Reflect.setPrototypeOf(console, Reflect.apply(Object.create, Object, [Object.prototype]));

  internal.console = console;
  internal.defineGlobal('console', console);
})
