// 85_assert.js: Node's `assert` and `assert/strict`, loaded on first use. AssertionError with
// Node's message shapes ("Expected values to be strictly equal:", the "+ actual - expected" line
// diff of the inspected values, "Missing expected exception."...), `code` ERR_ASSERTION,
// `actual`, `expected`, `operator`, `generatedMessage`. Deep equality is node:util's
// (84_util.js, `internal.deepEqual`).
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    Error: ErrorCtor, ArrayPrototypeJoin, ArrayPrototypePush, ObjectIs, ObjectKeys, ReflectApply,
    RegExpPrototypeExec, StringPrototypeSplit, StringPrototypeRepeat, StringPrototypeSlice,
    StringPrototypeStartsWith, ObjectDefineProperty, TypeError, ReflectOwnKeys,
  } = internal.primordials;
  const { Infinity } = internal.primordials; // not the global (see 00_primordials.js)
  const { invalidArgType, validateFunction } = internal.errors;
  internal.load('84_util.js');
  const deepEqual = internal.deepEqual;
  const isRegExp = (v) => v !== null && typeof v === 'object' && internal.inspectTypes.isRegExp(v);
  const isPromise = (v) => v !== null && typeof v === 'object' && internal.inspectTypes.isPromise(v);

  const inspectOptions = {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false,
    showProxy: false, sorted: true, getters: true,
  };
  const show = (value) => internal.inspect(value, inspectOptions);
  const lines = (text) => StringPrototypeSplit(text, '\n');

  const HEADERS = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected values not to be loosely deep-equal:',
  };

  /** The lines of a and b as a diff: [kind, line] with kind ' ', '+' (actual) or '-' (expected). */
  function diffLines(a, b) {
    const n = a.length;
    const m = b.length;
    const table = [];
    for (let i = 0; i <= n; i++) {
      table[i] = [];
      for (let j = 0; j <= m; j++) table[i][j] = 0;
    }
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1
          : (table[i + 1][j] >= table[i][j + 1] ? table[i + 1][j] : table[i][j + 1]);
      }
    }
    const out = [];
    let i = 0;
    let j = 0;
    const pendingMinus = [];
    const flush = () => {
      for (const line of pendingMinus) ArrayPrototypePush(out, ['-', line]);
      pendingMinus.length = 0;
    };
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) {
        flush();
        ArrayPrototypePush(out, [' ', a[i]]);
        i++;
        j++;
      } else if (i < n && (j >= m || table[i + 1][j] >= table[i][j + 1])) {
        ArrayPrototypePush(out, ['+', a[i]]);
        i++;
      } else {
        ArrayPrototypePush(pendingMinus, b[j]);
        j++;
      }
    }
    flush();
    return out;
  }

  /** Node's "+ actual - expected" message for two values that differ. */
  function diffMessage(actual, expected, operator, header) {
    const actualLines = lines(show(actual));
    const expectedLines = lines(show(expected));
    let indicator = '';
    if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
      const total = actualLines[0].length + expectedLines[0].length;
      if (total <= 12) {
        if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) &&
            (actual !== 0 || expected !== 0)) {
          return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
        }
      } else if (total < 80) {
        let k = 0;
        while (actualLines[0][k] === expectedLines[0][k]) k++;
        if (k > 2) indicator = `\n  ${StringPrototypeRepeat(' ', k)}^`;
      }
    }
    const diff = diffLines(actualLines, expectedLines);
    const out = [];
    let skipped = false;
    // Runs of more than four common lines keep two at each end (two at the start only when last).
    for (let k = 0; k < diff.length;) {
      if (diff[k][0] !== ' ') {
        ArrayPrototypePush(out, `${diff[k][0]} ${diff[k][1]}`);
        k++;
        continue;
      }
      let end = k;
      while (end < diff.length && diff[end][0] === ' ') end++;
      const run = end - k;
      const atEnd = end === diff.length;
      if (run > 4 && !(atEnd && run <= 2)) {
        for (let x = k; x < k + 2; x++) ArrayPrototypePush(out, `  ${diff[x][1]}`);
        if (!atEnd) {
          ArrayPrototypePush(out, '...');
          skipped = true;
          for (let x = end - 2; x < end; x++) ArrayPrototypePush(out, `  ${diff[x][1]}`);
        } else if (run > 2) {
          ArrayPrototypePush(out, '...');
          skipped = true;
        }
      } else {
        for (let x = k; x < end; x++) ArrayPrototypePush(out, `  ${diff[x][1]}`);
      }
      k = end;
    }
    return `${header}\n+ actual - expected${skipped ? ' ... Lines skipped' : ''}\n\n${ArrayPrototypeJoin(out, '\n')}${indicator}`;
  }

  class AssertionError extends ErrorCtor {
    constructor(options) {
      if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
      const { message, operator, stackStartFn } = options;
      let { actual, expected } = options;
      let text;
      if (message != null) {
        text = `${message}`;
      } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        text = diffMessage(actual, expected, operator, HEADERS[operator]);
      } else {
        text = generatedText(actual, expected, operator);
      }
      super(text);
      void stackStartFn;
      // The user's frames, from a plain Error (see AbortError in 90_main.js), under Node's heading.
      const plain = new ErrorCtor(text).stack;
      if (typeof plain === 'string') {
        const prefix = `Error: ${text}`;
        const frames = StringPrototypeStartsWith(plain, prefix) ? StringPrototypeSlice(plain, prefix.length) : '';
        ObjectDefineProperty(this, 'stack', {
          value: `AssertionError [ERR_ASSERTION]: ${text}${frames}`, writable: true, enumerable: false, configurable: true,
        });
      }
      this.generatedMessage = message == null;
      this.code = 'ERR_ASSERTION';
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    toString() {
      return `${this.name} [${this.code}]: ${this.message}`;
    }
  }

  ObjectDefineProperty(AssertionError.prototype, 'name', {
    value: 'AssertionError', writable: true, enumerable: false, configurable: true,
  });

  function generatedText(actual, expected, operator) {
    const a = show(actual);
    const e = show(expected);
    switch (operator) {
      case 'deepEqual':
        return `${HEADERS.deepEqual}\n\n${a}\n\nshould loosely deep-equal\n\n${e}`;
      case 'notDeepEqual':
        return `${HEADERS.notDeepEqual}\n\n${a}\n\nshould not loosely deep-equal\n\n${e}`;
      case 'notDeepStrictEqual':
      case 'notStrictEqual': {
        let header = HEADERS[operator];
        if (operator === 'notStrictEqual' && typeof actual === 'object' && actual !== null) {
          header = HEADERS.notStrictEqualObject;
        }
        const shown = lines(a);
        if (shown.length === 1 && header !== HEADERS.notStrictEqualObject) return `${header} ${a}`;
        return `${header}\n\n${a}\n`;
      }
      case 'strictEqualObject':
        return `Values have same structure but are not reference-equal:\n\n${a}\n`;
      default:
        return `${a} ${operator} ${e}`;
    }
  }

  function fail(actual, expected, message, operator, stackStartFn) {
    if (message instanceof ErrorCtor) throw message;
    throw new AssertionError({ actual, expected, message, operator, stackStartFn });
  }

  /** The source text of the user's `assert(...)` call, for ok()'s message; undefined if unknown. */
  function callSource() {
    const stack = new ErrorCtor().stack ?? '';
    const frames = StringPrototypeSplit(stack, '\n');
    for (let i = 1; i < frames.length; i++) {
      const match = RegExpPrototypeExec(/\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?$/, frames[i]);
      if (match === null) continue;
      const line = host.sourceLine(match[1], +match[2]);
      if (line === null || line === undefined) return undefined;
      let start = +match[3] - 1;
      // the engine points at the called name: take the whole `assert.ok` chain before it
      while (start > 0 && RegExpPrototypeExec(/[\w$.]/, line[start - 1]) !== null) start--;
      let depth = 0;
      for (let k = start; k < line.length; k++) {
        const c = line[k];
        if (c === '(') depth++;
        else if (c === ')') {
          depth--;
          if (depth === 0) return StringPrototypeSlice(line, start, k + 1);
        }
      }
      return undefined;
    }
    return undefined;
  }

  function innerOk(fn, argumentCount, value, message) {
    if (value) return;
    if (argumentCount === 0) {
      const error = new AssertionError({ actual: value, expected: true, message: 'No value argument passed to `assert.ok()`', operator: '==' });
      error.generatedMessage = true;
      throw error;
    }
    if (message instanceof ErrorCtor) throw message;
    let generated = false;
    if (message == null) {
      generated = true;
      const source = callSource();
      message = source !== undefined ? `The expression evaluated to a falsy value:\n\n  ${source}\n` : `${show(value)} == true`;
    }
    const error = new AssertionError({ actual: value, expected: true, message, operator: '==' });
    error.generatedMessage = generated;
    throw error;
  }

  function assert(...args) {
    innerOk(assert, args.length, args[0], args[1]);
  }
  const ok = function ok(...args) {
    innerOk(ok, args.length, args[0], args[1]);
  };
  assert.ok = ok;
  assert.fail = function fail_(actual, expected, message, operator, stackStartFn) {
    if (arguments.length === 0) {
      const error = new AssertionError({ message: 'Failed', operator: 'fail' });
      error.generatedMessage = true;
      throw error;
    }
    if (arguments.length === 1) {
      if (actual instanceof ErrorCtor) throw actual;
      const error = new AssertionError({ message: actual, operator: 'fail' });
      throw error;
    }
    return fail(actual, expected, message, operator === undefined ? 'fail' : operator, stackStartFn);
  };
  ObjectDefineProperty(assert.fail, 'name', { value: 'fail' });
  function requireTwo(args) {
    if (args < 2) {
      throw internal.errors.makeCodedError(TypeError, 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    }
  }
  assert.equal = function equal(actual, expected, message) {
    requireTwo(arguments.length);
    // eslint-disable-next-line eqeqeq
    if (actual != expected && (!(actual !== actual) || !(expected !== expected))) fail(actual, expected, message, '==');
  };
  assert.notEqual = function notEqual(actual, expected, message) {
    requireTwo(arguments.length);
    // eslint-disable-next-line eqeqeq
    if (actual == expected || (actual !== actual && expected !== expected)) fail(actual, expected, message, '!=');
  };
  assert.strictEqual = function strictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (ObjectIs(actual, expected)) return;
    if (message instanceof ErrorCtor) throw message;
    let text;
    if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null &&
        show(actual) === show(expected)) {
      text = generatedText(actual, expected, 'strictEqualObject');
    } else {
      text = diffMessage(actual, expected, 'strictEqual', message == null ? HEADERS.strictEqual : `${message}`);
    }
    const error = new AssertionError({ actual, expected, message: text, operator: 'strictEqual' });
    error.generatedMessage = message == null;
    throw error;
  };
  assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (ObjectIs(actual, expected)) fail(actual, expected, message, 'notStrictEqual');
  };
  assert.deepEqual = function deepEqual_(actual, expected, message) {
    requireTwo(arguments.length);
    if (!deepEqual(actual, expected, false)) fail(actual, expected, message, 'deepEqual');
  };
  assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (deepEqual(actual, expected, false)) fail(actual, expected, message, 'notDeepEqual');
  };
  assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (deepEqual(actual, expected, true)) return;
    if (message instanceof ErrorCtor) throw message;
    const text = diffMessage(actual, expected, 'deepStrictEqual', message == null ? HEADERS.deepStrictEqual : `${message}`);
    const error = new AssertionError({ actual, expected, message: text, operator: 'deepStrictEqual' });
    error.generatedMessage = message == null;
    throw error;
  };
  assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
    requireTwo(arguments.length);
    if (deepEqual(actual, expected, true)) fail(actual, expected, message, 'notDeepStrictEqual');
  };

  // --- throws and rejects -----------------------------------------------------------------------
  const NO_EXCEPTION = {};
  function checkError(actual, expected, message, fn) {
    if (expected === undefined) return;
    if (isRegExp(expected)) {
      const text = `${actual}`;
      if (RegExpPrototypeExec(expected, text) !== null) return;
      if (message instanceof ErrorCtor) throw message;
      const error = new AssertionError({
        actual, expected, operator: fn.name,
        message: message ?? `The input did not match the regular expression ${show(expected)}. Input:\n\n${show(text)}\n`,
      });
      error.generatedMessage = message == null;
      throw error;
    }
    if (typeof expected === 'function') {
      if (expected.prototype !== undefined && actual instanceof expected) return;
      if (ErrorCtor.isPrototypeOf(expected) || expected === ErrorCtor) {
        if (message instanceof ErrorCtor) throw message;
        const received = actual !== null && typeof actual === 'object' && actual.constructor ? actual.constructor.name : typeof actual;
        const error = new AssertionError({
          actual, expected, operator: fn.name,
          message: message ?? `The error is expected to be an instance of "${expected.name}". Received "${received}"\n\nError message:\n\n${actual?.message}`,
        });
        error.generatedMessage = message == null;
        throw error;
      }
      const result = ReflectApply(expected, {}, [actual]);
      if (result !== true) {
        if (message instanceof ErrorCtor) throw message;
        const error = new AssertionError({
          actual, expected, operator: fn.name,
          message: message ?? `The ${expected.name ? `"${expected.name}" validation function` : 'validation function'} is expected to return "true". Received ${show(result)}\n\nCaught error:\n\n${actual}`,
        });
        error.generatedMessage = message == null;
        throw error;
      }
      return;
    }
    if (expected !== null && typeof expected === 'object') {
      const keys = ReflectOwnKeys(expected);
      if (expected instanceof ErrorCtor) ArrayPrototypePush(keys, 'name', 'message');
      for (const key of keys) {
        const want = expected[key];
        const got = actual?.[key];
        if (typeof got === 'string' && isRegExp(want) && RegExpPrototypeExec(want, got) !== null) continue;
        if (!(key in Object(actual)) || !deepEqual(got, want, true)) {
          if (message instanceof ErrorCtor) throw message;
          // Node shows the compared keys of both sides as a "Comparison" object
          const a = new Comparison(actual, keys);
          const e = new Comparison(expected, keys, actual);
          const error = new AssertionError({
            actual, expected, operator: fn.name,
            message: message ?? diffMessage(a, e, 'deepStrictEqual', HEADERS.deepStrictEqual),
          });
          error.generatedMessage = message == null;
          throw error;
        }
      }
      return;
    }
    throw invalidArgType('expected', 'of type function or an instance of Error, RegExp, or Object', expected);
  }
  class Comparison {
    constructor(object, keys, actual) {
      for (const key of keys) {
        if (object !== null && object !== undefined && key in Object(object)) {
          this[key] = actual !== undefined && typeof object[key] === 'string' && isRegExp(actual[key]) ? actual[key] : object[key];
        }
      }
    }
  }
  const Object = internal.primordials.Object;

  function getActual(fn) {
    validateFunction(fn, 'fn');
    try {
      fn();
    } catch (error) {
      return error;
    }
    return NO_EXCEPTION;
  }
  async function waitActual(promiseFn) {
    let promise;
    if (typeof promiseFn === 'function') {
      promise = promiseFn();
      if (!isPromise(promise)) {
        throw internal.errors.makeCodedError(TypeError, 'ERR_INVALID_RETURN_VALUE',
          `Expected instance of Promise to be returned from the "promiseFn" function but got ${promise === null ? 'null' : typeof promise === 'object' ? `instance of ${promise.constructor?.name}` : `type ${typeof promise}`}.`);
      }
    } else if (isPromise(promiseFn)) {
      promise = promiseFn;
    } else {
      throw invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
    }
    try {
      await promise;
    } catch (error) {
      return error;
    }
    return NO_EXCEPTION;
  }
  function expectsError(fn, actual, error, message) {
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (actual === NO_EXCEPTION) {
      let details = '';
      if (error && error.name) details += ` (${error.name})`;
      details += message ? `: ${message}` : '.';
      const kind = fn.name === 'rejects' ? 'rejection' : 'exception';
      const e = new AssertionError({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${kind}${details}` });
      e.generatedMessage = false;
      throw e;
    }
    checkError(actual, error, message, fn);
  }
  function expectsNoError(fn, actual, error, message) {
    if (actual === NO_EXCEPTION) return;
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || (typeof error === 'function' && actual instanceof error)) {
      const details = message ? `: ${message}` : '.';
      const kind = fn.name === 'doesNotReject' ? 'rejection' : 'exception';
      throw new AssertionError({
        actual, expected: error, operator: fn.name,
        message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
      });
    }
    throw actual;
  }
  assert.throws = function throws(fn, ...args) {
    expectsError(throws, getActual(fn), ...args);
  };
  assert.rejects = async function rejects(promiseFn, ...args) {
    expectsError(rejects, await waitActual(promiseFn), ...args);
  };
  assert.doesNotThrow = function doesNotThrow(fn, ...args) {
    expectsNoError(doesNotThrow, getActual(fn), ...args);
  };
  assert.doesNotReject = async function doesNotReject(promiseFn, ...args) {
    expectsNoError(doesNotReject, await waitActual(promiseFn), ...args);
  };
  assert.ifError = function ifError(err) {
    if (err === null || err === undefined) return;
    let message = 'ifError got unwanted exception: ';
    message += typeof err === 'object' && typeof err.message === 'string'
      ? (err.message.length === 0 && err.constructor ? err.constructor.name : err.message)
      : show(err);
    const error = new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
    error.generatedMessage = false;
    throw error;
  };
  function matches(string, regexp, message, fn, shouldMatch) {
    if (!isRegExp(regexp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
    if (typeof string !== 'string' || (RegExpPrototypeExec(regexp, string) !== null) !== shouldMatch) {
      if (message instanceof ErrorCtor) throw message;
      const generated = message == null;
      if (generated) {
        message = typeof string !== 'string'
          ? `The "string" argument must be of type string. Received type ${typeof string} (${show(string)})`
          : (shouldMatch ? 'The input did not match the regular expression '
            : 'The input was expected to not match the regular expression ') + `${show(regexp)}. Input:\n\n${show(string)}\n`;
      }
      const error = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name });
      error.generatedMessage = generated;
      throw error;
    }
  }
  assert.match = function match(string, regexp, message) {
    matches(string, regexp, message, match, true);
  };
  assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
    matches(string, regexp, message, doesNotMatch, false);
  };
  assert.AssertionError = AssertionError;

  // assert/strict: the same functions with the strict comparisons under the loose names.
  function strict(...args) {
    innerOk(strict, args.length, args[0], args[1]);
  }
  for (const key of ObjectKeys(assert)) strict[key] = assert[key];
  strict.equal = assert.strictEqual;
  strict.notEqual = assert.notStrictEqual;
  strict.deepEqual = assert.deepStrictEqual;
  strict.notDeepEqual = assert.notDeepStrictEqual;
  strict.strict = strict;
  assert.strict = strict;
  return assert;
})
