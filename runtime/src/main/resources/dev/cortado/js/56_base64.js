// 56_base64.js: `atob` and `btoa` (HTML, forgiving-base64). Loaded on first use.
//
// Exports `atob`, `btoa` and, for the other runtime files, `base64Decode(string)` (a byte
// string, or null when not forgiving-base64) and `base64Encode(byteString)`.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectFreeze, ReflectApply, StringFromCharCode, StringPrototypeCharCodeAt, TypeError,
    TypedArrayPrototypeFill, Uint8Array,
  } = internal.primordials;
  const { makeDOMException } = internal.load('51_dom_exception.js');

  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const VALUES = new Uint8Array(128); // 255: not in the alphabet
  TypedArrayPrototypeFill(VALUES, 255);
  for (let i = 0; i < 64; i++) VALUES[StringPrototypeCharCodeAt(ALPHABET, i)] = i;
  const CHUNK = 4096;

  function toDOMString(value) {
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return `${value}`;
  }

  function flush(units, count) {
    if (count !== units.length) units.length = count;
    return ReflectApply(StringFromCharCode, null, units);
  }

  // forgiving-base64 decode: a byte string, or null on failure.
  function base64Decode(input) {
    const length = input.length;
    // The sextets, ASCII whitespace skipped; then the padding rules on what is left.
    const sextets = new Uint8Array(length);
    let n = 0;
    let padding = 0;
    for (let i = 0; i < length; i++) {
      const c = StringPrototypeCharCodeAt(input, i);
      if (c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20) continue;
      if (c === 0x3D) { padding++; continue; }
      if (padding > 0) return null; // data after '='
      const v = c < 128 ? VALUES[c] : 255;
      if (v === 255) return null;
      sextets[n++] = v;
    }
    if (padding > 0 && (padding > 2 || (n + padding) % 4 !== 0)) return null;
    if (n % 4 === 1) return null;
    let result = '';
    let units = [];
    let u = 0;
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const bits = (sextets[i] << 18) | (sextets[i + 1] << 12) | (sextets[i + 2] << 6) | sextets[i + 3];
      units[u++] = bits >> 16;
      units[u++] = (bits >> 8) & 0xFF;
      units[u++] = bits & 0xFF;
      if (u >= CHUNK) { result += flush(units, u); units = []; u = 0; }
    }
    const rest = n - i;
    if (rest === 2) {
      units[u++] = (sextets[i] << 2) | (sextets[i + 1] >> 4);
    } else if (rest === 3) {
      const bits = (sextets[i] << 10) | (sextets[i + 1] << 4) | (sextets[i + 2] >> 2);
      units[u++] = bits >> 8;
      units[u++] = bits & 0xFF;
    }
    return u === 0 ? result : result + flush(units, u);
  }

  // base64 of a byte string (every code unit <= 0xFF), or null when one is not.
  function base64Encode(input) {
    const length = input.length;
    let result = '';
    let units = [];
    let u = 0;
    let i = 0;
    for (let j = 0; j < length; j++) {
      if (StringPrototypeCharCodeAt(input, j) > 0xFF) return null;
    }
    for (; i + 3 <= length; i += 3) {
      const bits = (StringPrototypeCharCodeAt(input, i) << 16) |
        (StringPrototypeCharCodeAt(input, i + 1) << 8) | StringPrototypeCharCodeAt(input, i + 2);
      units[u++] = StringPrototypeCharCodeAt(ALPHABET, bits >> 18);
      units[u++] = StringPrototypeCharCodeAt(ALPHABET, (bits >> 12) & 63);
      units[u++] = StringPrototypeCharCodeAt(ALPHABET, (bits >> 6) & 63);
      units[u++] = StringPrototypeCharCodeAt(ALPHABET, bits & 63);
      if (u >= CHUNK) { result += flush(units, u); units = []; u = 0; }
    }
    const rest = length - i;
    if (rest === 1) {
      const bits = StringPrototypeCharCodeAt(input, i);
      units[u++] = StringPrototypeCharCodeAt(ALPHABET, bits >> 2);
      units[u++] = StringPrototypeCharCodeAt(ALPHABET, (bits & 3) << 4);
      units[u++] = 0x3D;
      units[u++] = 0x3D;
    } else if (rest === 2) {
      const bits = (StringPrototypeCharCodeAt(input, i) << 8) | StringPrototypeCharCodeAt(input, i + 1);
      units[u++] = StringPrototypeCharCodeAt(ALPHABET, bits >> 10);
      units[u++] = StringPrototypeCharCodeAt(ALPHABET, (bits >> 4) & 63);
      units[u++] = StringPrototypeCharCodeAt(ALPHABET, (bits & 15) << 2);
      units[u++] = 0x3D;
    }
    return u === 0 ? result : result + flush(units, u);
  }

  function atob(data) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'atob': 1 argument required, but only 0 present.");
    }
    const decoded = base64Decode(toDOMString(data));
    if (decoded === null) {
      throw makeDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    }
    return decoded;
  }

  function btoa(data) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'btoa': 1 argument required, but only 0 present.");
    }
    const encoded = base64Encode(toDOMString(data));
    if (encoded === null) {
      throw makeDOMException('Invalid character', 'InvalidCharacterError');
    }
    return encoded;
  }

  return ObjectFreeze({ atob, btoa, base64Decode, base64Encode });
})
