// 62_mime.js: HTTP tokens and whitespace, and MIME types as the MIME Sniffing Standard parses and
// serializes them (essence and parameters), for fetch, FileReader and whoever needs a MIME type's
// parameter. Loaded on first use; no globals.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayPrototypePush, String, StringPrototypeCharCodeAt, StringPrototypeIndexOf, StringPrototypeSlice,
    StringPrototypeToLowerCase,
  } = internal.primordials;

  const TOKEN = [];
  for (let c = 0; c < 128; c++) {
    TOKEN[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
      || StringPrototypeIndexOf('!#$%&\'*+-.^_`|~', String.fromCharCode(c)) >= 0;
  }
  function isToken(s) {
    if (s.length === 0) return false;
    for (let i = 0; i < s.length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (c >= 128 || !TOKEN[c]) return false;
    }
    return true;
  }
  function isHttpWhitespace(c) {
    return c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20;
  }
  /** Strips leading and trailing HTTP whitespace. */
  function normalizeValue(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isHttpWhitespace(StringPrototypeCharCodeAt(s, start))) start++;
    while (end > start && isHttpWhitespace(StringPrototypeCharCodeAt(s, end - 1))) end--;
    return start === 0 && end === s.length ? s : StringPrototypeSlice(s, start, end);
  }

  /** Parses a MIME type; null on failure. { type, subtype, params: [[name, value]] } */
  function parseMimeType(input) {
    input = normalizeValue(input);
    let i = StringPrototypeIndexOf(input, '/');
    if (i <= 0) return null;
    const type = StringPrototypeToLowerCase(StringPrototypeSlice(input, 0, i));
    if (!isToken(type)) return null;
    let end = StringPrototypeIndexOf(input, ';', i + 1);
    if (end < 0) end = input.length;
    const subtype = StringPrototypeToLowerCase(normalizeValue(StringPrototypeSlice(input, i + 1, end)));
    if (!isToken(subtype)) return null;
    const params = [];
    let p = end;
    while (p < input.length) {
      p++; // ';'
      while (p < input.length && isHttpWhitespace(StringPrototypeCharCodeAt(input, p))) p++;
      let q = p;
      while (q < input.length && input[q] !== ';' && input[q] !== '=') q++;
      const name = StringPrototypeToLowerCase(StringPrototypeSlice(input, p, q));
      p = q;
      if (p >= input.length) break;
      if (input[p] === ';') continue;
      p++; // '='
      let value;
      if (input[p] === '"') {
        value = '';
        p++;
        while (p < input.length && input[p] !== '"') {
          if (input[p] === '\\' && p + 1 < input.length) p++;
          value += input[p++];
        }
        while (p < input.length && input[p] !== ';') p++;
      } else {
        let e = StringPrototypeIndexOf(input, ';', p);
        if (e < 0) e = input.length;
        value = StringPrototypeSlice(input, p, e);
        let end = value.length; // only trailing whitespace goes
        while (end > 0 && isHttpWhitespace(StringPrototypeCharCodeAt(value, end - 1))) end--;
        value = StringPrototypeSlice(value, 0, end);
        p = e;
        if (value === '') continue;
      }
      if (name !== '' && isToken(name) && !paramsHas(params, name)) ArrayPrototypePush(params, [name, value]);
    }
    return { type, subtype, params };
  }
  function paramsHas(params, name) {
    for (let i = 0; i < params.length; i++) if (params[i][0] === name) return true;
    return false;
  }
  function mimeParam(mime, name) {
    for (let i = 0; i < mime.params.length; i++) if (mime.params[i][0] === name) return mime.params[i][1];
    return undefined;
  }
  function serializeMime(mime) {
    let s = `${mime.type}/${mime.subtype}`;
    for (let i = 0; i < mime.params.length; i++) {
      const pair$ = mime.params[i];
      const name = pair$[0], value = pair$[1];
      s += `;${name}=`;
      if (value === '' || !isToken(value)) {
        let quoted = '"';
        for (let k = 0; k < value.length; k++) {
          if (value[k] === '"' || value[k] === '\\') quoted += '\\';
          quoted += value[k];
        }
        s += quoted + '"';
      } else {
        s += value;
      }
    }
    return s;
  }

  return { isToken, isHttpWhitespace, normalizeValue, parseMimeType, mimeParam, serializeMime };
})
