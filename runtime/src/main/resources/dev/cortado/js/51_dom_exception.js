// 51_dom_exception.js: `DOMException` (Web IDL): the error every web API throws, with the
// standard names and their legacy numeric codes. Loaded on first use.
//
// Exports `DOMException` and, for the other runtime files:
// - `makeDOMException(message, name)`: what the specs mean by "throw a <name> DOMException"
// - `isDOMException(value)`, `domExceptionParts(value)` (name, message): for structured clone
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectDefineProperty, ObjectDefineProperties, ObjectFreeze, ObjectSetPrototypeOf,
    Error, StringPrototypeIndexOf, StringPrototypeSlice, SymbolToStringTag,
    WeakMap, WeakMapPrototypeGet, WeakMapPrototypeSet, WeakMapPrototypeHas, TypeError,
  } = internal.primordials;

  // The legacy constant names, in code order (code = index + 1).
  const CONSTANTS = [
    'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
    'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR',
    'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR',
    'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR',
    'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR',
    'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR',
    'DATA_CLONE_ERR',
  ];
  // The names of the Web IDL error names table that have a legacy code.
  const CODES = {
    __proto__: null,
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
    InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
    NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
    URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
    DataCloneError: 25,
  };

  const slots = new WeakMap(); // DOMException -> { name, message }

  function partsOf(self) {
    const parts = WeakMapPrototypeGet(slots, self);
    if (parts === undefined) throw new TypeError('Illegal invocation');
    return parts;
  }

  class DOMException {
    constructor(message = '', options = 'Error') {
      message = `${message}`;
      let name;
      let cause;
      let hasCause = false;
      if (options !== null && typeof options === 'object') {
        // Node and Deno also take `{ name, cause }`, like the Error constructor's options.
        name = options.name === undefined ? 'Error' : `${options.name}`;
        if ('cause' in options) { hasCause = true; cause = options.cause; }
      } else {
        name = `${options}`;
      }
      WeakMapPrototypeSet(slots, this, { name, message });
      if (hasCause) {
        ObjectDefineProperty(this, 'cause', { value: cause, writable: true, configurable: true });
      }
      const stack = new Error(message).stack;
      if (typeof stack === 'string') {
        const newline = StringPrototypeIndexOf(stack, '\n');
        ObjectDefineProperty(this, 'stack', {
          value: `${name}: ${message}${newline < 0 ? '' : StringPrototypeSlice(stack, newline)}`,
          writable: true, configurable: true,
        });
      }
    }
    get name() { return partsOf(this).name; }
    get message() { return partsOf(this).message; }
    get code() { return CODES[partsOf(this).name] ?? 0; }
  }
  ObjectSetPrototypeOf(DOMException.prototype, Error.prototype);
  const constants = {};
  for (let i = 0; i < CONSTANTS.length; i++) {
    constants[CONSTANTS[i]] = { value: i + 1, enumerable: true, writable: false, configurable: false };
  }
  ObjectDefineProperties(DOMException, constants);
  ObjectDefineProperties(DOMException.prototype, constants);
  for (const key of ['name', 'message', 'code']) {
    ObjectDefineProperty(DOMException.prototype, key, { enumerable: true });
  }
  ObjectDefineProperty(DOMException.prototype, SymbolToStringTag, {
    value: 'DOMException', configurable: true,
  });

  return ObjectFreeze({
    DOMException,
    makeDOMException: (message, name) => new DOMException(message, name),
    isDOMException: (value) => value !== null && typeof value === 'object' && WeakMapPrototypeHas(slots, value),
    domExceptionParts: (value) => {
      const { name, message } = partsOf(value);
      return { name, message };
    },
  });
})
