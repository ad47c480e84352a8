package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** {@code atob} and {@code btoa} (HTML): forgiving-base64, InvalidCharacterError, argument conversion. */
class Base64Test {

  /** Whitespace and padding rules, Latin-1 only for btoa, ToString, argument count, large inputs. */
  @Test
  void forgivingBase64AndItsErrors() {
    JsRun.Result r = JsRun.js("""
        const esc = (s) => s.replace(/[^\\x20-\\x7e]/g, (c) => '\\\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
        console.log(btoa(''), btoa('f'), btoa('fo'), btoa('foo'), btoa('foob'), btoa('\\x00\\xff\\xfe'), btoa(null), btoa(12), btoa(undefined));
        console.log([atob(''), atob('Zg'), atob('Zg=='), atob('Zm8='), atob('Zm9v'), atob(' Zm\\t9v\\nYg \\f\\r'), atob('/w')].map((s) => esc(JSON.stringify(s))).join(' '));
        console.log(esc(JSON.stringify(atob(null))), JSON.stringify(atob('YQ')), esc(JSON.stringify(atob('AP/+'))));
        for (const bad of ['Z', 'Zg=', 'Zg===', 'Z===', 'Zm9v=', 'Zg=a', '=Zg=', 'Zm9v*', 'Zm\\u00e99v', 'Zg==\\u00a0', 'Zm 9v =', undefined, 'aGVsbG8=x', '-_8']) {
          try { console.log('ok', esc(JSON.stringify(atob(bad)))); } catch (e) { console.log(e instanceof DOMException, e.name, e.code, e.message); }
        }
        try { btoa('\\u0100'); } catch (e) { console.log(e instanceof DOMException, e.name, e.code, e.message); }
        try { btoa('a\\ud83d\\ude00'); } catch (e) { console.log(e.name); }
        try { atob(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { btoa(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { atob(Symbol()); } catch (e) { console.log(e.constructor.name); }
        console.log(atob({ toString() { return 'YWI='; } }), btoa({ toString() { return 'ab'; } }), atob.length, btoa.length, atob.name, btoa.name);
        let all = ''; for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
        const big = all.repeat(100);
        console.log(btoa(big).length, atob(btoa(big)) === big, btoa(all).slice(0, 24), btoa(all).slice(-8));
        const d = Object.getOwnPropertyDescriptor(globalThis, 'atob'); console.log(typeof d.value, d.writable, d.configurable);

        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
         Zg== Zm8= Zm9v Zm9vYg== AP/+ bnVsbA== MTI= dW5kZWZpbmVk
        "" "f" "f" "fo" "foo" "foob" "\\u00ff"
        "\\u009e\\u00e9e" "a" "\\u0000\\u00ff\\u00fe"
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 The string to be decoded is not correctly encoded.
        true InvalidCharacterError 5 Invalid character
        InvalidCharacterError
        TypeError Failed to execute 'atob': 1 argument required, but only 0 present.
        TypeError Failed to execute 'btoa': 1 argument required, but only 0 present.
        TypeError
        ab YWI= 1 1 atob btoa
        34136 true AAECAwQFBgcICQoLDA0ODxAR /P3+/w==
        function true true

        """.stripTrailing() + "\n");
    assertThat(r.leaksJava()).isFalse();
  }
}
