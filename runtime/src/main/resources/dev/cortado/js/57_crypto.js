// 57_crypto.js: the `crypto` global (Web Cryptography API): `getRandomValues` and `randomUUID`.
// `crypto.subtle` is not provided. Loaded on first use.
//
// Random bytes come from Java's SecureRandom (host.crypto), a block per call: small requests
// are served from a pooled block, so randomUUID() in a loop makes few Java calls.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ArrayBufferIsView, ObjectDefineProperty, ObjectFreeze, StringPrototypeSlice, Symbol,
    SymbolToStringTag, TypeError, TypedArrayPrototypeBuffer, TypedArrayPrototypeByteLength,
    TypedArrayPrototypeByteOffset, TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeSet,
    TypedArrayPrototypeSubarray, TypedArrayPrototypeFill, Uint8Array,
  } = internal.primordials;
  const { makeDOMException } = internal.load('51_dom_exception.js');
  const ops = host.crypto;

  const MAX_BYTES = 65536;
  const POOL_SIZE = 4096;
  const POOLED_MAX = 256;
  let pool = null;
  let poolOffset = POOL_SIZE;

  function freshBytes(length) {
    return new Uint8Array(ops.randomBytes(length));
  }

  // Fills `target` (a Uint8Array) with random bytes.
  function fillRandom(target, length) {
    if (length === 0) return;
    if (length > POOLED_MAX) {
      TypedArrayPrototypeSet(target, freshBytes(length));
      return;
    }
    if (poolOffset + length > POOL_SIZE) {
      pool = new Uint8Array(POOL_SIZE);
      TypedArrayPrototypeSet(pool, freshBytes(POOL_SIZE));
      poolOffset = 0;
    }
    TypedArrayPrototypeSet(target, TypedArrayPrototypeSubarray(pool, poolOffset, poolOffset + length));
    // Never hand out the same bytes twice.
    TypedArrayPrototypeFill(pool, 0, poolOffset, poolOffset + length);
    poolOffset += length;
  }

  const INTEGER_ARRAYS = {
    __proto__: null,
    Int8Array: true, Uint8Array: true, Uint8ClampedArray: true, Int16Array: true,
    Uint16Array: true, Int32Array: true, Uint32Array: true, BigInt64Array: true, BigUint64Array: true,
  };

  const HEX = [];
  for (let i = 0; i < 256; i++) HEX[i] = StringPrototypeSlice(`0${i.toString(16)}`, -2);

  const secret = internal.sharedSymbol('crypto:Crypto.constructorKey');
  let theCrypto = null;

  class Crypto {
    constructor(key = undefined) {
      if (key !== secret) throw new TypeError('Illegal constructor');
    }

    getRandomValues(array) {
      if (this !== theCrypto) throw new TypeError('Illegal invocation');
      if (arguments.length < 1) {
        throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
      }
      if (!ArrayBufferIsView(array)) {
        throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'ArrayBufferView'.");
      }
      const kind = TypedArrayPrototypeGetSymbolToStringTag(array);
      if (kind === undefined || INTEGER_ARRAYS[kind] !== true) {
        throw makeDOMException(
          `The provided ArrayBufferView is of type '${kind ?? 'DataView'}', which is not an integer array type.`,
          'TypeMismatchError');
      }
      const length = TypedArrayPrototypeByteLength(array);
      if (length > MAX_BYTES) {
        throw makeDOMException(
          `The ArrayBufferView's byte length (${length}) exceeds the number of bytes of entropy available via this API (${MAX_BYTES}).`,
          'QuotaExceededError');
      }
      fillRandom(new Uint8Array(TypedArrayPrototypeBuffer(array), TypedArrayPrototypeByteOffset(array), length), length);
      return array;
    }

    randomUUID() {
      if (this !== theCrypto) throw new TypeError('Illegal invocation');
      const b = new Uint8Array(16);
      fillRandom(b, 16);
      b[6] = (b[6] & 0x0F) | 0x40; // version 4
      b[8] = (b[8] & 0x3F) | 0x80; // variant 10
      return `${HEX[b[0]]}${HEX[b[1]]}${HEX[b[2]]}${HEX[b[3]]}-${HEX[b[4]]}${HEX[b[5]]}-` +
        `${HEX[b[6]]}${HEX[b[7]]}-${HEX[b[8]]}${HEX[b[9]]}-` +
        `${HEX[b[10]]}${HEX[b[11]]}${HEX[b[12]]}${HEX[b[13]]}${HEX[b[14]]}${HEX[b[15]]}`;
    }
  }
  ObjectDefineProperty(Crypto.prototype, 'getRandomValues', { enumerable: true });
  ObjectDefineProperty(Crypto.prototype, 'randomUUID', { enumerable: true });
  ObjectDefineProperty(Crypto.prototype, SymbolToStringTag, { value: 'Crypto', configurable: true });

  theCrypto = new Crypto(secret);

  // Platform objects: structuredClone() refuses them with a DataCloneError naming the interface.
  for (const Interface of [Crypto]) internal.markPlatformInterface(Interface);

  return ObjectFreeze({ crypto: theCrypto, Crypto, fillRandom });
})
