// 88_querystring.js: Node's `querystring`, loaded on first use: parse and stringify of
// `a=1&b=2` strings ('+' is a space, repeated keys become arrays, a null-prototype result),
// escape/unescape (percent-encoding of UTF-8, lenient decoding of malformed escapes).
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayIsArray, ArrayPrototypePush, ArrayPrototypeJoin, ObjectKeys, NumberIsFinite, StringPrototypeSplit,
    StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeCharCodeAt, StringPrototypeReplace,
    StringPrototypeIsWellFormed, URIError, String, ArrayPrototypeSlice,
  } = internal.primordials;
  const { makeCodedError } = internal.errors;
  const encodeComponent = encodeURIComponent;
  const decodeComponent = decodeURIComponent;

  function qsEscape(str) {
    if (typeof str !== 'string') {
      if (typeof str === 'object') str = String(str);
      else str += '';
    }
    if (!StringPrototypeIsWellFormed(str)) throw makeCodedError(URIError, 'ERR_INVALID_URI', 'URI malformed');
    return encodeComponent(str);
  }

  const hexValue = (c) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  /** %XX escapes as bytes (malformed ones kept as text), then the bytes as UTF-8. */
  function unescapeBuffer(s, decodeSpaces) {
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (c === 43 && decodeSpaces) { ArrayPrototypePush(bytes, 32); continue; }
      if (c === 37 && i + 2 < s.length + 0 && i + 2 <= s.length - 1) {
        const hi = hexValue(StringPrototypeCharCodeAt(s, i + 1));
        const lo = hexValue(StringPrototypeCharCodeAt(s, i + 2));
        if (hi >= 0 && lo >= 0) {
          ArrayPrototypePush(bytes, hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      if (c < 0x80) {
        ArrayPrototypePush(bytes, c);
      } else {
        const encoded = internal.load('81_buffer.js').Buffer.from(s[i]);
        for (const b of encoded) ArrayPrototypePush(bytes, b);
      }
    }
    return internal.load('81_buffer.js').Buffer.from(bytes);
  }
  function qsUnescape(s, decodeSpaces) {
    try {
      return decodeComponent(s);
    } catch {
      return unescapeBuffer(s, decodeSpaces).toString();
    }
  }

  function stringifyPrimitive(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && NumberIsFinite(v)) return `${v}`;
    if (typeof v === 'bigint') return `${v}`;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
  }
  function stringify(obj, sep = '&', eq = '=', options) {
    sep ||= '&';
    eq ||= '=';
    const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : qsEscape;
    if (obj === null || typeof obj !== 'object') return '';
    const parts = [];
    for (const key of ObjectKeys(obj)) {
      const value = obj[key];
      const ks = `${encode(stringifyPrimitive(key))}${eq}`;
      if (ArrayIsArray(value)) {
        for (const item of value) ArrayPrototypePush(parts, ks + encode(stringifyPrimitive(item)));
      } else {
        ArrayPrototypePush(parts, ks + encode(stringifyPrimitive(value)));
      }
    }
    return ArrayPrototypeJoin(parts, sep);
  }
  function parse(qs, sep = '&', eq = '=', options) {
    const result = { __proto__: null };
    if (typeof qs !== 'string' || qs.length === 0) return result;
    sep = sep ? `${sep}` : '&';
    eq = eq ? `${eq}` : '=';
    let maxKeys = 1000;
    if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
    const decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : qsUnescape;
    let pairs = StringPrototypeSplit(qs, sep);
    if (maxKeys > 0 && pairs.length > maxKeys) pairs = ArrayPrototypeSlice(pairs, 0, maxKeys);
    for (const pair of pairs) {
      if (pair.length === 0) continue;
      const at = StringPrototypeIndexOf(pair, eq);
      let key = at >= 0 ? StringPrototypeSlice(pair, 0, at) : pair;
      let value = at >= 0 ? StringPrototypeSlice(pair, at + eq.length) : '';
      key = decodeOne(StringPrototypeReplace(key, /\+/g, ' '), decode);
      value = decodeOne(StringPrototypeReplace(value, /\+/g, ' '), decode);
      const existing = result[key];
      if (existing === undefined) result[key] = value;
      else if (ArrayIsArray(existing)) ArrayPrototypePush(existing, value);
      else result[key] = [existing, value];
    }
    return result;
  }
  function decodeOne(s, decode) {
    try {
      return decode(s);
    } catch {
      return qsUnescape(s, true);
    }
  }

  return {
    unescapeBuffer: (s, decodeSpaces) => unescapeBuffer(`${s}`, decodeSpaces),
    unescape: qsUnescape,
    escape: qsEscape,
    stringify,
    encode: stringify,
    parse,
    decode: parse,
  };
})
