// 95_repl.js: the REPL's evaluator, on top of inspect (10), the task runner (15), process (30) and
// the module system (40). The Java REPL (cli/Repl.java) reads lines on the main thread and posts
// each input here as one loop task, so timers and promises keep running while the REPL is open.
// This file adds:
//   - `replStart({ colors })`: the REPL's globals (`_`, `_error`, `require`, `module`, the
//     built-in modules by name) and printing of errors thrown later by timers or rejections,
//     instead of ending the process;
//   - `replEval(code, bridge)`: tells incomplete input (the engine's own "unexpected end of
//     input") from complete input, evaluates it as a script named REPLn, prints the result with
//     `inspect` or the error as `Uncaught ...`, then calls `bridge.settled(outcome)`;
//   - top-level `await`: such input is rewritten into an async function whose top-level
//     declarations are hoisted out of it (so `const x = await f()` defines a global `x`) and
//     whose last expression statement is returned, then awaited;
//   - `replExit()`: ends the process as `process.exit()` does.
// The `bridge` is Java (ReplSession.Evaluation), one per input: `check(name, code)` parses without
// running and answers 'ok', 'incomplete' or 'error'; `run(name, code)` evaluates a script;
// `isCancelled()` is true once Ctrl-C gave up on the input; `settled(outcome)` ends the input.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayPrototypePush, ArrayPrototypeJoin, ArrayPrototypeIncludes,
    ObjectDefineProperty, PromisePrototypeThen, RegExpPrototypeExec, StringPrototypeSlice,
    StringPrototypeSplit, StringPrototypeTrim, StringPrototypeTrimEnd, StringPrototypeStartsWith,
    StringPrototypeIndexOf, StringPrototypeIncludes, RegExpPrototypeTest, SetPrototypeHas, MathMin,
    Set: SetCtor, Error: ErrorCtor, SyntaxError: SyntaxErrorCtor, ReflectApply, globalThis: global,
  } = internal.primordials;

  // --- a small tokenizer: enough to find top-level statements and declarations -----------------
  // Each token records `depth`: how many brackets (and template `${`) enclose it. An opening
  // bracket has the depth outside it and its closing bracket the same depth, so both ends of a
  // top-level `{ ... }` have depth 0. `nl` says a line break precedes the token.
  const PUNCTUATORS = [
    '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
    '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=',
    '&=', '|=', '^=', '**', '<<', '>>',
  ];
  const KEYWORDS_BEFORE_EXPRESSION = new SetCtor([
    'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do',
    'else', 'yield', 'await', 'var', 'let', 'const', 'extends', 'export', 'import', 'default',
  ]);
  const NAME_START = /[A-Za-z_$\u0080-\uffff#]/;
  const NAME_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
  const DIGIT = /[0-9]/;

  /**
   * Splits `code` into tokens (comments dropped). `open` is 'template' or 'comment' when the text
   * ends inside one: the REPL then asks for more lines, as it does for an open bracket.
   */
  function tokenize(code) {
    const tokens = [];
    const stack = []; // '(', '[', '{' or '${'
    let i = 0;
    let nl = false;
    let open = null;
    const n = code.length;
    function push(type, value, start) {
      ArrayPrototypePush(tokens, { type, value, start, end: i, depth: stack.length, nl });
      nl = false;
    }
    function regexAllowed() {
      const prev = tokens[tokens.length - 1];
      if (prev === undefined) return true;
      if (prev.type === 'name') return SetPrototypeHas(KEYWORDS_BEFORE_EXPRESSION, prev.value);
      if (prev.type === 'punct') return prev.value !== ')' && prev.value !== ']' && prev.value !== '}';
      return false;
    }
    /** Scans template text from `i` (just after ` or a closing }) to ` or ${. */
    function templatePart(start) {
      while (i < n) {
        const c = code[i];
        if (c === '\\') { i += 2; continue; }
        if (c === '`') { i++; push('template', StringPrototypeSlice(code, start, i), start); return; }
        if (c === '$' && code[i + 1] === '{') {
          i += 2;
          push('template', StringPrototypeSlice(code, start, i), start);
          ArrayPrototypePush(stack, '${');
          return;
        }
        i++;
      }
      open = 'template';
      i = n;
    }
    while (i < n) {
      const c = code[i];
      const start = i;
      if (c === '\n' || c === '\u2028' || c === '\u2029') { nl = true; i++; continue; }
      if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\ufeff' || c === '\u00a0') {
        i++;
        continue;
      }
      if (c === '/' && code[i + 1] === '/') {
        while (i < n && code[i] !== '\n') i++;
        continue;
      }
      if (c === '/' && code[i + 1] === '*') {
        const close = StringPrototypeIndexOf(code, '*/', i + 2);
        if (close < 0) { open = 'comment'; break; }
        if (RegExpPrototypeExec(/[\n\u2028\u2029]/, StringPrototypeSlice(code, i, close)) !== null) nl = true;
        i = close + 2;
        continue;
      }
      if (c === '#' && i === 0 && code[1] === '!') { // shebang
        while (i < n && code[i] !== '\n') i++;
        continue;
      }
      if (RegExpPrototypeTest(NAME_START, c) || c === '\\') {
        i++;
        while (i < n && (RegExpPrototypeTest(NAME_PART, code[i]) || code[i] === '\\')) i++;
        push('name', StringPrototypeSlice(code, start, i), start);
        continue;
      }
      if (RegExpPrototypeTest(DIGIT, c) || (c === '.' && RegExpPrototypeTest(DIGIT, code[i + 1] ?? ''))) {
        i++;
        while (i < n && (RegExpPrototypeTest(NAME_PART, code[i]) || code[i] === '.')) i++;
        push('number', StringPrototypeSlice(code, start, i), start);
        continue;
      }
      if (c === '"' || c === "'") {
        i++;
        while (i < n && code[i] !== c && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
        i = MathMin(i + 1, n);
        push('string', StringPrototypeSlice(code, start, i), start);
        continue;
      }
      if (c === '`') {
        i++;
        templatePart(start);
        continue;
      }
      if (c === '}' && stack[stack.length - 1] === '${') {
        stack.length--;
        i++;
        templatePart(start);
        continue;
      }
      if (c === '/' && regexAllowed()) {
        i++;
        let inClass = false;
        while (i < n && code[i] !== '\n') {
          const d = code[i];
          if (d === '\\') { i += 2; continue; }
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
          i++;
        }
        i++;
        while (i < n && RegExpPrototypeTest(NAME_PART, code[i])) i++;
        push('regex', StringPrototypeSlice(code, start, i), start);
        continue;
      }
      if (c === '(' || c === '[' || c === '{') {
        i++;
        push('punct', c, start);
        ArrayPrototypePush(stack, c);
        continue;
      }
      if (c === ')' || c === ']' || c === '}') {
        if (stack.length > 0) stack.length--;
        i++;
        push('punct', c, start);
        continue;
      }
      let value = c;
      for (let p = 0; p < PUNCTUATORS.length; p++) {
        if (StringPrototypeStartsWith(code, PUNCTUATORS[p], i)) { value = PUNCTUATORS[p]; break; }
      }
      i += value.length;
      push('punct', value, start);
    }
    return { tokens, open };
  }

  // --- statement boundaries (automatic semicolon insertion, approximately) ----------------------
  const CONTINUES_EXPRESSION = new SetCtor([
    '.', '?.', '(', '[', ',', '=', '+', '-', '*', '/', '%', '**', '?', ':', '&&', '||', '??',
    '==', '!=', '===', '!==', '<', '>', '<=', '>=', '<<', '>>', '>>>', '&', '|', '^', '=>',
    '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=', '||=',
    '??=', ')', ']', '}',
  ]);

  function endsExpression(token) {
    if (token.type === 'name') return !SetPrototypeHas(KEYWORDS_BEFORE_EXPRESSION, token.value);
    if (token.type === 'punct') return token.value === ')' || token.value === ']' || token.value === '}' ||
      token.value === '++' || token.value === '--';
    return token.type !== 'template' || token.value[token.value.length - 1] === '`';
  }
  function continuesExpression(token) {
    if (token.type === 'punct') return SetPrototypeHas(CONTINUES_EXPRESSION, token.value);
    if (token.type === 'name') return token.value === 'in' || token.value === 'instanceof' || token.value === 'of';
    return token.type === 'template';
  }
  /** Whether a line break before tokens[k] (at depth 0) ends the statement before it. */
  function lineBreakEnds(tokens, k) {
    const prev = tokens[k - 1];
    if (!tokens[k].nl || !endsExpression(prev) || continuesExpression(tokens[k])) return false;
    if (prev.type === 'punct' && prev.value === ')') {
      // `if (a)\n b`, `while (a)\n b`: the head of a statement, not the end of one
      let j = k - 2;
      while (j >= 0 && !(tokens[j].depth === prev.depth && tokens[j].value === '(')) j--;
      const before = tokens[j - 1];
      if (before && before.type === 'name' &&
          ArrayPrototypeIncludes(['if', 'while', 'for', 'with', 'catch', 'function'], before.value)) {
        return false;
      }
    }
    return true;
  }
  /** Whether tokens[k] begins a statement at the top level. */
  function startsStatement(tokens, k) {
    if (tokens[k].depth !== 0) return false;
    if (k === 0) return true;
    const prev = tokens[k - 1];
    if (prev.type === 'punct' && (prev.value === ';' || (prev.value === '}' && prev.depth === 0))) return true;
    return lineBreakEnds(tokens, k);
  }
  /** Index of the first token after the statement that starts at or before `k`. */
  function statementEnd(tokens, k) {
    for (let j = k; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.depth !== 0) continue;
      if (t.type === 'punct' && t.value === ';') return j;
      if (j > k && lineBreakEnds(tokens, j)) return j;
    }
    return tokens.length;
  }
  /** The index of the token closing the bracket tokens[k] opens. */
  function closing(tokens, k) {
    const close = tokens[k].value === '(' ? ')' : tokens[k].value === '[' ? ']' : '}';
    for (let j = k + 1; j < tokens.length; j++) {
      if (tokens[j].depth === tokens[k].depth && tokens[j].value === close) return j;
    }
    return -1;
  }

  // --- binding names in a declaration's pattern -----------------------------------------------------
  /** Skips an initializer inside a pattern, up to the next `,` or the enclosing closer. */
  function skipDefault(tokens, k, depth) {
    while (k < tokens.length) {
      const t = tokens[k];
      if (t.depth === depth && t.value === ',') return k;
      if (t.depth === depth - 1) return k; // the pattern's closing bracket
      k++;
    }
    return k;
  }
  /** Collects the names bound by the pattern at tokens[k]; returns the index after it. */
  function bindingNames(tokens, k, names) {
    const t = tokens[k];
    if (t === undefined) throw new ErrorCtor('pattern');
    if (t.type === 'name') {
      ArrayPrototypePush(names, t.value);
      return k + 1;
    }
    if (t.value !== '[' && t.value !== '{') throw new ErrorCtor('pattern');
    const end = closing(tokens, k);
    if (end < 0) throw new ErrorCtor('pattern');
    const inner = t.depth + 1;
    k++;
    while (k < end) {
      const u = tokens[k];
      if (u.value === ',') { k++; continue; }
      if (u.value === '...') { k = bindingNames(tokens, k + 1, names); continue; }
      if (t.value === '[') {
        k = bindingNames(tokens, k, names);
      } else {
        let shorthand = null;
        if (u.value === '[') k = closing(tokens, k) + 1;
        else { shorthand = u.type === 'name' ? u.value : null; k++; }
        if (tokens[k] && tokens[k].value === ':') k = bindingNames(tokens, k + 1, names);
        else if (shorthand !== null) ArrayPrototypePush(names, shorthand);
        else throw new ErrorCtor('pattern');
      }
      if (tokens[k] && tokens[k].value === '=' && tokens[k].depth === inner) k = skipDefault(tokens, k + 1, inner);
    }
    return end + 1;
  }

  // --- top-level await ------------------------------------------------------------------------------
  /**
   * Rewrites input that uses top-level `await` into `{ prefix, body }`: `prefix` declares, as
   * globals, what the input declares at its top level (`let` for let/const/class, `var` for var
   * and functions); `body` is the input with those declarations turned into assignments, to run
   * inside an async function. Returns null when the input's shape is beyond this rewriter.
   */
  function hoistDeclarations(code) {
    const { tokens } = tokenize(code);
    const lexical = [];
    const vars = [];
    const edits = []; // [start, end, text], in order
    try {
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.type !== 'name' || !startsStatement(tokens, k)) continue;
        const next = tokens[k + 1];
        if ((t.value === 'var' || t.value === 'const' || t.value === 'let') && next &&
            (next.type === 'name' || next.value === '[' || next.value === '{')) {
          const end = statementEnd(tokens, k + 1);
          const assignments = [];
          let j = k + 1;
          while (j < end) {
            const names = t.value === 'var' ? vars : lexical;
            const patternStart = tokens[j].start;
            j = bindingNames(tokens, j, names);
            const patternEnd = tokens[j - 1].end;
            if (j < end && tokens[j].value === '=') {
              let e = j + 1;
              while (e < end && !(tokens[e].depth === 0 && tokens[e].value === ',')) e++;
              ArrayPrototypePush(assignments, `${StringPrototypeSlice(code, patternStart, patternEnd)} = ${
                StringPrototypeSlice(code, tokens[j + 1].start, tokens[e - 1].end)}`);
              j = e;
            }
            if (j < end && tokens[j].value === ',') j++;
            else if (j < end) return null;
          }
          const text = assignments.length === 0 ? 'void 0' : `void (${ArrayPrototypeJoin(assignments, ', ')})`;
          ArrayPrototypePush(edits, [t.start, tokens[end - 1].end, text]);
          k = end - 1;
        } else if (t.value === 'function' || (t.value === 'async' && next && next.value === 'function' && !next.nl)) {
          let j = t.value === 'async' ? k + 2 : k + 1;
          if (tokens[j] && tokens[j].value === '*') j++;
          const name = tokens[j];
          if (!name || name.type !== 'name' || !tokens[j + 1] || tokens[j + 1].value !== '(') return null;
          const paramsEnd = closing(tokens, j + 1);
          if (paramsEnd < 0 || !tokens[paramsEnd + 1] || tokens[paramsEnd + 1].value !== '{') return null;
          const bodyEnd = closing(tokens, paramsEnd + 1);
          if (bodyEnd < 0) return null;
          ArrayPrototypePush(vars, name.value);
          ArrayPrototypePush(edits, [t.start, t.start, `${name.value} = `]);
          ArrayPrototypePush(edits, [tokens[bodyEnd].end, tokens[bodyEnd].end, ';']);
          k = bodyEnd;
        } else if (t.value === 'class' && next && next.type === 'name' && next.value !== 'extends') {
          let j = k + 2;
          while (j < tokens.length && !(tokens[j].depth === 0 && tokens[j].value === '{')) j++;
          const bodyEnd = j < tokens.length ? closing(tokens, j) : -1;
          if (bodyEnd < 0) return null;
          ArrayPrototypePush(lexical, next.value);
          ArrayPrototypePush(edits, [t.start, t.start, `${next.value} = `]);
          ArrayPrototypePush(edits, [tokens[bodyEnd].end, tokens[bodyEnd].end, ';']);
          k = bodyEnd;
        }
      }
    } catch {
      return null;
    }
    let body = '';
    let at = 0;
    for (let e = 0; e < edits.length; e++) {
      const edit = edits[e];
      body += StringPrototypeSlice(code, at, edit[0]) + edit[2];
      at = edit[1];
    }
    body += StringPrototypeSlice(code, at);
    let prefix = '';
    if (vars.length > 0) prefix += `var ${ArrayPrototypeJoin(vars, ', ')}; `;
    if (lexical.length > 0) prefix += `let ${ArrayPrototypeJoin(lexical, ', ')}; `;
    return { prefix, body };
  }

  function asyncScript(prefix, body) {
    return `${prefix}(async () => { ${body}\n})()`;
  }

  /**
   * The async script for `code`, returning the value of its last expression statement. The
   * engine decides which tail is an expression: the latest statement boundary whose tail parses
   * as `return (tail)` wins.
   */
  function withCompletionValue(bridge, name, prefix, body) {
    const { tokens } = tokenize(body);
    let last = tokens.length - 1;
    while (last >= 0 && tokens[last].depth === 0 && tokens[last].value === ';') last--;
    if (last < 0) return asyncScript(prefix, body);
    for (let k = last; k >= 0; k--) {
      if (!startsStatement(tokens, k)) continue;
      const head = StringPrototypeSlice(body, 0, tokens[k].start);
      const tail = StringPrototypeSlice(body, tokens[k].start, tokens[last].end);
      const script = asyncScript(prefix, `${head}return (${tail}\n);`);
      if (bridge.check(name, script) === 'ok') return script;
    }
    return asyncScript(prefix, body);
  }

  /**
   * How to run `code`: { kind: 'script' | 'async' | 'incomplete' | 'error', script }. A plain
   * script runs as is (its declarations become globals by themselves); input that only parses
   * with top-level await is rewritten.
   */
  function classify(bridge, name, code) {
    const { tokens, open } = tokenize(code);
    if (open !== null) return { kind: 'incomplete' };
    const verdict = bridge.check(name, code);
    if (verdict !== 'error') return { kind: verdict === 'ok' ? 'script' : 'incomplete', script: code };
    let usesAwait = false;
    for (let k = 0; k < tokens.length && !usesAwait; k++) {
      usesAwait = tokens[k].type === 'name' && tokens[k].value === 'await';
    }
    if (usesAwait) {
      const hoisted = hoistDeclarations(code) ?? { prefix: '', body: code };
      const script = asyncScript(hoisted.prefix, hoisted.body);
      const asyncVerdict = bridge.check(name, script);
      if (asyncVerdict === 'incomplete') return { kind: 'incomplete' };
      if (asyncVerdict === 'ok') {
        return { kind: 'async', script: withCompletionValue(bridge, name, hoisted.prefix, hoisted.body) };
      }
    }
    return { kind: 'error', script: code };
  }

  // --- printing -------------------------------------------------------------------------------------
  let colors = false;
  function show(value) {
    try {
      return internal.inspect(value, { colors });
    } catch {
      try { return `${value}`; } catch { return '[object]'; }
    }
  }
  function write(text) { host.write(1, text); }

  /** The stack without the REPL's own frames: user frames end at the first `at REPLn:l:c`. */
  function trimStack(stack) {
    const lines = StringPrototypeSplit(stack, '\n');
    const kept = [];
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k];
      if (RegExpPrototypeExec(/^\s+at (?:async )?(?:<anonymous> \()?REPL\d+:\d+:\d+\)?$/, line) !== null) break;
      if (RegExpPrototypeExec(/^\s+at .*cortado:internal\//, line) !== null) break;
      ArrayPrototypePush(kept, line);
    }
    return ArrayPrototypeJoin(kept, '\n');
  }
  function describeError(error) {
    if (error instanceof SyntaxErrorCtor) {
      // The engine's message: "REPL3:1:2 Expected ; but found b\n<line>\n  ^"
      const m = RegExpPrototypeExec(/^REPL\d+:\d+:\d+ ([^\n]*)(?:\n([\s\S]*))?$/, `${error.message}`);
      if (m !== null) {
        const excerpt = m[2] ? `${StringPrototypeTrim(m[2]) === '' ? '' : StringPrototypeTrimEnd(m[2])}\n\n` : '';
        return `${excerpt}Uncaught SyntaxError: ${m[1]}`;
      }
    }
    if (error instanceof ErrorCtor) {
      try {
        const stack = error.stack;
        if (typeof stack === 'string') error.stack = trimStack(stack);
      } catch {
        // a frozen error keeps its stack
      }
      // inspect brackets an error without frames, `[Error: boom]`; alone, it reads better bare
      const shown = show(error);
      const bare = RegExpPrototypeExec(/^\[([^\n]*)\]$/, shown);
      return `Uncaught ${bare !== null ? bare[1] : shown}`;
    }
    return `Uncaught ${show(error)}`;
  }

  // --- the REPL's globals -------------------------------------------------------------------------
  let lastResult;
  let lastError;
  let resultTracking = true;
  let errorTracking = true;
  function defineTracked(name, get, disable) {
    ObjectDefineProperty(global, name, {
      configurable: true,
      enumerable: false,
      get,
      set(value) {
        disable();
        ObjectDefineProperty(global, name, { value, writable: true, enumerable: true, configurable: true });
        write(`Expression assignment to ${name} now disabled.\n`);
      },
    });
  }
  function setResult(value) { if (resultTracking) lastResult = value; }
  function setError(error) { if (errorTracking) lastError = error; }

  function replStart(options) {
    colors = !!options?.colors;
    const process = internal.process;
    if (process.argv.length === 0) process.argv = [process.execPath];
    defineTracked('_', () => lastResult, () => { resultTracking = false; });
    defineTracked('_error', () => lastError, () => { errorTracking = false; });
    const module = new internal.Module(`${host.cwd()}/<repl>`, null);
    module.id = '<repl>';
    module.filename = null;
    internal.defineGlobal('module', module);
    internal.defineGlobal('exports', module.exports);
    internal.defineGlobal('require', internal.makeRequire(module));
    // Built-in modules by name, as in Node's REPL: `util.inspect(...)` without a require.
    const builtins = internal.Module.builtinModules ?? [];
    for (let k = 0; k < builtins.length; k++) {
      const name = builtins[k];
      if (StringPrototypeStartsWith(name, '_') || StringPrototypeIncludes(name, '/') || name in global) continue;
      ObjectDefineProperty(global, name, {
        configurable: true,
        enumerable: false,
        get() { return internal.requireFrom(name, module); },
        set(value) { ObjectDefineProperty(global, name, { value, writable: true, enumerable: true, configurable: true }); },
      });
    }
    // Errors thrown later (a timer, an unhandled rejection) are printed; the REPL goes on.
    const previousError = internal.dispatchErrorEvent;
    internal.dispatchErrorEvent = function replUncaught(error) {
      if (previousError && previousError(error)) return true;
      setError(error);
      write(`${describeError(error)}\n`);
      return true;
    };
    const previousRejection = internal.dispatchUnhandledRejection;
    internal.dispatchUnhandledRejection = function replUnhandled(reason, promise) {
      if (previousRejection && previousRejection(reason, promise)) return true;
      if (internal.emitProcessEvent('unhandledRejection', reason, promise)) return true;
      setError(reason);
      write(`${describeError(reason)}\n`);
      return true;
    };
  }

  // --- evaluation ---------------------------------------------------------------------------------
  let counter = 0;

  function replEval(code, bridge) {
    const name = `REPL${++counter}`;
    let plan;
    // `{ a: 1 }` is an object, not a block, as in Node's REPL.
    if (RegExpPrototypeExec(/^\s*\{/, code) !== null && RegExpPrototypeExec(/\}\s*$/, code) !== null) {
      const wrapped = classify(bridge, name, `(${code}\n)`);
      if (wrapped.kind === 'script' || wrapped.kind === 'async') plan = wrapped;
    }
    plan ??= classify(bridge, name, code);
    if (plan.kind === 'incomplete') {
      counter--;
      bridge.settled('incomplete');
      return;
    }
    let result;
    try {
      result = bridge.run(name, plan.script);
    } catch (error) {
      failed(error, bridge);
      return;
    }
    if (plan.kind !== 'async') {
      succeeded(result, bridge);
      return;
    }
    PromisePrototypeThen(result,
      (value) => succeeded(value, bridge),
      (error) => failed(error, bridge));
  }
  function succeeded(value, bridge) {
    if (bridge.isCancelled()) return; // Ctrl-C gave up on it; the REPL has moved on
    setResult(value);
    write(`${show(value)}\n`);
    bridge.settled('done');
  }
  function failed(error, bridge) {
    if (bridge.isCancelled()) return;
    setError(error);
    write(`${describeError(error)}\n`);
    bridge.settled('done');
  }

  function replExit() {
    const process = internal.process;
    ReflectApply(process.exit, process, []);
  }

  internal.replStart = replStart;
  internal.replEval = replEval;
  internal.replExit = replExit;
})
