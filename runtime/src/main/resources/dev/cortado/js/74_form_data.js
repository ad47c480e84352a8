// 74_form_data.js: `FormData` (XMLHttpRequest standard) and its two wire forms, for fetch bodies.
// Loaded on first use.
//
// On top of Blob/File (66_blob.js) this adds the entry list with its Web IDL surface, the
// multipart/form-data encoding (HTML's algorithm; the body becomes one Blob whose parts share the
// files' bytes instead of copying them) and the parsing that Body.formData() does for
// multipart/form-data and application/x-www-form-urlencoded bodies.
//
// Exports `FormData` and, for 75_fetch.js: `isFormData`, `encodeMultipart(formData)` ->
// { blob, contentType }, `parseMultipart(bytes, boundary)` and `formDataFromList(list)`.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayIsArray, ArrayPrototypePush, ArrayPrototypeSplice, MathRandom, MathFloor, NumberPrototypeToString, ObjectDefineProperty,
    ObjectFreeze, ObjectGetPrototypeOf, ReflectApply, StringPrototypeCharCodeAt, StringPrototypeReplace,
    StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeToLowerCase, StringPrototypeTrim,
    StringPrototypeToWellFormed, SymbolIterator, SymbolToStringTag, TypeError, TypedArrayPrototypeSubarray,
    TypedArrayPrototypeGetLength, Uint8Array, String, DateNow,
  } = internal.primordials;
  const { Blob, File, isBlob, isFile, blobData, blobType, fileName, fileLastModified, fileFromData } = internal.load('66_blob.js');
  const { utf8Encode, utf8Decode } = internal.load('55_encoding.js');
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

  function isObject(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
  }
  function usv(value) {
    return StringPrototypeToWellFormed(`${value}`);
  }
  const { illegalInvocation: illegal } = internal.errors;
  function required(method, n, got) {
    return internal.errors.notEnoughArguments(`execute '${method}' on 'FormData'`, n, got);
  }

  /** "create an entry": a Blob value becomes a File named `filename` (or "blob"/its own name). */
  function makeEntryValue(value, filename) {
    if (!isBlob(value)) return usv(value);
    const file = isFile(value);
    if (file && filename === undefined) return value;
    const name = filename !== undefined ? usv(filename) : file ? fileName(value) : 'blob';
    const lastModified = file ? fileLastModified(value) : DateNow();
    return fileFromData(blobData(value), blobType(value), name, lastModified);
  }

  // A FormData's entry list (an array of [name, value], never undefined: FormData's brand), under
  // a key shared by every Context (00_primordials.js).
  const k_list = internal.sharedSymbol('formData:list');

  /** The entry list of `fd`, or undefined when `fd` is not a FormData. */
  function listOf(fd) {
    return isObject(fd) ? fd[k_list] : undefined;
  }

  class FormData {
    constructor(form = undefined, submitter = undefined) {
      this[k_list] = [];
      if (form !== undefined) {
        throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
      }
    }

    append(name, value, filename = undefined) {
      if (this?.[k_list] === undefined) throw illegal();
      if (arguments.length < 2) throw required('append', 2, arguments.length);
      if (arguments.length > 2 && !isBlob(value)) {
        throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'.");
      }
      ArrayPrototypePush(this[k_list], [usv(name), makeEntryValue(value, filename)]);
    }

    delete(name) {
      if (this?.[k_list] === undefined) throw illegal();
      if (arguments.length < 1) throw required('delete', 1, 0);
      name = usv(name);
      const list = this[k_list];
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i][0] === name) ArrayPrototypeSplice(list, i, 1);
      }
    }

    get(name) {
      if (this?.[k_list] === undefined) throw illegal();
      if (arguments.length < 1) throw required('get', 1, 0);
      name = usv(name);
      const list = this[k_list];
      for (let i = 0; i < list.length; i++) if (list[i][0] === name) return list[i][1];
      return null;
    }

    getAll(name) {
      if (this?.[k_list] === undefined) throw illegal();
      if (arguments.length < 1) throw required('getAll', 1, 0);
      name = usv(name);
      const out = [];
      const list = this[k_list];
      for (let i = 0; i < list.length; i++) if (list[i][0] === name) ArrayPrototypePush(out, list[i][1]);
      return out;
    }

    has(name) {
      if (this?.[k_list] === undefined) throw illegal();
      if (arguments.length < 1) throw required('has', 1, 0);
      name = usv(name);
      const list = this[k_list];
      for (let i = 0; i < list.length; i++) if (list[i][0] === name) return true;
      return false;
    }

    set(name, value, filename = undefined) {
      if (this?.[k_list] === undefined) throw illegal();
      if (arguments.length < 2) throw required('set', 2, arguments.length);
      if (arguments.length > 2 && !isBlob(value)) {
        throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'.");
      }
      name = usv(name);
      const entry = [name, makeEntryValue(value, filename)];
      const list = this[k_list];
      let found = -1;
      for (let i = 0; i < list.length; i++) {
        if (list[i][0] !== name) continue;
        if (found < 0) {
          found = i;
          list[i] = entry;
        } else {
          ArrayPrototypeSplice(list, i, 1);
          i--;
        }
      }
      if (found < 0) ArrayPrototypePush(list, entry);
    }

    forEach(callback, thisArg = undefined) {
      if (this?.[k_list] === undefined) throw illegal();
      if (typeof callback !== 'function') {
        throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
      }
      const list = this[k_list];
      for (let i = 0; i < list.length; i++) {
        ReflectApply(callback, thisArg, [list[i][1], list[i][0], this]);
      }
    }

    entries() { return makeIterator(this, 2); }
    keys() { return makeIterator(this, 0); }
    values() { return makeIterator(this, 1); }

    [inspectCustom](depth, options, inspect) {
      if (this?.[k_list] === undefined) return this;
      if (depth < 0) return 'FormData';
      // Node's shape: { name: value }, repeated names as an array of their values.
      const shown = {};
      const list = this[k_list];
      for (let i = 0; i < list.length; i++) {
        const pair$ = list[i];
        const name = pair$[0], value = pair$[1];
        if (!(name in shown)) shown[name] = value;
        else if (ArrayIsArray(shown[name])) ArrayPrototypePush(shown[name], value);
        else shown[name] = [shown[name], value];
      }
      return `FormData ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
    }
  }

  const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));
  const FormDataIteratorPrototype = { __proto__: IteratorPrototype };
  const iteratorState = new WeakMap();
  function makeIterator(formData, kind) {
    const list = listOf(formData);
    if (list === undefined) throw illegal();
    const it = { __proto__: FormDataIteratorPrototype };
    iteratorState.set(it, { list, kind, index: 0 });
    return it;
  }
  ObjectDefineProperty(FormDataIteratorPrototype, 'next', {
    value: function next() {
      const state = isObject(this) ? iteratorState.get(this) : undefined;
      if (state === undefined) throw illegal();
      const { list, kind, index } = state;
      if (index >= list.length) return { value: undefined, done: true };
      state.index = index + 1;
      const pair$ = list[index];
      const name = pair$[0], value = pair$[1];
      return { value: kind === 0 ? name : kind === 1 ? value : [name, value], done: false };
    },
    writable: true, enumerable: true, configurable: true,
  });
  ObjectDefineProperty(FormDataIteratorPrototype, SymbolToStringTag, { value: 'FormData Iterator', configurable: true });

  ObjectDefineProperty(FormData.prototype, SymbolIterator, {
    value: FormData.prototype.entries, writable: true, enumerable: false, configurable: true,
  });
  const list$ = ['append', 'delete', 'get', 'getAll', 'has', 'set', 'forEach', 'entries', 'keys', 'values'];
  for (let i$ = 0; i$ < list$.length; i$++) {
    const key = list$[i$];
    ObjectDefineProperty(FormData.prototype, key, { enumerable: true });
  }
  ObjectDefineProperty(FormData.prototype, inspectCustom, { enumerable: false });
  ObjectDefineProperty(FormData.prototype, SymbolToStringTag, { value: 'FormData', configurable: true });
  ObjectDefineProperty(FormData.prototype.append, 'length', { value: 2 });
  ObjectDefineProperty(FormData.prototype.set, 'length', { value: 2 });
  ObjectDefineProperty(FormData.prototype.forEach, 'length', { value: 1 });
  internal.markPlatformInterface(FormData);

  // --- multipart/form-data ------------------------------------------------------------------------

  /** HTML: names and filenames escape LF, CR and '"' as %0A, %0D, %22. */
  function escapeName(name) {
    let out = '';
    for (let i = 0; i < name.length; i++) {
      const c = StringPrototypeCharCodeAt(name, i);
      if (c === 0x0a) out += '%0A';
      else if (c === 0x0d) out += '%0D';
      else if (c === 0x22) out += '%22';
      else out += name[i];
    }
    return out;
  }
  /** Every lone CR, lone LF and CRLF becomes CRLF. */
  function normalizeNewlines(value) {
    let out = '';
    for (let i = 0; i < value.length; i++) {
      const c = StringPrototypeCharCodeAt(value, i);
      if (c === 0x0d) {
        out += '\r\n';
        if (StringPrototypeCharCodeAt(value, i + 1) === 0x0a) i++;
      } else if (c === 0x0a) {
        out += '\r\n';
      } else {
        out += value[i];
      }
    }
    return out;
  }
  function randomBoundary() {
    let s = '';
    for (let i = 0; i < 24; i++) s += NumberPrototypeToString(MathFloor(MathRandom() * 16), 16);
    return `----formdata-cortado-${s}`;
  }

  /** The body and Content-Type of `formData` as multipart/form-data. */
  function encodeMultipart(formData) {
    const list = listOf(formData);
    const boundary = randomBoundary();
    const parts = [];
    for (let i = 0; i < list.length; i++) {
      const pair$ = list[i];
      const name = pair$[0], value = pair$[1];
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
      if (typeof value === 'string') {
        ArrayPrototypePush(parts, `${head}\r\n\r\n${normalizeNewlines(value)}\r\n`);
      } else {
        head += `; filename="${escapeName(fileName(value))}"\r\nContent-Type: ${blobType(value) || 'application/octet-stream'}\r\n\r\n`;
        ArrayPrototypePush(parts, head, value, '\r\n');
      }
    }
    ArrayPrototypePush(parts, `--${boundary}--\r\n`);
    return { blob: new Blob(parts), contentType: `multipart/form-data; boundary=${boundary}` };
  }

  function indexOfBytes(bytes, pattern, from) {
    const n = TypedArrayPrototypeGetLength(bytes);
    const m = pattern.length;
    const first = pattern[0];
    outer: for (let i = from; i + m <= n; i++) {
      if (bytes[i] !== first) continue;
      for (let j = 1; j < m; j++) if (bytes[i + j] !== pattern[j]) continue outer;
      return i;
    }
    return -1;
  }
  function decodeUtf8(bytes, start, end) {
    return utf8Decode(TypedArrayPrototypeSubarray(bytes, start, end));
  }
  function invalid() {
    return new TypeError('Failed to parse body as FormData: the multipart/form-data body is malformed.');
  }
  /** A Content-Disposition parameter (quoted or token); undefined when absent. */
  function dispositionParam(header, key) {
    const lower = StringPrototypeToLowerCase(header);
    let at = 0;
    for (;;) {
      at = StringPrototypeIndexOf(lower, key + '=', at);
      if (at < 0) return undefined;
      const before = at === 0 ? ';' : lower[at - 1];
      if (before === ';' || before === ' ' || before === '\t') break;
      at += key.length;
    }
    let i = at + key.length + 1;
    if (header[i] === '"') {
      let value = '';
      for (i++; i < header.length && header[i] !== '"'; i++) {
        if (header[i] === '\\' && i + 1 < header.length) i++;
        value += header[i];
      }
      return value;
    }
    let end = StringPrototypeIndexOf(header, ';', i);
    if (end < 0) end = header.length;
    return StringPrototypeTrim(StringPrototypeSlice(header, i, end));
  }
  /** "%0A", "%0D", "%22" back to the characters they escape. */
  function unescapeName(name) {
    name = StringPrototypeReplace(name, /%0A/g, '\n');
    name = StringPrototypeReplace(name, /%0D/g, '\r');
    return StringPrototypeReplace(name, /%22/g, '"');
  }

  /** The entries of a multipart/form-data body, as a new FormData; TypeError when malformed. */
  function parseMultipart(bytes, boundary) {
    const delimiter = utf8Encode(`--${boundary}`);
    const n = TypedArrayPrototypeGetLength(bytes);
    const fd = new FormData();
    const list = listOf(fd);
    let position = indexOfBytes(bytes, delimiter, 0);
    if (position < 0) throw invalid();
    position += delimiter.length;
    for (;;) {
      // After a delimiter: "--" ends the body, CRLF starts a part.
      if (bytes[position] === 0x2d && bytes[position + 1] === 0x2d) return fd;
      if (bytes[position] !== 0x0d || bytes[position + 1] !== 0x0a) throw invalid();
      position += 2;
      let name, filename, contentType = '';
      for (;;) {
        const lineEnd = indexOfBytes(bytes, [0x0d, 0x0a], position);
        if (lineEnd < 0) throw invalid();
        if (lineEnd === position) {
          position += 2;
          break;
        }
        const line = decodeUtf8(bytes, position, lineEnd);
        position = lineEnd + 2;
        const colon = StringPrototypeIndexOf(line, ':');
        if (colon <= 0) throw invalid();
        const headerName = StringPrototypeToLowerCase(StringPrototypeTrim(StringPrototypeSlice(line, 0, colon)));
        const headerValue = StringPrototypeTrim(StringPrototypeSlice(line, colon + 1));
        if (headerName === 'content-disposition') {
          if (StringPrototypeIndexOf(StringPrototypeToLowerCase(headerValue), 'form-data') !== 0) throw invalid();
          name = dispositionParam(headerValue, 'name');
          filename = dispositionParam(headerValue, 'filename');
        } else if (headerName === 'content-type') {
          contentType = headerValue;
        }
      }
      if (name === undefined) throw invalid();
      const next = indexOfBytes(bytes, utf8Encode(`\r\n--${boundary}`), position);
      if (next < 0) throw invalid();
      const content = TypedArrayPrototypeSubarray(bytes, position, next);
      if (filename !== undefined) {
        const file = new File([content], unescapeName(filename), { type: contentType });
        ArrayPrototypePush(list, [unescapeName(name), file]);
      } else {
        ArrayPrototypePush(list, [unescapeName(name), decodeUtf8(bytes, position, next)]);
      }
      position = next + 2 + delimiter.length;
      if (position > n) throw invalid();
    }
  }

  /** A FormData of [name, value] string pairs (application/x-www-form-urlencoded). */
  function formDataFromPairs(pairs) {
    const fd = new FormData();
    const list = listOf(fd);
    for (let i = 0; i < pairs.length; i += 2) ArrayPrototypePush(list, [pairs[i], pairs[i + 1]]);
    return fd;
  }

  return ObjectFreeze({
    FormData,
    isFormData: (value) => listOf(value) !== undefined,
    encodeMultipart, parseMultipart, formDataFromPairs,
  });
})
