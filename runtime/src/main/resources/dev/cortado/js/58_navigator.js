// 58_navigator.js: the `navigator` global (HTML's Navigator, the parts a server runtime has):
// `hardwareConcurrency`, `userAgent`, `language` and `languages`. Loaded on first use.
//
// `language` comes from the locale environment variables (LC_ALL, LC_MESSAGES, LANG, as ICU and
// Deno read them), as a BCP 47 tag: `de_DE.UTF-8` is `de-DE`; none set, `C` or `POSIX`: `en-US`.
(function cortadoModuleBody(host, internal) {
  'use strict';
  const {
    ObjectDefineProperty, ObjectFreeze, StringPrototypeIndexOf, StringPrototypeToLowerCase,
    StringPrototypeToUpperCase,
    StringPrototypeSlice, Symbol, SymbolToStringTag, TypeError, RegExpPrototypeExec,
  } = internal.primordials;

  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

  function localeFromEnvironment() {
    const env = { __proto__: null };
    const pairs = host.environmentPairs();
    for (let i = 0; i < pairs.length; i += 2) env[pairs[i]] = pairs[i + 1];
    const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    let tag = raw;
    const dot = StringPrototypeIndexOf(tag, '.');
    if (dot >= 0) tag = StringPrototypeSlice(tag, 0, dot);
    const at = StringPrototypeIndexOf(tag, '@');
    if (at >= 0) tag = StringPrototypeSlice(tag, 0, at);
    const match = RegExpPrototypeExec(/^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}|[0-9]{3}))?$/, tag);
    if (match === null) return 'en-US';
    const language = StringPrototypeToLowerCase(match[1]);
    return match[2] === undefined ? language : `${language}-${StringPrototypeToUpperCase(match[2])}`;
  }

  const secret = internal.sharedSymbol('navigator:Navigator.constructorKey');
  let theNavigator = null;
  let language;
  let languages;

  function check(self) {
    if (self !== theNavigator) throw new TypeError('Illegal invocation');
  }

  class Navigator {
    constructor(key = undefined) {
      if (key !== secret) throw new TypeError('Illegal constructor');
    }

    get hardwareConcurrency() {
      check(this);
      return host.navigator.hardwareConcurrency();
    }

    get userAgent() {
      check(this);
      return `Cortado/${host.processInfo().version}`;
    }

    get language() {
      check(this);
      language ??= localeFromEnvironment();
      return language;
    }

    get languages() {
      check(this);
      language ??= localeFromEnvironment();
      languages ??= ObjectFreeze([language]);
      return languages;
    }

    [inspectCustom](depth, options, inspect) {
      if (this !== theNavigator) return this;
      return `Navigator ${inspect({
        hardwareConcurrency: this.hardwareConcurrency,
        userAgent: this.userAgent,
        language: this.language,
        languages: this.languages,
      }, options)}`;
    }
  }
  for (const key of ['hardwareConcurrency', 'userAgent', 'language', 'languages']) {
    ObjectDefineProperty(Navigator.prototype, key, { enumerable: true });
  }
  ObjectDefineProperty(Navigator.prototype, SymbolToStringTag, { value: 'Navigator', configurable: true });

  theNavigator = new Navigator(secret);

  // Platform objects: structuredClone() refuses them with a DataCloneError naming the interface.
  for (const Interface of [Navigator]) internal.markPlatformInterface(Interface);

  return ObjectFreeze({ navigator: theNavigator, Navigator });
})
