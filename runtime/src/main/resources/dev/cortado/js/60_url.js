// 60_url.js: `URL` and `URLSearchParams` as the WHATWG URL Standard defines them: the basic URL
// parser's state machine, the host parser (IPv4, IPv6, opaque hosts, and domains through UTS #46
// in Java for non-ASCII input), the URL serializer, the API's getters and setters, and the
// application/x-www-form-urlencoded parser and serializer. Loaded on first use.
//
// Exports `URL` and `URLSearchParams` and, for node:url and the other runtime files:
// - `fileURLToPath(url)`, `pathToFileURL(path)`: node:url's POSIX conversions
// - `domainToASCII(domain)`, `domainToUnicode(domain)`: node:url's, '' on failure
// - `urlToHttpOptions(url)`: node:url's
// - `parseURL(input)`: a URL object or null, `isURL(value)`: whether value is a URL object
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayPrototypeJoin, ArrayPrototypeSplice, FunctionPrototypeCall,
    NumberParseInt, ObjectCreate, ObjectDefineProperty, ObjectGetPrototypeOf, ObjectFreeze,
    ReflectGetOwnPropertyDescriptor, ReflectOwnKeys, StringFromCodePoint, StringPrototypeSplit,
    StringPrototypeReplaceAll, StringPrototypeStartsWith, SymbolIterator, SymbolToStringTag,
    SymbolFor, TypeError, WeakMap, WeakMapPrototypeGet, WeakMapPrototypeSet, Uint8Array, RegExp,
    StringFromCharCode, NumberPrototypeToString, StringPrototypeMethods, ArrayPrototypeMethods, RegExpPrototypeMethods,
  } = internal.primordials;
  // The parser's hot loops call String.prototype's methods directly (`fn.call(s, ...)`), which
  // GraalJS compiles far better than the uncurried primordials.
  const {
    charCodeAt, codePointAt, indexOf, slice, toLowerCase, isWellFormed, toWellFormed,
  } = StringPrototypeMethods;
  const { pop, slice: arraySlice } = ArrayPrototypeMethods;
  const ArrayPrototypeSlice = (array) => arraySlice.call(array);
  const { exec } = RegExpPrototypeMethods;
  /** Whether `re` (not global, not sticky) matches somewhere in `s`: one native scan. */
  const matches = (re, s) => exec.call(re, s) !== null;
  /** Where the global or sticky `re` next matches in `s` from `from`, or -1. */
  function search(re, s, from) {
    re.lastIndex = from;
    const match = exec.call(re, s);
    return match === null ? -1 : match.index;
  }
  const StringPrototypeCharCodeAt = (s, i) => charCodeAt.call(s, i);
  const StringPrototypeCodePointAt = (s, i) => codePointAt.call(s, i);
  const StringPrototypeIndexOf = (s, search, from) => indexOf.call(s, search, from);
  const StringPrototypeSlice = (s, start, end) => slice.call(s, start, end);
  const StringPrototypeToLowerCase = (s) => toLowerCase.call(s);
  const StringPrototypeIsWellFormed = (s) => isWellFormed.call(s);
  const StringPrototypeToWellFormed = (s) => toWellFormed.call(s);
  const ArrayPrototypePop = (array) => pop.call(array);
  /** Appends one or two items (a name and a value) without a method call. */
  function ArrayPrototypePush(array, item, second) {
    array[array.length] = item;
    if (arguments.length > 2) array[array.length] = second;
  }
  const ASCII = [];
  for (let c = 0; c < 128; c++) ASCII[c] = StringFromCharCode(c);
  const LOWER_ASCII = [];
  for (let c = 0; c < 128; c++) LOWER_ASCII[c] = ASCII[c >= 0x41 && c <= 0x5a ? c | 0x20 : c];

  // ---- Percent-encoding ---------------------------------------------------------------------------
  // A percent-encode set is a table over ASCII: 1 = encode. Every set contains the C0 controls and
  // everything above U+007E, so code points >= 0x7F are always encoded.
  function encodeSet(base, chars) {
    const set = new Uint8Array(128);
    if (base !== undefined) for (let c = 0; c < 128; c++) set[c] = base[c];
    for (let i = 0; i < chars.length; i++) set[StringPrototypeCharCodeAt(chars, i)] = 1;
    return set;
  }
  const C0_CONTROL_SET = encodeSet(undefined, '');
  for (let c = 0; c < 0x20; c++) C0_CONTROL_SET[c] = 1;
  C0_CONTROL_SET[0x7f] = 1;
  const FRAGMENT_SET = encodeSet(C0_CONTROL_SET, ' "<>`');
  const QUERY_SET = encodeSet(C0_CONTROL_SET, ' "#<>');
  const SPECIAL_QUERY_SET = encodeSet(QUERY_SET, "'");
  const PATH_SET = encodeSet(QUERY_SET, '?^`{}');
  const USERINFO_SET = encodeSet(PATH_SET, '/:;=@[\\]|');
  const COMPONENT_SET = encodeSet(USERINFO_SET, '$%&+,');
  const FORM_SET = encodeSet(COMPONENT_SET, "!'()~");
  // Each set also gets a global pattern that finds the first code unit to encode, natively.
  // (Index loops here and below: this file loads after user code, which may have replaced the
  // array and string iterators.)
  const ALL_SETS = [C0_CONTROL_SET, FRAGMENT_SET, QUERY_SET, SPECIAL_QUERY_SET, PATH_SET,
    USERINFO_SET, COMPONENT_SET, FORM_SET];
  for (let n = 0; n < ALL_SETS.length; n++) {
    const set = ALL_SETS[n];
    let chars = '';
    for (let c = 0; c < 0x7f; c++) {
      if (set[c] === 1) chars += `\\x${'0123456789abcdef'[c >> 4]}${'0123456789abcdef'[c & 15]}`;
    }
    set.pattern = new RegExp(`[${chars}\\u007f-\\uffff]`, 'g');
  }

  const HEX = '0123456789ABCDEF';
  const BYTE_ESCAPES = [];
  for (let b = 0; b < 256; b++) BYTE_ESCAPES[b] = `%${HEX[b >> 4]}${HEX[b & 15]}`;

  function utf8Escapes(cp) {
    if (cp < 0x80) return BYTE_ESCAPES[cp];
    if (cp < 0x800) return BYTE_ESCAPES[0xc0 | (cp >> 6)] + BYTE_ESCAPES[0x80 | (cp & 63)];
    if (cp < 0x10000) {
      return BYTE_ESCAPES[0xe0 | (cp >> 12)] + BYTE_ESCAPES[0x80 | ((cp >> 6) & 63)] +
        BYTE_ESCAPES[0x80 | (cp & 63)];
    }
    return BYTE_ESCAPES[0xf0 | (cp >> 18)] + BYTE_ESCAPES[0x80 | ((cp >> 12) & 63)] +
      BYTE_ESCAPES[0x80 | ((cp >> 6) & 63)] + BYTE_ESCAPES[0x80 | (cp & 63)];
  }

  /**
   * UTF-8 percent-encodes every code point of `s` in `set` (and, with `spaceAsPlus`, turns spaces
   * into '+'); returns `s` itself when nothing needs encoding. `s` has no lone surrogates.
   */
  function percentEncode(s, set, spaceAsPlus) {
    const length = s.length;
    const first = search(set.pattern, s, 0);
    if (first === -1) return s;
    let out = StringPrototypeSlice(s, 0, first);
    let start = first;
    for (let i = first; i < length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (c < 0x7f && set[c] !== 1) continue;
      if (start < i) out += StringPrototypeSlice(s, start, i);
      if (c < 0x80) {
        out += spaceAsPlus && c === 0x20 ? '+' : BYTE_ESCAPES[c];
      } else {
        const cp = StringPrototypeCodePointAt(s, i);
        if (cp > 0xffff) i++;
        out += utf8Escapes(cp);
      }
      start = i + 1;
    }
    if (start < length) out += StringPrototypeSlice(s, start);
    return out;
  }

  function hexValue(c) {
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (c >= 0x41 && c <= 0x46) return c - 0x37;
    if (c >= 0x61 && c <= 0x66) return c - 0x57;
    return -1;
  }

  /**
   * Percent-decodes `s` and UTF-8 decodes the bytes without BOM handling (invalid sequences
   * become U+FFFD). Runs of %XX are decoded together; the rest of the text stays as it is, which
   * gives the same result as decoding the UTF-8 bytes of the whole string.
   */
  function percentDecode(s) {
    let i = StringPrototypeIndexOf(s, '%');
    if (i === -1) return s;
    const length = s.length;
    let out = '';
    let start = 0;
    while (i !== -1) {
      let end = i;
      const bytes = [];
      while (end + 2 < length && StringPrototypeCharCodeAt(s, end) === 0x25) {
        const hi = hexValue(StringPrototypeCharCodeAt(s, end + 1));
        const lo = hexValue(StringPrototypeCharCodeAt(s, end + 2));
        if (hi < 0 || lo < 0) break;
        ArrayPrototypePush(bytes, (hi << 4) | lo);
        end += 3;
      }
      if (bytes.length > 0) {
        out += StringPrototypeSlice(s, start, i) + utf8Decode(bytes);
        start = end;
        i = StringPrototypeIndexOf(s, '%', end);
      } else {
        i = StringPrototypeIndexOf(s, '%', i + 1);
      }
    }
    return out + StringPrototypeSlice(s, start);
  }

  /** The Encoding Standard's UTF-8 decode without BOM, with replacement. */
  function utf8Decode(bytes) {
    let out = '';
    let needed = 0;
    let seen = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (needed === 0) {
        if (b <= 0x7f) {
          out += ASCII[b];
        } else if (b >= 0xc2 && b <= 0xdf) {
          needed = 1; cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
          needed = 2; cp = b & 0xf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
          needed = 3; cp = b & 0x7;
        } else {
          out += '\ufffd';
        }
        continue;
      }
      if (b < lower || b > upper) {
        needed = seen = cp = 0;
        lower = 0x80; upper = 0xbf;
        out += '\ufffd';
        i--; // reprocess this byte
        continue;
      }
      lower = 0x80; upper = 0xbf;
      cp = (cp << 6) | (b & 0x3f);
      if (++seen === needed) {
        out += StringFromCodePoint(cp);
        needed = seen = cp = 0;
      }
    }
    if (needed !== 0) out += '\ufffd';
    return out;
  }

  // ---- Hosts ----------------------------------------------------------------------------------------
  // Hosts are kept serialized: a domain, a dotted IPv4 address, '[...]' for IPv6, an opaque host,
  // or '' (the empty host). null means "no host". The host parser returns null on failure.

  // Forbidden host code points (1) and the additional forbidden domain code points (2).
  const FORBIDDEN = new Uint8Array(128);
  const FORBIDDEN_HOST = '\0\t\n\r #/:<>?@[\\]^|';
  for (let i = 0; i < FORBIDDEN_HOST.length; i++) FORBIDDEN[StringPrototypeCharCodeAt(FORBIDDEN_HOST, i)] = 1;
  for (let c = 0; c < 0x20; c++) if (FORBIDDEN[c] === 0) FORBIDDEN[c] = 2;
  FORBIDDEN[0x25] = 2;
  FORBIDDEN[0x7f] = 2;

  function parseHost(input, isOpaque) {
    if (StringPrototypeCharCodeAt(input, 0) === 0x5b) {
      if (StringPrototypeCharCodeAt(input, input.length - 1) !== 0x5d) return null;
      const address = parseIPv6(StringPrototypeSlice(input, 1, -1));
      return address === null ? null : `[${serializeIPv6(address)}]`;
    }
    if (isOpaque) return parseOpaqueHost(input);
    const domain = percentDecode(input);
    const asciiDomain = domainToAscii(domain);
    if (asciiDomain === null) return null;
    if (endsInANumber(asciiDomain)) {
      const address = parseIPv4(asciiDomain);
      return address === null ? null : serializeIPv4(address);
    }
    return asciiDomain;
  }

  // ASCII that is no forbidden domain code point; a label starting with "xn--"; a non-ASCII code unit.
  const PLAIN_ASCII_DOMAIN = /^[!"$&'()*+,\-.0-9;=A-Z_`a-z{}~]+$/;
  const ACE_LABEL = /(?:^|\.)[xX][nN]--/;
  const NON_ASCII = /[^\x00-\x7f]/;

  /** The URL Standard's "domain to ASCII" with beStrict false; null on failure. */
  function domainToAscii(domain) {
    // The fast path the standard allows: ASCII without "xn--" labels only needs lowercasing.
    if (matches(PLAIN_ASCII_DOMAIN, domain) && !matches(ACE_LABEL, domain)) {
      return StringPrototypeToLowerCase(domain);
    }
    if (!matches(NON_ASCII, domain) && !matches(ACE_LABEL, domain)) {
      return null; // ASCII with a forbidden domain code point, or empty
    }
    const result = host.url.domainToAscii(domain);
    if (result === null || result === undefined || result === '') return null;
    for (let i = 0; i < result.length; i++) {
      const c = StringPrototypeCharCodeAt(result, i);
      if (c < 0x80 && FORBIDDEN[c] !== 0) return null;
    }
    return result;
  }

  function parseOpaqueHost(input) {
    for (let i = 0; i < input.length; i++) {
      const c = StringPrototypeCharCodeAt(input, i);
      if (c < 0x80 && FORBIDDEN[c] === 1) return null;
    }
    return percentEncode(input, C0_CONTROL_SET, false);
  }

  /** The IPv4 number parser: the value, or -1 on failure. */
  function parseIPv4Number(input) {
    if (input === '') return -1;
    let radix = 10;
    let start = 0;
    if (input.length >= 2 && StringPrototypeCharCodeAt(input, 0) === 0x30) {
      const second = StringPrototypeCharCodeAt(input, 1);
      if (second === 0x78 || second === 0x58) {
        radix = 16; start = 2;
      } else {
        radix = 8; start = 1;
      }
    }
    if (start === input.length) return 0;
    for (let i = start; i < input.length; i++) {
      const c = StringPrototypeCharCodeAt(input, i);
      const ok = radix === 10 ? c >= 0x30 && c <= 0x39
        : radix === 8 ? c >= 0x30 && c <= 0x37 : hexValue(c) >= 0;
      if (!ok) return -1;
    }
    return NumberParseInt(StringPrototypeSlice(input, start), radix);
  }

  // The last label (ignoring one trailing dot) is decimal digits or "0x" and hex digits: exactly
  // when it is all digits or the IPv4 number parser accepts it.
  const ENDS_IN_A_NUMBER = /(?:^|\.)(?:[0-9]+|0[xX][0-9a-fA-F]*)\.?$/;
  function endsInANumber(input) {
    return matches(ENDS_IN_A_NUMBER, input);
  }

  /** The IPv4 parser: the address as a number, or null on failure. */
  function parseIPv4(input) {
    const parts = StringPrototypeSplit(input, '.');
    if (parts[parts.length - 1] === '' && parts.length > 1) ArrayPrototypePop(parts);
    if (parts.length > 4) return null;
    const numbers = [];
    for (let i = 0; i < parts.length; i++) {
      const n = parseIPv4Number(parts[i]);
      if (n === -1) return null;
      ArrayPrototypePush(numbers, n);
    }
    for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
    const last = numbers[numbers.length - 1];
    if (last >= 256 ** (5 - numbers.length)) return null;
    let ipv4 = last;
    for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
    return ipv4;
  }

  function serializeIPv4(address) {
    let output = '';
    let n = address;
    for (let i = 0; i < 4; i++) {
      output = (i === 0 ? `${n % 256}` : `${n % 256}.`) + output;
      n = (n - n % 256) / 256;
    }
    return output;
  }

  /** The IPv6 parser: eight 16-bit pieces, or null on failure. */
  function parseIPv6(input) {
    const address = [0, 0, 0, 0, 0, 0, 0, 0];
    let pieceIndex = 0;
    let compress = -1;
    let pointer = 0;
    const length = input.length;
    const at = (i) => (i < length ? StringPrototypeCharCodeAt(input, i) : -1);
    if (at(pointer) === 0x3a) {
      if (at(pointer + 1) !== 0x3a) return null;
      pointer += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (at(pointer) !== -1) {
      if (pieceIndex === 8) return null;
      if (at(pointer) === 0x3a) {
        if (compress !== -1) return null;
        pointer++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      let value = 0;
      let len = 0;
      while (len < 4 && hexValue(at(pointer)) >= 0) {
        value = value * 0x10 + hexValue(at(pointer));
        pointer++;
        len++;
      }
      if (at(pointer) === 0x2e) {
        if (len === 0) return null;
        pointer -= len;
        if (pieceIndex > 6) return null;
        let numbersSeen = 0;
        while (at(pointer) !== -1) {
          let ipv4Piece = -1;
          if (numbersSeen > 0) {
            if (at(pointer) === 0x2e && numbersSeen < 4) pointer++;
            else return null;
          }
          let c = at(pointer);
          if (!(c >= 0x30 && c <= 0x39)) return null;
          while ((c = at(pointer)) >= 0x30 && c <= 0x39) {
            const number = c - 0x30;
            if (ipv4Piece === -1) ipv4Piece = number;
            else if (ipv4Piece === 0) return null;
            else ipv4Piece = ipv4Piece * 10 + number;
            if (ipv4Piece > 255) return null;
            pointer++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
        }
        if (numbersSeen !== 4) return null;
        break;
      } else if (at(pointer) === 0x3a) {
        pointer++;
        if (at(pointer) === -1) return null;
      } else if (at(pointer) !== -1) {
        return null;
      }
      address[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress !== -1) {
      let swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex !== 0 && swaps > 0) {
        const t = address[pieceIndex];
        address[pieceIndex] = address[compress + swaps - 1];
        address[compress + swaps - 1] = t;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex !== 8) {
      return null;
    }
    return address;
  }

  function serializeIPv6(address) {
    // The first longest run of two or more zero pieces is compressed.
    let compress = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
      if (address[i] !== 0) { i++; continue; }
      let j = i;
      while (j < 8 && address[j] === 0) j++;
      if (j - i > bestLength) { bestLength = j - i; compress = i; }
      i = j;
    }
    let output = '';
    let ignore0 = false;
    for (let i = 0; i < 8; i++) {
      if (ignore0 && address[i] === 0) continue;
      ignore0 = false;
      if (compress === i) {
        output += i === 0 ? '::' : ':';
        ignore0 = true;
        continue;
      }
      output += NumberPrototypeToString(address[i], 16);
      if (i !== 7) output += ':';
    }
    return output;
  }

  // ---- URL records --------------------------------------------------------------------------------
  function defaultPort(scheme) {
    switch (scheme) {
      case 'http': case 'ws': return 80;
      case 'https': case 'wss': return 443;
      case 'ftp': return 21;
      default: return null;
    }
  }
  function isSpecialScheme(scheme) {
    switch (scheme) {
      case 'http': case 'https': case 'ws': case 'wss': case 'ftp': case 'file': return true;
      default: return false;
    }
  }

  function newRecord() {
    return {
      scheme: '', username: '', password: '', host: null, port: null,
      path: [], query: null, fragment: null,
    };
  }
  function hasOpaquePath(url) { return typeof url.path === 'string'; }
  function includesCredentials(url) { return url.username !== '' || url.password !== ''; }
  function cannotHaveCredentialsOrPort(url) {
    return url.host === null || url.host === '' || url.scheme === 'file';
  }

  function isAsciiAlpha(c) { return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a); }
  function isWindowsDriveLetter(s, normalizedOnly) {
    if (s.length !== 2 || !isAsciiAlpha(StringPrototypeCharCodeAt(s, 0))) return false;
    const c = StringPrototypeCharCodeAt(s, 1);
    return c === 0x3a || (!normalizedOnly && c === 0x7c);
  }
  /** Whether input from `pointer` on starts with a Windows drive letter. */
  function startsWithWindowsDriveLetter(input, pointer) {
    if (input.length - pointer < 2) return false;
    if (!isAsciiAlpha(StringPrototypeCharCodeAt(input, pointer))) return false;
    const c = StringPrototypeCharCodeAt(input, pointer + 1);
    if (c !== 0x3a && c !== 0x7c) return false;
    if (input.length - pointer === 2) return true;
    const d = StringPrototypeCharCodeAt(input, pointer + 2);
    return d === 0x2f || d === 0x5c || d === 0x3f || d === 0x23;
  }
  function isSingleDot(s) {
    return s === '.' || (s.length === 3 && StringPrototypeToLowerCase(s) === '%2e');
  }
  function isDoubleDot(s) {
    switch (s.length) {
      case 2: return s === '..';
      case 4: { const l = StringPrototypeToLowerCase(s); return l === '.%2e' || l === '%2e.'; }
      case 6: return StringPrototypeToLowerCase(s) === '%2e%2e';
      default: return false;
    }
  }
  function shortenPath(url) {
    const path = url.path;
    if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
    if (path.length > 0) ArrayPrototypePop(path);
  }

  // The parser's states.
  const SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3, SPECIAL_RELATIVE_OR_AUTHORITY = 4,
    PATH_OR_AUTHORITY = 5, RELATIVE = 6, RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8,
    SPECIAL_AUTHORITY_IGNORE_SLASHES = 9, AUTHORITY = 10, HOST = 11, HOSTNAME = 12, PORT = 13,
    FILE = 14, FILE_SLASH = 15, FILE_HOST = 16, PATH_START = 17, PATH = 18, OPAQUE_PATH = 19,
    QUERY = 20, FRAGMENT = 21;
  const EOF = -1;
  // Native scans for the parser's states (all global or sticky: used with `search`).
  const SCHEME_PREFIX = /[A-Za-z][A-Za-z0-9+\-.]*:/y;
  const AUTHORITY_STOP = /[@\/?#\\]/g;
  const HOST_STOP = /[:\/?#\\[\]]/g;
  const SEGMENT_END = /[\/?#]/g;
  const SEGMENT_END_SPECIAL = /[\/\\?#]/g;
  const SEGMENT_END_OVERRIDE = /\//g;
  const SEGMENT_END_SPECIAL_OVERRIDE = /[\/\\]/g;

  /** Leading and trailing C0 controls and spaces; every tab and newline. */
  function trimControlAndSpace(input) {
    let start = 0;
    let end = input.length;
    while (start < end && StringPrototypeCharCodeAt(input, start) <= 0x20) start++;
    while (end > start && StringPrototypeCharCodeAt(input, end - 1) <= 0x20) end--;
    return start === 0 && end === input.length ? input : StringPrototypeSlice(input, start, end);
  }
  function removeTabAndNewline(input) {
    if (StringPrototypeIndexOf(input, '\t') === -1 && StringPrototypeIndexOf(input, '\n') === -1 &&
      StringPrototypeIndexOf(input, '\r') === -1) {
      return input;
    }
    for (let i = 0; i < input.length; i++) {
      const c = StringPrototypeCharCodeAt(input, i);
      if (c === 0x09 || c === 0x0a || c === 0x0d) {
        let out = StringPrototypeSlice(input, 0, i);
        for (let j = i + 1; j < input.length; j++) {
          const d = StringPrototypeCharCodeAt(input, j);
          if (d !== 0x09 && d !== 0x0a && d !== 0x0d) out += input[j];
        }
        return out;
      }
    }
    return input;
  }

  /**
   * The basic URL parser. Without `url`, returns a new URL record or null (failure). With `url`
   * and `stateOverride` (a setter), changes `url` in place and returns null on failure.
   */
  function basicParse(input, base, url, stateOverride) {
    if (url === undefined) {
      url = newRecord();
      input = trimControlAndSpace(input);
    }
    input = removeTabAndNewline(input);
    const length = input.length;
    let state = stateOverride || SCHEME_START;
    let buffer = '';
    let atSignSeen = false;
    let insideBrackets = false;
    let passwordTokenSeen = false;
    let pointer = 0;
    for (; ; pointer++) {
      const c = pointer < length ? StringPrototypeCharCodeAt(input, pointer) : EOF;
      switch (state) {
        case SCHEME_START:
          if (!stateOverride) {
            // The scheme and its ':' in one native match; without them there is no scheme.
            SCHEME_PREFIX.lastIndex = 0;
            const match = exec.call(SCHEME_PREFIX, input);
            if (match === null) {
              state = NO_SCHEME;
              pointer--;
            } else {
              const colon = match[0].length - 1;
              buffer = StringPrototypeToLowerCase(StringPrototypeSlice(input, 0, colon));
              state = SCHEME;
              pointer = colon - 1;
            }
          } else if (isAsciiAlpha(c)) {
            buffer += LOWER_ASCII[c];
            state = SCHEME;
          } else if (!stateOverride) {
            state = NO_SCHEME;
            pointer--;
          } else {
            return null;
          }
          break;

        case SCHEME:
          if (isAsciiAlpha(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
            buffer += LOWER_ASCII[c];
          } else if (c === 0x3a) {
            if (stateOverride) {
              const special = isSpecialScheme(url.scheme);
              if (special !== isSpecialScheme(buffer)) return url;
              if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
              if (url.scheme === 'file' && url.host === '') return url;
            }
            url.scheme = buffer;
            if (stateOverride) {
              if (url.port === defaultPort(url.scheme)) url.port = null;
              return url;
            }
            buffer = '';
            if (url.scheme === 'file') {
              state = FILE;
            } else if (isSpecialScheme(url.scheme)) {
              state = base !== null && base.scheme === url.scheme
                ? SPECIAL_RELATIVE_OR_AUTHORITY : SPECIAL_AUTHORITY_SLASHES;
            } else if (pointer + 1 < length && StringPrototypeCharCodeAt(input, pointer + 1) === 0x2f) {
              state = PATH_OR_AUTHORITY;
              pointer++;
            } else {
              url.path = '';
              state = OPAQUE_PATH;
            }
          } else if (!stateOverride) {
            buffer = '';
            state = NO_SCHEME;
            pointer = -1;
          } else {
            return null;
          }
          break;

        case NO_SCHEME:
          if (base === null || (hasOpaquePath(base) && c !== 0x23)) return null;
          if (hasOpaquePath(base) && c === 0x23) {
            url.scheme = base.scheme;
            url.path = base.path;
            url.query = base.query;
            url.fragment = '';
            state = FRAGMENT;
          } else if (base.scheme !== 'file') {
            state = RELATIVE;
            pointer--;
          } else {
            state = FILE;
            pointer--;
          }
          break;

        case SPECIAL_RELATIVE_OR_AUTHORITY:
          if (c === 0x2f && pointer + 1 < length && StringPrototypeCharCodeAt(input, pointer + 1) === 0x2f) {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
            pointer++;
          } else {
            state = RELATIVE;
            pointer--;
          }
          break;

        case PATH_OR_AUTHORITY:
          if (c === 0x2f) {
            state = AUTHORITY;
          } else {
            state = PATH;
            pointer--;
          }
          break;

        case RELATIVE:
          url.scheme = base.scheme;
          if (c === 0x2f || (c === 0x5c && isSpecialScheme(url.scheme))) {
            state = RELATIVE_SLASH;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            url.path = ArrayPrototypeSlice(base.path);
            url.query = base.query;
            if (c === 0x3f) {
              url.query = '';
              state = QUERY;
            } else if (c === 0x23) {
              url.fragment = '';
              state = FRAGMENT;
            } else if (c !== EOF) {
              url.query = null;
              shortenPath(url);
              state = PATH;
              pointer--;
            }
          }
          break;

        case RELATIVE_SLASH:
          if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          } else if (c === 0x2f) {
            state = AUTHORITY;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            state = PATH;
            pointer--;
          }
          break;

        case SPECIAL_AUTHORITY_SLASHES:
          if (c === 0x2f && pointer + 1 < length && StringPrototypeCharCodeAt(input, pointer + 1) === 0x2f) {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
            pointer++;
          } else {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
            pointer--;
          }
          break;

        case SPECIAL_AUTHORITY_IGNORE_SLASHES:
          if (c !== 0x2f && c !== 0x5c) {
            state = AUTHORITY;
            pointer--;
          }
          break;

        case AUTHORITY:
          if (c === 0x40) {
            if (atSignSeen) buffer = '%40' + buffer;
            atSignSeen = true;
            if (passwordTokenSeen) {
              url.password += percentEncode(buffer, USERINFO_SET, false);
            } else {
              const colon = StringPrototypeIndexOf(buffer, ':');
              if (colon === -1) {
                url.username += percentEncode(buffer, USERINFO_SET, false);
              } else {
                passwordTokenSeen = true;
                url.username += percentEncode(StringPrototypeSlice(buffer, 0, colon), USERINFO_SET, false);
                url.password += percentEncode(StringPrototypeSlice(buffer, colon + 1), USERINFO_SET, false);
              }
            }
            buffer = '';
          } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
            (c === 0x5c && isSpecialScheme(url.scheme))) {
            if (atSignSeen && buffer === '') return null;
            pointer -= buffer.length + 1;
            buffer = '';
            state = HOST;
          } else {
            // Everything up to the next '@' or delimiter goes to the buffer at once.
            let end = search(AUTHORITY_STOP, input, pointer + 1);
            if (end === -1) end = length;
            buffer += StringPrototypeSlice(input, pointer, end);
            pointer = end - 1;
          }
          break;

        case HOST:
        case HOSTNAME:
          if (stateOverride && url.scheme === 'file') {
            pointer--;
            state = FILE_HOST;
          } else if (c === 0x3a && !insideBrackets) {
            if (buffer === '') return null;
            if (stateOverride === HOSTNAME) return null;
            const parsed = parseHost(buffer, !isSpecialScheme(url.scheme));
            if (parsed === null) return null;
            url.host = parsed;
            buffer = '';
            state = PORT;
          } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
            (c === 0x5c && isSpecialScheme(url.scheme))) {
            pointer--;
            if (isSpecialScheme(url.scheme) && buffer === '') return null;
            if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) {
              return null;
            }
            const parsed = parseHost(buffer, !isSpecialScheme(url.scheme));
            if (parsed === null) return null;
            url.host = parsed;
            buffer = '';
            state = PATH_START;
            if (stateOverride) return url;
          } else if (c === 0x5b || c === 0x5d) {
            insideBrackets = c === 0x5b;
            buffer += input[pointer];
          } else {
            // Everything up to the next delimiter, ':' or bracket goes to the buffer at once.
            let end = search(HOST_STOP, input, pointer + 1);
            if (end === -1) end = length;
            buffer += StringPrototypeSlice(input, pointer, end);
            pointer = end - 1;
          }
          break;

        case PORT:
          if (c >= 0x30 && c <= 0x39) {
            buffer += ASCII[c];
          } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
            (c === 0x5c && isSpecialScheme(url.scheme)) || stateOverride) {
            if (buffer !== '') {
              const port = NumberParseInt(buffer, 10);
              if (port > 65535) return null;
              url.port = port === defaultPort(url.scheme) ? null : port;
              buffer = '';
              if (stateOverride) return url;
            }
            if (stateOverride) return null;
            state = PATH_START;
            pointer--;
          } else {
            return null;
          }
          break;

        case FILE:
          url.scheme = 'file';
          url.host = '';
          if (c === 0x2f || c === 0x5c) {
            state = FILE_SLASH;
          } else if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            url.path = ArrayPrototypeSlice(base.path);
            url.query = base.query;
            if (c === 0x3f) {
              url.query = '';
              state = QUERY;
            } else if (c === 0x23) {
              url.fragment = '';
              state = FRAGMENT;
            } else if (c !== EOF) {
              url.query = null;
              if (!startsWithWindowsDriveLetter(input, pointer)) shortenPath(url);
              else url.path = [];
              state = PATH;
              pointer--;
            }
          } else {
            state = PATH;
            pointer--;
          }
          break;

        case FILE_SLASH:
          if (c === 0x2f || c === 0x5c) {
            state = FILE_HOST;
          } else {
            if (base !== null && base.scheme === 'file') {
              url.host = base.host;
              if (!startsWithWindowsDriveLetter(input, pointer) &&
                base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
                ArrayPrototypePush(url.path, base.path[0]);
              }
            }
            state = PATH;
            pointer--;
          }
          break;

        case FILE_HOST:
          if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
            pointer--;
            if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
              state = PATH; // the buffer is kept: it starts the path
            } else if (buffer === '') {
              url.host = '';
              if (stateOverride) return url;
              state = PATH_START;
            } else {
              let parsed = parseHost(buffer, !isSpecialScheme(url.scheme));
              if (parsed === null) return null;
              if (parsed === 'localhost') parsed = '';
              url.host = parsed;
              if (stateOverride) return url;
              buffer = '';
              state = PATH_START;
            }
          } else {
            buffer += input[pointer];
          }
          break;

        case PATH_START:
          if (isSpecialScheme(url.scheme)) {
            state = PATH;
            if (c !== 0x2f && c !== 0x5c) pointer--;
          } else if (!stateOverride && c === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (!stateOverride && c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            state = PATH;
            if (c !== 0x2f) pointer--;
          } else if (stateOverride && url.host === null) {
            ArrayPrototypePush(url.path, '');
          }
          break;

        case PATH: {
          const special = isSpecialScheme(url.scheme);
          // Take the whole segment at once: encoding it per code point or in one go is the same.
          let end = search(stateOverride ? (special ? SEGMENT_END_SPECIAL_OVERRIDE : SEGMENT_END_OVERRIDE)
            : (special ? SEGMENT_END_SPECIAL : SEGMENT_END), input, pointer);
          if (end === -1) end = length;
          if (end > pointer) {
            buffer += percentEncode(StringPrototypeSlice(input, pointer, end), PATH_SET, false);
            pointer = end;
          }
          const d = end < length ? StringPrototypeCharCodeAt(input, end) : EOF;
          const slash = d === 0x2f || (special && d === 0x5c);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) ArrayPrototypePush(url.path, '');
          } else if (isSingleDot(buffer)) {
            if (!slash) ArrayPrototypePush(url.path, '');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
              buffer = StringPrototypeSlice(buffer, 0, 1) + ':';
            }
            ArrayPrototypePush(url.path, buffer);
          }
          buffer = '';
          if (d === 0x3f) {
            url.query = '';
            state = QUERY;
          } else if (d === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
          break;
        }

        case OPAQUE_PATH: {
          let end = pointer;
          for (; end < length; end++) {
            const d = StringPrototypeCharCodeAt(input, end);
            if (d === 0x3f || d === 0x23) break;
          }
          let text = StringPrototypeSlice(input, pointer, end);
          // A space right before '?' or '#' is written %20, so that the path survives losing its
          // query or fragment and being parsed again.
          let trailingSpace = false;
          if (end < length && StringPrototypeCharCodeAt(text, text.length - 1) === 0x20) {
            text = StringPrototypeSlice(text, 0, -1);
            trailingSpace = true;
          }
          url.path += percentEncode(text, C0_CONTROL_SET, false) + (trailingSpace ? '%20' : '');
          pointer = end;
          if (end < length) {
            if (StringPrototypeCharCodeAt(input, end) === 0x3f) {
              url.query = '';
              state = QUERY;
            } else {
              url.fragment = '';
              state = FRAGMENT;
            }
          }
          break;
        }

        case QUERY: {
          let end = pointer;
          if (stateOverride) {
            end = length;
          } else {
            end = StringPrototypeIndexOf(input, '#', pointer);
            if (end === -1) end = length;
          }
          url.query += percentEncode(StringPrototypeSlice(input, pointer, end),
            isSpecialScheme(url.scheme) ? SPECIAL_QUERY_SET : QUERY_SET, false);
          pointer = end;
          if (end < length) {
            url.fragment = '';
            state = FRAGMENT;
          }
          break;
        }

        case FRAGMENT:
          url.fragment += percentEncode(StringPrototypeSlice(input, pointer), FRAGMENT_SET, false);
          pointer = length;
          break;
      }
      if (pointer >= length) break;
    }
    return url;
  }

  function serializeHostPort(url) {
    return url.port === null ? url.host : `${url.host}:${url.port}`;
  }
  function serializePath(url) {
    const path = url.path;
    if (typeof path === 'string') return path;
    let output = '';
    for (let i = 0; i < path.length; i++) output += '/' + path[i];
    return output;
  }
  function serializeURL(url, excludeFragment) {
    let output = url.scheme + ':';
    if (url.host !== null) {
      output += '//';
      if (includesCredentials(url)) {
        output += url.username;
        if (url.password !== '') output += ':' + url.password;
        output += '@';
      }
      output += serializeHostPort(url);
    } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
      output += '/.';
    }
    output += serializePath(url);
    if (url.query !== null) output += '?' + url.query;
    if (!excludeFragment && url.fragment !== null) output += '#' + url.fragment;
    return output;
  }
  function serializeOrigin(url) {
    switch (url.scheme) {
      case 'blob': {
        const pathURL = basicParse(serializePath(url), null);
        if (pathURL !== null && (pathURL.scheme === 'http' || pathURL.scheme === 'https')) {
          return serializeOrigin(pathURL);
        }
        return 'null';
      }
      case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
        return `${url.scheme}://${serializeHostPort(url)}`;
      default:
        return 'null';
    }
  }

  // ---- Web IDL conversions ------------------------------------------------------------------------
  function toUSVString(value) {
    const s = typeof value === 'string' ? value : `${value}`;
    return StringPrototypeIsWellFormed(s) ? s : StringPrototypeToWellFormed(s);
  }
  const { illegalInvocation } = internal.errors;
  function missingArguments(method, className, required, present) {
    return new TypeError(`Failed to execute '${method}' on '${className}': ${required} argument${
      required === 1 ? '' : 's'} required, but only ${present} present.`);
  }
  function invalidURL(input, base) {
    const error = new TypeError(base === undefined ? `Invalid URL: '${input}'`
      : `Invalid URL: '${input}' with base '${base}'`);
    ObjectDefineProperty(error, 'code', { value: 'ERR_INVALID_URL', writable: true, enumerable: true, configurable: true });
    ObjectDefineProperty(error, 'input', { value: input, writable: true, enumerable: true, configurable: true });
    if (base !== undefined) {
      ObjectDefineProperty(error, 'base', { value: base, writable: true, enumerable: true, configurable: true });
    }
    return error;
  }
  const inspectSymbol = SymbolFor('nodejs.util.inspect.custom');

  // ---- application/x-www-form-urlencoded ----------------------------------------------------------
  /** Parses `input` into a flat [name, value, name, value, ...] list. */
  function parseUrlencoded(input) {
    const list = [];
    const length = input.length;
    let start = 0;
    while (start <= length) {
      let end = StringPrototypeIndexOf(input, '&', start);
      if (end === -1) end = length;
      if (end > start) {
        const sequence = StringPrototypeSlice(input, start, end);
        const eq = StringPrototypeIndexOf(sequence, '=');
        let name = eq === -1 ? sequence : StringPrototypeSlice(sequence, 0, eq);
        let value = eq === -1 ? '' : StringPrototypeSlice(sequence, eq + 1);
        if (StringPrototypeIndexOf(name, '+') !== -1) name = StringPrototypeReplaceAll(name, '+', ' ');
        if (StringPrototypeIndexOf(value, '+') !== -1) value = StringPrototypeReplaceAll(value, '+', ' ');
        ArrayPrototypePush(list, percentDecode(name), percentDecode(value));
      }
      start = end + 1;
    }
    return list;
  }
  function serializeUrlencoded(list) {
    let output = '';
    for (let i = 0; i < list.length; i += 2) {
      if (i > 0) output += '&';
      output += percentEncode(list[i], FORM_SET, true) + '=' + percentEncode(list[i + 1], FORM_SET, true);
    }
    return output;
  }

  // ---- blob URLs (File API) -----------------------------------------------------------------------
  const blobURLStore = new internal.primordials.SafeMap();
  function randomUUID() {
    const bytes = new Uint8Array(host.crypto.randomBytes(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = '';
    for (let i = 0; i < 16; i++) {
      hex += (bytes[i] < 16 ? '0' : '') + NumberPrototypeToString(bytes[i], 16);
      if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
    }
    return hex;
  }

  // ---- URLSearchParams ----------------------------------------------------------------------------
  let paramsList;      // (params) => its list
  let isParams;        // (object) => whether it is a URLSearchParams
  let paramsSetList;   // (params, list) => void
  let paramsForURL;    // (list, urlObject) => a new URLSearchParams bound to that URL
  let urlRecordOf;     // (urlObject) => its record, for URLSearchParams' update steps
  let urlQueryChanged; // (urlObject) => forgets the cached href
  let isURLObject;     // (value) => whether it is a URL object
  let urlFromRecord;   // (record) => a new URL object

  const ITERATOR_KEYS = 0, ITERATOR_VALUES = 1, ITERATOR_ENTRIES = 2;
  const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(function* () {}.prototype));

  // Each object's internal state, under keys shared by every Context (00_primordials.js).
  const k_href = internal.sharedSymbol('url:href');
  const k_list = internal.sharedSymbol('url:list');
  const k_owner = internal.sharedSymbol('url:owner');
  const k_searchParams = internal.sharedSymbol('url:searchParams');
  const k_url = internal.sharedSymbol('url:url');

  function checkParams(self) {
    if (self === null || typeof self !== 'object' || self[k_list] === undefined) throw illegalInvocation();
  }
  /** The update steps: the URL's query follows the list. */
  function updateParams(params) {
    const url = params[k_owner];
    if (url === null) return;
    const record = urlRecordOf(url);
    const serialized = serializeUrlencoded(params[k_list]);
    record.query = serialized === '' ? null : serialized;
    urlQueryChanged(url);
  }

  /** Where each name of the flat [name, value, ...] `list` is: a SafeMap of name to index. */
  function recordPositions(list) {
    const positions = new internal.primordials.SafeMap();
    for (let i = 0; i < list.length; i += 2) positions.set(list[i], i);
    return positions;
  }

  class URLSearchParams {
    constructor(init = undefined) {
      this[k_owner] = null;
      if (init === URL_SEARCH_PARAMS_FOR_URL) {
        this[k_list] = [];
        return;
      }
      let list = [];
      if (init !== null && (typeof init === 'object' || typeof init === 'function')) {
        const method = init[SymbolIterator];
        if (method !== undefined && method !== null) {
          if (typeof method !== 'function') {
            throw new TypeError("Failed to construct 'URLSearchParams': The provided value cannot be converted to a sequence.");
          }
          for (const pair of { [SymbolIterator]: () => FunctionPrototypeCall(method, init) }) {
            if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function')) {
              throw new TypeError("Failed to construct 'URLSearchParams': The provided value cannot be converted to a sequence.");
            }
            const inner = pair[SymbolIterator];
            if (typeof inner !== 'function') {
              throw new TypeError("Failed to construct 'URLSearchParams': The provided value cannot be converted to a sequence.");
            }
            const items = [];
            for (const item of { [SymbolIterator]: () => FunctionPrototypeCall(inner, pair) }) {
              ArrayPrototypePush(items, toUSVString(item));
            }
            if (items.length !== 2) {
              throw new TypeError("Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements");
            }
            ArrayPrototypePush(list, items[0], items[1]);
          }
        } else {
          // A WebIDL record<USVString, USVString>: two keys that convert to the same string (lone
          // surrogates become U+FFFD) make one entry, at the first one's place, with the last value.
          const keys = ReflectOwnKeys(init);
          let positions = null;
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const desc = ReflectGetOwnPropertyDescriptor(init, key);
            if (desc === undefined || !desc.enumerable) continue;
            if (typeof key === 'symbol') {
              throw new TypeError("Failed to construct 'URLSearchParams': Cannot convert a Symbol to a string");
            }
            const name = toUSVString(key);
            const value = toUSVString(init[key]);
            if (name !== key) positions ??= recordPositions(list);
            const at = positions === null ? undefined : positions.get(name);
            if (at !== undefined) {
              list[at + 1] = value;
            } else {
              if (positions !== null) positions.set(name, list.length);
              ArrayPrototypePush(list, name, value);
            }
          }
        }
      } else if (init !== undefined) {
        let text = toUSVString(init);
        if (StringPrototypeCharCodeAt(text, 0) === 0x3f) text = StringPrototypeSlice(text, 1);
        list = parseUrlencoded(text);
      }
      this[k_list] = list;
    }

    static {
      paramsList = (params) => params[k_list];
      isParams = (value) => value?.[k_list] !== undefined;
      paramsSetList = (params, list) => { params[k_list] = list; };
      paramsForURL = (list, url) => {
        const params = new URLSearchParams(URL_SEARCH_PARAMS_FOR_URL);
        params[k_list] = list;
        params[k_owner] = url;
        return params;
      };
    }

    get size() {
      checkParams(this);
      return this[k_list].length >> 1;
    }

    append(name, value) {
      checkParams(this);
      if (arguments.length < 2) throw missingArguments('append', 'URLSearchParams', 2, arguments.length);
      ArrayPrototypePush(this[k_list], toUSVString(name), toUSVString(value));
      updateParams(this);
    }

    delete(name, value = undefined) {
      checkParams(this);
      if (arguments.length < 1) throw missingArguments('delete', 'URLSearchParams', 1, 0);
      name = toUSVString(name);
      const list = this[k_list];
      if (value === undefined) {
        for (let i = 0; i < list.length;) {
          if (list[i] === name) ArrayPrototypeSplice(list, i, 2); else i += 2;
        }
      } else {
        value = toUSVString(value);
        for (let i = 0; i < list.length;) {
          if (list[i] === name && list[i + 1] === value) ArrayPrototypeSplice(list, i, 2); else i += 2;
        }
      }
      updateParams(this);
    }

    get(name) {
      checkParams(this);
      if (arguments.length < 1) throw missingArguments('get', 'URLSearchParams', 1, 0);
      name = toUSVString(name);
      const list = this[k_list];
      for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
      return null;
    }

    getAll(name) {
      checkParams(this);
      if (arguments.length < 1) throw missingArguments('getAll', 'URLSearchParams', 1, 0);
      name = toUSVString(name);
      const list = this[k_list];
      const values = [];
      for (let i = 0; i < list.length; i += 2) if (list[i] === name) ArrayPrototypePush(values, list[i + 1]);
      return values;
    }

    has(name, value = undefined) {
      checkParams(this);
      if (arguments.length < 1) throw missingArguments('has', 'URLSearchParams', 1, 0);
      name = toUSVString(name);
      if (value !== undefined) value = toUSVString(value);
      const list = this[k_list];
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
      }
      return false;
    }

    set(name, value) {
      checkParams(this);
      if (arguments.length < 2) throw missingArguments('set', 'URLSearchParams', 2, arguments.length);
      name = toUSVString(name);
      value = toUSVString(value);
      const list = this[k_list];
      let found = false;
      for (let i = 0; i < list.length;) {
        if (list[i] !== name) {
          i += 2;
        } else if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          ArrayPrototypeSplice(list, i, 2);
        }
      }
      if (!found) ArrayPrototypePush(list, name, value);
      updateParams(this);
    }

    sort() {
      checkParams(this);
      const list = this[k_list];
      const count = list.length >> 1;
      // A stable merge sort of the pairs by name, comparing UTF-16 code units.
      let pairs = [];
      for (let i = 0; i < count; i++) ArrayPrototypePush(pairs, i);
      let scratch = [];
      for (let width = 1; width < count; width *= 2) {
        for (let lo = 0; lo < count; lo += 2 * width) {
          const mid = lo + width < count ? lo + width : count;
          const hi = lo + 2 * width < count ? lo + 2 * width : count;
          let a = lo;
          let b = mid;
          let k = lo;
          while (a < mid && b < hi) {
            scratch[k++] = list[2 * pairs[b]] < list[2 * pairs[a]] ? pairs[b++] : pairs[a++];
          }
          while (a < mid) scratch[k++] = pairs[a++];
          while (b < hi) scratch[k++] = pairs[b++];
        }
        const t = pairs; pairs = scratch; scratch = t;
      }
      const sorted = [];
      for (let i = 0; i < count; i++) ArrayPrototypePush(sorted, list[2 * pairs[i]], list[2 * pairs[i] + 1]);
      this[k_list] = sorted;
      updateParams(this);
    }

    entries() {
      checkParams(this);
      return makeIterator(this, ITERATOR_ENTRIES);
    }
    forEach(callback, thisArg = undefined) {
      checkParams(this);
      if (typeof callback !== 'function') {
        throw new TypeError("Failed to execute 'forEach' on 'URLSearchParams': The callback provided as parameter 1 is not a function.");
      }
      for (let i = 0; i < this[k_list].length; i += 2) {
        const list = this[k_list];
        FunctionPrototypeCall(callback, thisArg, list[i + 1], list[i], this);
      }
    }

    keys() {
      checkParams(this);
      return makeIterator(this, ITERATOR_KEYS);
    }
    values() {
      checkParams(this);
      return makeIterator(this, ITERATOR_VALUES);
    }

    toString() {
      checkParams(this);
      return serializeUrlencoded(this[k_list]);
    }

    [inspectSymbol](depth, options, inspect) {
      checkParams(this);
      if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
      const inner = { ...options, depth: depth === null || depth === undefined ? depth : depth - 1 };
      const list = this[k_list];
      const items = [];
      let width = 0;
      for (let i = 0; i < list.length; i += 2) {
        const item = `${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`;
        width += (i === 0 ? 0 : 2) + item.length;
        ArrayPrototypePush(items, item);
      }
      if (items.length === 0) return 'URLSearchParams {}';
      if (width > (options.breakLength ?? 80)) {
        return `URLSearchParams {\n  ${ArrayPrototypeJoin(items, ',\n  ')} }`;
      }
      return `URLSearchParams { ${ArrayPrototypeJoin(items, ', ')} }`;
    }
  }
  const URL_SEARCH_PARAMS_FOR_URL = {};

  // %URLSearchParamsIteratorPrototype%: live iterators over the list.
  const iteratorState = new WeakMap(); // iterator -> { params, kind, index }
  const URLSearchParamsIteratorPrototype = ObjectCreate(IteratorPrototype);
  ObjectDefineProperty(URLSearchParamsIteratorPrototype, 'next', {
    value: function next() {
      const state = this !== null && typeof this === 'object' ? WeakMapPrototypeGet(iteratorState, this) : undefined;
      if (state === undefined) throw illegalInvocation();
      const list = paramsList(state.params);
      const index = state.index;
      if (index >= list.length) return { value: undefined, done: true };
      state.index = index + 2;
      const value = state.kind === ITERATOR_KEYS ? list[index]
        : state.kind === ITERATOR_VALUES ? list[index + 1] : [list[index], list[index + 1]];
      return { value, done: false };
    },
    writable: true, enumerable: true, configurable: true,
  });
  ObjectDefineProperty(URLSearchParamsIteratorPrototype, SymbolToStringTag, {
    value: 'URLSearchParams Iterator', configurable: true,
  });
  ObjectDefineProperty(URLSearchParamsIteratorPrototype, inspectSymbol, {
    value: function (depth, options, inspect) {
      const state = WeakMapPrototypeGet(iteratorState, this);
      if (state === undefined) return this;
      const list = paramsList(state.params);
      const items = [];
      for (let i = state.index; i < list.length; i += 2) {
        ArrayPrototypePush(items, state.kind === ITERATOR_KEYS ? list[i]
          : state.kind === ITERATOR_VALUES ? list[i + 1] : [list[i], list[i + 1]]);
      }
      const shown = inspect(items, { ...options, depth: typeof depth === 'number' ? depth : options.depth });
      // Node writes an exhausted iterator as `URLSearchParams Iterator {  }`.
      return `URLSearchParams Iterator {${items.length === 0 ? '  ' : StringPrototypeSlice(shown, 1, -1)}}`;
    },
    writable: true, configurable: true,
  });
  function makeIterator(params, kind) {
    const iterator = ObjectCreate(URLSearchParamsIteratorPrototype);
    WeakMapPrototypeSet(iteratorState, iterator, { params, kind, index: 0 });
    return iterator;
  }

  // ---- URL ----------------------------------------------------------------------------------------
  /** Parses `url` against the optional `base` string: a URL record or null. */
  function parseWithBase(url, base) {
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = basicParse(base, null);
      if (baseRecord === null) return null;
    }
    return basicParse(url, baseRecord);
  }

  function checkURL(self) {
    if (self === null || typeof self !== 'object' || self[k_url] === undefined) throw illegalInvocation();
  }
  /** A URL object for an already parsed record. */
  function fromRecord(record) {
    const url = new URL(FROM_RECORD);
    url[k_url] = record;
    return url;
  }
  function changed(url) {
    url[k_href] = null;
  }
  /** After the query changed through the URL: the search params follow. */
  function queryChanged(url) {
    url[k_href] = null;
    if (url[k_searchParams] !== null) {
      const query = url[k_url].query;
      paramsSetList(url[k_searchParams], query === null ? [] : parseUrlencoded(query));
    }
  }

  class URL {
    constructor(url, base = undefined) {
      this[k_href] = null;
      this[k_searchParams] = null;
      if (url === FROM_RECORD) return;
      if (arguments.length < 1) throw missingArguments('constructor', 'URL', 1, 0);
      url = toUSVString(url);
      if (base !== undefined) base = toUSVString(base);
      const record = parseWithBase(url, base);
      if (record === null) throw invalidURL(url, base);
      this[k_url] = record;
    }

    static {
      urlRecordOf = (url) => url[k_url];
      isURLObject = (value) => value !== null && typeof value === 'object' && value[k_url] !== undefined;
      urlFromRecord = (record) => fromRecord(record);
      urlQueryChanged = (url) => { url[k_href] = null; };
    }

    static parse(url, base = undefined) {
      if (arguments.length < 1) throw missingArguments('parse', 'URL', 1, 0);
      url = toUSVString(url);
      if (base !== undefined) base = toUSVString(base);
      const record = parseWithBase(url, base);
      return record === null ? null : fromRecord(record);
    }

    static canParse(url, base = undefined) {
      if (arguments.length < 1) throw missingArguments('canParse', 'URL', 1, 0);
      url = toUSVString(url);
      if (base !== undefined) base = toUSVString(base);
      return parseWithBase(url, base) !== null;
    }

    // File API: blob URLs. The store lives in this Context (a worker has its own, as in browsers).
    static createObjectURL(obj) {
      if (arguments.length < 1) throw missingArguments('createObjectURL', 'URL', 1, 0);
      const blobs = internal.load('66_blob.js');
      if (!blobs.isBlob(obj)) {
        throw new TypeError("Failed to execute 'createObjectURL' on 'URL': parameter 1 is not of type 'Blob'.");
      }
      const url = `blob:null/${randomUUID()}`;
      blobURLStore.set(url, obj);
      return url;
    }

    static revokeObjectURL(url) {
      if (arguments.length < 1) throw missingArguments('revokeObjectURL', 'URL', 1, 0);
      url = toUSVString(url);
      const record = basicParse(url, null);
      if (record === null || record.scheme !== 'blob') return;
      blobURLStore.delete(serializeURL(record, true));
    }

    get href() {
      checkURL(this);
      let href = this[k_href];
      if (href === null) href = this[k_href] = serializeURL(this[k_url], false);
      return href;
    }
    set href(value) {
      checkURL(this);
      value = toUSVString(value);
      const record = basicParse(value, null);
      if (record === null) throw invalidURL(value);
      this[k_url] = record;
      queryChanged(this);
    }

    get origin() {
      checkURL(this);
      return serializeOrigin(this[k_url]);
    }

    get protocol() {
      checkURL(this);
      return this[k_url].scheme + ':';
    }
    set protocol(value) {
      checkURL(this);
      value = toUSVString(value);
      basicParse(value + ':', null, this[k_url], SCHEME_START);
      changed(this);
    }

    get username() {
      checkURL(this);
      return this[k_url].username;
    }
    set username(value) {
      checkURL(this);
      value = toUSVString(value);
      const url = this[k_url];
      if (cannotHaveCredentialsOrPort(url)) return;
      url.username = percentEncode(value, USERINFO_SET, false);
      changed(this);
    }

    get password() {
      checkURL(this);
      return this[k_url].password;
    }
    set password(value) {
      checkURL(this);
      value = toUSVString(value);
      const url = this[k_url];
      if (cannotHaveCredentialsOrPort(url)) return;
      url.password = percentEncode(value, USERINFO_SET, false);
      changed(this);
    }

    get host() {
      checkURL(this);
      const url = this[k_url];
      if (url.host === null) return '';
      return serializeHostPort(url);
    }
    set host(value) {
      checkURL(this);
      value = toUSVString(value);
      const url = this[k_url];
      if (hasOpaquePath(url)) return;
      basicParse(value, null, url, HOST);
      changed(this);
    }

    get hostname() {
      checkURL(this);
      const host = this[k_url].host;
      return host === null ? '' : host;
    }
    set hostname(value) {
      checkURL(this);
      value = toUSVString(value);
      const url = this[k_url];
      if (hasOpaquePath(url)) return;
      basicParse(value, null, url, HOSTNAME);
      changed(this);
    }

    get port() {
      checkURL(this);
      const port = this[k_url].port;
      return port === null ? '' : `${port}`;
    }
    set port(value) {
      checkURL(this);
      value = toUSVString(value);
      const url = this[k_url];
      if (cannotHaveCredentialsOrPort(url)) return;
      if (value === '') url.port = null;
      else basicParse(value, null, url, PORT);
      changed(this);
    }

    get pathname() {
      checkURL(this);
      return serializePath(this[k_url]);
    }
    set pathname(value) {
      checkURL(this);
      value = toUSVString(value);
      const url = this[k_url];
      if (hasOpaquePath(url)) return;
      url.path = [];
      basicParse(value, null, url, PATH_START);
      changed(this);
    }

    get search() {
      checkURL(this);
      const query = this[k_url].query;
      return query === null || query === '' ? '' : '?' + query;
    }
    set search(value) {
      checkURL(this);
      value = toUSVString(value);
      const url = this[k_url];
      if (value === '') {
        url.query = null;
        queryChanged(this);
        return;
      }
      const input = StringPrototypeCharCodeAt(value, 0) === 0x3f ? StringPrototypeSlice(value, 1) : value;
      url.query = '';
      basicParse(input, null, url, QUERY);
      queryChanged(this);
    }

    get searchParams() {
      checkURL(this);
      let params = this[k_searchParams];
      if (params === null) {
        const query = this[k_url].query;
        params = this[k_searchParams] = paramsForURL(query === null ? [] : parseUrlencoded(query), this);
      }
      return params;
    }

    get hash() {
      checkURL(this);
      const fragment = this[k_url].fragment;
      return fragment === null || fragment === '' ? '' : '#' + fragment;
    }
    set hash(value) {
      checkURL(this);
      value = toUSVString(value);
      const url = this[k_url];
      if (value === '') {
        url.fragment = null;
        changed(this);
        return;
      }
      const input = StringPrototypeCharCodeAt(value, 0) === 0x23 ? StringPrototypeSlice(value, 1) : value;
      url.fragment = '';
      basicParse(input, null, url, FRAGMENT);
      changed(this);
    }

    toString() {
      checkURL(this);
      return this.href;
    }

    toJSON() {
      checkURL(this);
      return this.href;
    }

    [inspectSymbol](depth, options, inspect) {
      checkURL(this);
      if (typeof depth === 'number' && depth < 0) return this;
      const shown = {
        href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
        password: this.password, host: this.host, hostname: this.hostname, port: this.port,
        pathname: this.pathname, search: this.search, searchParams: this.searchParams,
        hash: this.hash,
      };
      return `URL ${inspect(shown, options)}`;
    }
  }
  const FROM_RECORD = {};

  // The IDL shape: attributes and operations are enumerable; `length` counts required arguments.
  function finishInterface(Class, name) {
    const proto = Class.prototype;
    const keys = ReflectOwnKeys(proto);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' || typeof key !== 'string') continue;
      ObjectDefineProperty(proto, key, { enumerable: true });
    }
    const statics = ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL'];
    for (let i = 0; i < statics.length; i++) {
      const key = statics[i];
      if (ReflectGetOwnPropertyDescriptor(Class, key) !== undefined) {
        ObjectDefineProperty(Class, key, { enumerable: true });
      }
    }
    ObjectDefineProperty(proto, SymbolToStringTag, { value: name, configurable: true });
  }
  finishInterface(URL, 'URL');
  finishInterface(URLSearchParams, 'URLSearchParams');
  ObjectDefineProperty(URLSearchParams.prototype, SymbolIterator, {
    value: URLSearchParams.prototype.entries, writable: true, configurable: true,
  });
  ObjectDefineProperty(URL, 'length', { value: 1 });
  ObjectDefineProperty(URLSearchParams, 'length', { value: 0 });
  ObjectDefineProperty(URLSearchParams.prototype.delete, 'length', { value: 1 });
  ObjectDefineProperty(URLSearchParams.prototype.has, 'length', { value: 1 });
  ObjectDefineProperty(URLSearchParams.prototype.forEach, 'length', { value: 1 });
  ObjectDefineProperty(URL.parse, 'length', { value: 1 });
  ObjectDefineProperty(URL.canParse, 'length', { value: 1 });

  // ---- node:url -----------------------------------------------------------------------------------
  function fileURLToPath(url) {
    let record;
    if (typeof url === 'string') {
      record = basicParse(url, null);
      if (record === null) throw invalidURL(url);
    } else if (isURLObject(url)) {
      record = urlRecordOf(url);
    } else {
      throw internal.errors.invalidArgType('path', 'of type string or an instance of URL', url);
    }
    if (record.scheme !== 'file') {
      throw internal.errors.makeCodedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    if (record.host !== '' && record.host !== null) {
      throw internal.errors.makeCodedError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
        `File URL host must be "localhost" or empty on ${host.processInfo().platform}`);
    }
    const pathname = serializePath(record);
    for (let i = 0; i + 2 < pathname.length; i++) {
      if (StringPrototypeCharCodeAt(pathname, i) === 0x25 && StringPrototypeCharCodeAt(pathname, i + 1) === 0x32 &&
        (StringPrototypeCharCodeAt(pathname, i + 2) | 0x20) === 0x66) {
        throw internal.errors.makeCodedError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
          'File URL path must not include encoded / characters');
      }
    }
    return percentDecode(pathname);
  }
  /** node:url's pathToFileURL (POSIX): resolves against the working directory, keeps a trailing slash. */
  function pathToFileURL(path) {
    if (typeof path !== 'string') throw internal.errors.invalidArgType('path', 'of type string', path);
    let resolved = internal.path.joinPath(StringPrototypeStartsWith(path, '/') ? '/' : host.cwd(), path);
    if (StringPrototypeCharCodeAt(path, path.length - 1) === 0x2f && resolved !== '/') resolved += '/';
    return urlFromRecord(basicParse(internal.pathToFileHref(resolved), null));
  }

  /** node:url's urlToHttpOptions: the options object http.request takes, from a URL. */
  function urlToHttpOptions(url) {
    const record = isURLObject(url) ? urlRecordOf(url) : null;
    const hostname = record === null ? url.hostname : record.host ?? '';
    const options = {
      __proto__: null,
      ...url,
      protocol: url.protocol,
      hostname: typeof hostname === 'string' && StringPrototypeStartsWith(hostname, '[')
        ? StringPrototypeSlice(hostname, 1, -1) : hostname,
      hash: url.hash,
      search: url.search,
      pathname: url.pathname,
      path: `${url.pathname || ''}${url.search || ''}`,
      href: url.href,
    };
    if (url.port !== '') options.port = +url.port;
    if (url.username || url.password) {
      options.auth = `${percentDecode(url.username)}:${percentDecode(url.password)}`;
    }
    return options;
  }

  function domainToASCII(domain) {
    const result = parseHost(toUSVString(domain), false);
    return result === null ? '' : result;
  }
  function domainToUnicode(domain) {
    const ascii = parseHost(toUSVString(domain), false);
    if (ascii === null) return '';
    if (StringPrototypeCharCodeAt(ascii, 0) === 0x5b) return ascii;
    const unicode = host.url.domainToUnicode(ascii);
    return unicode === null || unicode === undefined ? '' : unicode;
  }

  // Platform objects: structuredClone() refuses them with a DataCloneError naming the interface.
  for (const Interface of [URL, URLSearchParams]) internal.markPlatformInterface(Interface);

  return ObjectFreeze({
    URL, URLSearchParams, fileURLToPath, pathToFileURL, domainToASCII, domainToUnicode, urlToHttpOptions,
    parseURL: (input) => {
      const record = basicParse(toUSVString(input), null);
      return record === null ? null : urlFromRecord(record);
    },
    isURL: (value) => isURLObject(value),
    // For fetch (75_fetch.js).
    isURLSearchParams: (value) => value !== null && typeof value === 'object' && isParams(value),
    serializeSearchParams: (params) => serializeUrlencoded(paramsList(params)),
    parseUrlencoded: (string) => parseUrlencoded(string),
    // The Blob a blob: URL string (fragment excluded) stands for, or undefined.
    resolveBlobURL: (url) => blobURLStore.get(url),
    // Node's error for a string that is not a URL (code ERR_INVALID_URL, input).
    invalidURL: (input) => invalidURL(input),
  });
})
