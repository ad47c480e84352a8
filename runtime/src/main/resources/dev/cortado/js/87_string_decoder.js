// 87_string_decoder.js: Node's `string_decoder`, loaded on first use. StringDecoder turns a
// stream of byte chunks into text without splitting characters: UTF-8 through a streaming
// TextDecoder, UTF-16LE by code units (a pair's high half waits for its low half), base64 by
// three-byte groups; hex, latin1 and ascii byte by byte.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBufferIsView, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, Uint8Array,
    StringFromCharCode, TypeError, Symbol, StringPrototypeToLowerCase, ArrayPrototypePush, ArrayPrototypeSlice,
  } = internal.primordials;
  const { makeCodedError, invalidArgType } = internal.errors;
  const { Buffer } = internal.load('81_buffer.js');
  const { TextDecoder } = internal.load('55_encoding.js');

  function normalize(encoding) {
    const lower = StringPrototypeToLowerCase(`${encoding ?? 'utf8'}`);
    switch (lower) {
      case 'utf8': case 'utf-8': case '': return 'utf8';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      case 'latin1': case 'binary': return 'latin1';
      case 'base64': case 'base64url': case 'hex': case 'ascii': return lower;
      default: return undefined;
    }
  }
  function bytesOf(buf) {
    if (!ArrayBufferIsView(buf)) {
      throw invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
    }
    return new Uint8Array(TypedArrayPrototypeGetBuffer(buf), TypedArrayPrototypeGetByteOffset(buf), buf.byteLength);
  }
  // A decoder's state, under keys shared by every Context (see internal.sharedSymbol): the bytes
  // of an unfinished character (utf16le, base64), the TextDecoder (utf8).
  const kPending = internal.sharedSymbol('stringDecoder:pending');
  const kDecoder = internal.sharedSymbol('stringDecoder:decoder');

  class StringDecoder {
    constructor(encoding) {
      const normalized = normalize(encoding);
      if (normalized === undefined) {
        throw makeCodedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
      }
      this.encoding = normalized;
      this[kPending] = [];
      this[kDecoder] = normalized === 'utf8' ? new TextDecoder('utf-8') : undefined;
    }
    write(buf) {
      if (typeof buf === 'string') return buf;
      const bytes = bytesOf(buf);
      switch (this.encoding) {
        case 'utf8': return this[kDecoder].decode(bytes, { stream: true });
        case 'utf16le': return this.utf16(bytes, false);
        case 'base64': case 'base64url': return this.base64(bytes, false);
        default: return Buffer.from(bytes).toString(this.encoding);
      }
    }
    end(buf) {
      const head = buf === undefined || buf === null ? '' : this.write(buf);
      switch (this.encoding) {
        case 'utf8': return head + this[kDecoder].decode();
        case 'utf16le': return head + this.utf16(new Uint8Array(0), true);
        case 'base64': case 'base64url': return head + this.base64(new Uint8Array(0), true);
        default: return head;
      }
    }
    /** Whole code units; a trailing odd byte, or a high surrogate, waits (unless `flush`). */
    utf16(bytes, flush) {
      const pending = this[kPending];
      for (let i = 0; i < bytes.length; i++) ArrayPrototypePush(pending, bytes[i]);
      let out = '';
      let i = 0;
      for (; i + 1 < pending.length; i += 2) {
        const unit = pending[i] | (pending[i + 1] << 8);
        if (unit >= 0xD800 && unit <= 0xDBFF && !flush) {
          if (i + 3 >= pending.length) break;
        }
        out += StringFromCharCode(unit);
      }
      this[kPending] = flush ? [] : ArrayPrototypeSlice(pending, i);
      return out;
    }
    base64(bytes, flush) {
      const pending = this[kPending];
      for (let i = 0; i < bytes.length; i++) ArrayPrototypePush(pending, bytes[i]);
      const whole = flush ? pending.length : pending.length - (pending.length % 3);
      const out = Buffer.from(ArrayPrototypeSlice(pending, 0, whole)).toString(this.encoding);
      this[kPending] = ArrayPrototypeSlice(pending, whole);
      return out;
    }
    get lastNeed() {
      const n = this[kPending].length;
      if (this.encoding === 'base64' || this.encoding === 'base64url') return n === 0 ? 0 : 3 - n;
      if (this.encoding === 'utf16le') return n % 2;
      return 0;
    }
  }
  return { StringDecoder };
})
