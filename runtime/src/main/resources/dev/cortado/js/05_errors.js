// 05_errors.js: Node-style coded errors (`err.code`, `TypeError [ERR_X]: ...` in the stack) and
// the argument validators the host APIs share, so every API rejects bad input with the same
// error type, code and message that Node.js gives.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ReflectDefineProperty, ReflectApply, ReflectSetPrototypeOf, StringPrototypeSlice, StringPrototypeIndexOf,
    NumberIsInteger, JSONStringify, ObjectGetPrototypeOf, TypeError: IdlTypeError,
  } = internal.primordials;

  /** Replaces the first line of `error.stack` (the "Name: message" line) with `heading`. */
  function setStackHeading(error, heading) {
    const stack = error.stack;
    if (typeof stack === 'string') {
      const newline = StringPrototypeIndexOf(stack, '\n');
      ReflectDefineProperty(error, 'stack', {
        value: `${heading}${newline < 0 ? '' : StringPrototypeSlice(stack, newline)}`,
        writable: true, enumerable: false, configurable: true,
      });
    }
  }

  function makeCodedError(Base, code, message) {
    const error = new Base(message);
    ReflectDefineProperty(error, 'code', {
      value: code, writable: true, enumerable: true, configurable: true,
    });
    setStackHeading(error, `${error.name} [${code}]: ${message}`);
    ReflectDefineProperty(error, 'toString', {
      value() { return `${this.name} [${code}]: ${this.message}`; },
      writable: true, enumerable: false, configurable: true,
    });
    return error;
  }

  /** How Node's messages describe a received value: "Received type number (42)". */
  function describeReceived(value) {
    if (value === undefined || value === null) return `Received ${value}`;
    if (typeof value === 'function') {
      return value.name ? `Received function ${value.name}` : 'Received function';
    }
    if (typeof value === 'object') {
      const ctor = safeConstructorName(value);
      return ctor ? `Received an instance of ${ctor}` : `Received ${internal.inspect ? internal.inspect(value, { depth: -1 }) : '[object]'}`;
    }
    let shown = typeof value === 'string' ? quoteForMessage(value)
      : typeof value === 'bigint' ? `${value}n`
      : typeof value === 'symbol' ? internal.primordials.SymbolPrototypeToString(value) : `${value}`;
    return `Received type ${typeof value} (${shown})`;
  }
  function quoteForMessage(s) {
    if (s.length > 28) s = StringPrototypeSlice(s, 0, 25) + '...';
    return internal.inspect ? internal.inspect(s) : JSONStringify(s);
  }
  function safeConstructorName(value) {
    let proto = value;
    while (proto !== null) {
      const desc = internal.primordials.ReflectGetOwnPropertyDescriptor(proto, 'constructor');
      if (desc && typeof desc.value === 'function' && desc.value.name) return desc.value.name;
      proto = ObjectGetPrototypeOf(proto);
    }
    return '';
  }

  function invalidArgType(name, expected, value) {
    const what = StringPrototypeIndexOf(name, '.') >= 0 ? 'property' : 'argument';
    return makeCodedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" ${what} must be ${expected}. ${describeReceived(value)}`);
  }

  function validateFunction(value, name) {
    if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
  }
  function validateNumber(value, name) {
    if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  }
  function validateInteger(value, name, min = -9007199254740991, max = 9007199254740991) {
    if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
    if (!NumberIsInteger(value)) {
      throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "${name}" is out of range. It must be an integer. Received ${value}`);
    }
    if (value < min || value > max) {
      throw makeCodedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "${name}" is out of range. It must be >= ${min} && <= ${max}. Received ${value}`);
    }
  }
  function validateObject(value, name) {
    if (value === null || typeof value !== 'object') throw invalidArgType(name, 'of type object', value);
  }
  function validateString(value, name) {
    if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
  }
  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
  }

  // Web IDL's errors, as browsers word them, for the web platform's files.
  function illegalInvocation() { return new IdlTypeError('Illegal invocation'); }
  function notEnoughArguments(what, required, present) {
    return new IdlTypeError(`Failed to ${what}: ${required} argument${required === 1 ? '' : 's'} ` +
      `required, but only ${present} present.`);
  }

  internal.errors = {
    makeCodedError, invalidArgType, describeReceived,
    validateFunction, validateNumber, validateInteger, validateObject, validateString,
    validateBoolean, illegalInvocation, notEnoughArguments,
  };

  // Permissions (host/Permissions.java): a denied operation throws NotCapable, as Deno does,
  // before anything of it happens.
  class NotCapable extends Error {}
  ReflectDefineProperty(NotCapable.prototype, 'name', {
    value: 'NotCapable', writable: true, enumerable: false, configurable: true,
  });
  internal.NotCapable = NotCapable;
  // Made as an Error and then given NotCapable's prototype: an Error subclass constructed inside
  // the runtime's internal code would lose the user's stack frames in GraalJS.
  function notCapable(message) {
    const error = new Error(message);
    ReflectSetPrototypeOf(error, NotCapable.prototype);
    setStackHeading(error, `NotCapable: ${message}`);
    return error;
  }
  internal.checkPermission = function checkPermission(kind, target) {
    const denial = host.permissionDenial(kind, target ?? null);
    if (denial !== null) throw notCapable(denial);
  };

})
