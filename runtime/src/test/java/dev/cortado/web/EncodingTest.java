package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** {@code TextEncoder} and {@code TextDecoder} per the WHATWG Encoding Standard (outputs checked against Deno). */
class EncodingTest {

  /** Labels map to the standard's names; unknown and replacement labels, option and brand errors. */
  @Test
  void labelsOptionsAndBrandChecks() {
    JsRun.Result r = JsRun.js("""
        const esc = (s) => s.replace(/[^\\x20-\\x7e]/g, (c) => '\\\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
        const names = ['utf8', ' UTF-8\\n', '\\tlatin1 ', 'ascii', 'iso-8859-1', 'utf-16', 'UNICODE', 'utf-16be', 'gb2312', 'GBK', 'gb18030',
          'big5-hkscs', 'sjis', 'windows-31j', 'euc-kr', 'korean', 'x-user-defined', 'iso-8859-8-i', 'koi8-ru', 'x-mac-ukrainian', 'tis-620', 'l9', 'iso-2022-jp'];
        console.log(names.map((l) => new TextDecoder(l).encoding).join(' '));
        for (const bad of ['replacement', 'iso-2022-kr', 'hz-gb-2312', 'utf-32', 'utf\\u00A0', '\\u000butf-8', 'utf-\\u212A', '']) {
          try { new TextDecoder(bad); console.log('accepted', JSON.stringify(bad)); } catch (e) { console.log(e.constructor.name, esc(e.message)); }
        }
        try { new TextDecoder('nope'); } catch (e) { console.log(e.code, String(e)); }
        const d = new TextDecoder(undefined, { fatal: 1, ignoreBOM: '' });
        console.log(d.encoding, d.fatal, d.ignoreBOM, new TextDecoder('utf-8', null).fatal);
        try { new TextDecoder('utf-8', 5); } catch (e) { console.log(e.constructor.name, e.message); }
        try { TextDecoder('utf-8'); } catch (e) { console.log(e.constructor.name); }
        try { TextEncoder(); } catch (e) { console.log(e.constructor.name); }
        try { new TextDecoder(Symbol()); } catch (e) { console.log(e.constructor.name); }
        for (const [obj, key] of [[TextDecoder.prototype, 'encoding'], [TextDecoder.prototype, 'fatal'], [TextEncoder.prototype, 'encoding']]) {
          const desc = Object.getOwnPropertyDescriptor(obj, key);
          try { desc.get.call({}); } catch (e) { console.log(key, desc.enumerable, desc.configurable, e.message); }
        }
        for (const [fn, self] of [[TextDecoder.prototype.decode, new TextEncoder()], [TextEncoder.prototype.encode, new TextDecoder()], [TextEncoder.prototype.encodeInto, {}]]) {
          try { fn.call(self, new Uint8Array(1), new Uint8Array(1)); } catch (e) { console.log(fn.name, e.message); }
        }
        console.log(Object.prototype.toString.call(new TextEncoder()), Object.prototype.toString.call(new TextDecoder()));
        console.log(TextDecoder.length, TextEncoder.length, TextDecoder.prototype.decode.length, TextEncoder.prototype.encode.length, TextEncoder.prototype.encodeInto.length);
        console.log(Object.keys(TextDecoder.prototype).join(), Object.keys(TextEncoder.prototype).join());
        console.log(new TextDecoder('latin1', { fatal: true }), new TextEncoder());

        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        utf-8 utf-8 windows-1252 windows-1252 windows-1252 utf-16le utf-16le utf-16be gbk gbk gb18030 big5 shift_jis shift_jis euc-kr euc-kr x-user-defined iso-8859-8-i koi8-u x-mac-cyrillic windows-874 iso-8859-15 iso-2022-jp
        RangeError The "replacement" encoding is not supported
        RangeError The "iso-2022-kr" encoding is not supported
        RangeError The "hz-gb-2312" encoding is not supported
        RangeError The "utf-32" encoding is not supported
        RangeError The "utf\\u00a0" encoding is not supported
        RangeError The "\\u000butf-8" encoding is not supported
        RangeError The "utf-\\u212a" encoding is not supported
        RangeError The "" encoding is not supported
        ERR_ENCODING_NOT_SUPPORTED RangeError [ERR_ENCODING_NOT_SUPPORTED]: The "nope" encoding is not supported
        utf-8 true false false
        TypeError Failed to construct 'TextDecoder': The provided value is not of type 'TextDecoderOptions'.
        TypeError
        TypeError
        TypeError
        encoding true true Illegal invocation
        fatal true true Illegal invocation
        encoding true true Illegal invocation
        decode Illegal invocation
        encode Illegal invocation
        encodeInto Illegal invocation
        [object TextEncoder] [object TextDecoder]
        0 0 0 0 2
        encoding,fatal,ignoreBOM,decode encoding,encode,encodeInto
        TextDecoder { encoding: 'windows-1252', fatal: true, ignoreBOM: false } TextEncoder { encoding: 'utf-8' }

        """.stripTrailing() + "\n");
    assertThat(r.leaksJava()).isFalse();
  }

  /** encode/encodeInto: surrogates, read/written counts, destinations, the Java path for large strings. */
  @Test
  void encodeAndEncodeIntoCountCodeUnitsAndBytes() {
    JsRun.Result r = JsRun.js("""
        const te = new TextEncoder();
        console.log(te.encode().length, te.encode(undefined).length, te.encode(null).join(), te.encode(12).join());
        console.log(te.encode('a\\u00e9\\u20ac\\ud83d\\ude00').join());
        console.log(te.encode('\\ud800').join(), te.encode('x\\udc00y').join(), te.encode('\\ude00\\ud83d').join());
        const show = (r, u) => `${r.read}/${r.written} [${u.join()}]`;
        for (const [s, n] of [['abc', 2], ['a\\u00e9', 2], ['\\u20ac', 2], ['\\u20ac', 3], ['\\ud83d\\ude00', 3], ['\\ud83d\\ude00', 4], ['a\\ud800b', 5], ['\\ud800', 2], ['', 4]]) {
          const u = new Uint8Array(n); console.log(JSON.stringify(s), n, show(te.encodeInto(s, u), u));
        }
        const view = new Uint8Array(new ArrayBuffer(8), 2, 3); te.encodeInto('xyz!', view); console.log(new Uint8Array(view.buffer).join());
        const shared = new Uint8Array(new SharedArrayBuffer(4)); console.log(show(te.encodeInto('ok', shared), shared));
        for (const dest of [new Uint16Array(4), new ArrayBuffer(4), new DataView(new ArrayBuffer(4)), [0, 0], null]) {
          try { te.encodeInto('a', dest); console.log('accepted'); } catch (e) { console.log(e.constructor.name); }
        }
        try { te.encodeInto('a'); } catch (e) { console.log(e.constructor.name, e.message); }
        // large strings take the Java path: the same bytes and counts
        const big = 'h\\u00e9llo \\u20ac \\ud83d\\ude00 '.repeat(2000) + '\\ud800';
        const bytes = te.encode(big);
        let sum = 0; for (const b of bytes) sum = (sum * 31 + b) >>> 0;
        console.log(bytes.length, sum, bytes.slice(-3).join(), Object.getPrototypeOf(bytes.buffer) === ArrayBuffer.prototype);
        const into = new Uint8Array(10001);
        const r = te.encodeInto(big, into);
        console.log(r.read, r.written, into[r.written - 1], new TextDecoder().decode(into.subarray(0, r.written)) === big.slice(0, r.read));
        const exact = new Uint8Array(bytes.length); console.log(JSON.stringify(te.encodeInto(big, exact)), big.length);
        console.log(new TextDecoder().decode(bytes) === big.slice(0, -1) + '\\ufffd');

        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        0 0 110,117,108,108 49,50
        97,195,169,226,130,172,240,159,152,128
        239,191,189 120,239,191,189,121 239,191,189,239,191,189
        "abc" 2 2/2 [97,98]
        "aé" 2 1/1 [97,0]
        "€" 2 0/0 [0,0]
        "€" 3 1/3 [226,130,172]
        "😀" 3 0/0 [0,0,0]
        "😀" 4 2/4 [240,159,152,128]
        "a\\ud800b" 5 3/5 [97,239,191,189,98]
        "\\ud800" 2 0/0 [0,0]
        "" 4 0/0 [0,0,0,0]
        0,0,120,121,122,0,0,0
        2/2 [111,107,0,0]
        TypeError
        TypeError
        TypeError
        TypeError
        TypeError
        TypeError Failed to execute 'encodeInto' on 'TextEncoder': 2 arguments required, but only 1 present.
        32003 602086189 239,191,189 true
        6876 10001 104 true
        {"read":22001,"written":32003} 22001
        true

        """.stripTrailing() + "\n");
    assertThat(r.leaksJava()).isFalse();
  }

  /** UTF-8 and UTF-16 decoding: U+FFFD per ill-formed subsequence, fatal, BOMs, streaming, every BufferSource. */
  @Test
  void utf8AndUtf16DecodingStreamingAndInputs() {
    JsRun.Result r = JsRun.js("""
        const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
        const dec = (label, bytes, opts) => { try { return hex(new TextDecoder(label, opts).decode(new Uint8Array(bytes))); } catch (e) { return e.constructor.name; } };
        const pad = (bytes) => new Array(300).fill(0x41).concat(bytes);
        for (const seq of [[0x80], [0xc0, 0x80], [0xc2], [0xc2, 0x41], [0xe0, 0x80, 0x80], [0xe0, 0xa0], [0xed, 0xa0, 0x80], [0xf0, 0x90, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xff, 0xef, 0xbb, 0xbf]]) {
          const long = dec('utf-8', pad(seq));
          console.log(seq.map((b) => b.toString(16)).join(), '|', dec('utf-8', seq), '|', long.slice(long.lastIndexOf('41 41') + 6), '|', dec('utf-8', seq, { fatal: true }), dec('utf-8', pad(seq), { fatal: true }).slice(0, 9));
        }
        console.log(dec('utf-8', [0xef, 0xbb, 0xbf, 0x41]), '|', dec('utf-8', [0xef, 0xbb, 0xbf, 0x41], { ignoreBOM: true }), '|', dec('utf-8', [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), '|', dec('utf-16le', [0xff, 0xfe, 0x41, 0]), '|', dec('utf-16be', [0xfe, 0xff, 0, 0x41]), '|', dec('utf-16le', [0xfe, 0xff, 0x41, 0]), '|', dec('windows-1252', [0xef, 0xbb, 0xbf]));
        // streaming: every split of a multi-byte text, one byte at a time, and a BOM split across calls
        const text = 'a\\u00e9\\u20ac\\ud83d\\ude00z';
        const bytes = new TextEncoder().encode('\\ufeff' + text);
        let ok = 0;
        for (let cut = 0; cut <= bytes.length; cut++) {
          const d = new TextDecoder();
          if (d.decode(bytes.subarray(0, cut), { stream: true }) + d.decode(bytes.subarray(cut)) === text) ok++;
        }
        const d1 = new TextDecoder(); let s = ''; for (const b of bytes) s += d1.decode(new Uint8Array([b]), { stream: true }); s += d1.decode();
        console.log(ok, bytes.length + 1, s === text);
        const d2 = new TextDecoder(); console.log(JSON.stringify(d2.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), hex(d2.decode()), hex(d2.decode(new Uint8Array([0x41]))));
        const d3 = new TextDecoder('utf-8', { fatal: true }); d3.decode(new Uint8Array([0xe2, 0x82]), { stream: true });
        try { d3.decode(); } catch (e) { console.log(e.constructor.name, e.message); } console.log(hex(d3.decode(new Uint8Array([0x41]))));
        // UTF-16
        for (const label of ['utf-16le', 'utf-16be']) {
          const le = label === 'utf-16le';
          const u = (...units) => units.flatMap((x) => le ? [x & 255, x >> 8] : [x >> 8, x & 255]);
          console.log(label, dec(label, u(0x41, 0xd83d, 0xde00)), '|', dec(label, u(0xd83d, 0x41)), '|', dec(label, u(0xde00)), '|', dec(label, [0x41]), '|', dec(label, u(0xd83d)), '|', dec(label, u(0xd83d), { fatal: true }));
          const all = new Uint8Array(u(0x41, 0xd83d, 0xde00, 0x42)); let out = ''; const d = new TextDecoder(label);
          for (const b of all) out += d.decode(new Uint8Array([b]), { stream: true }); out += d.decode(); console.log(hex(out));
        }
        // input types
        const buf = new TextEncoder().encode('xhello').buffer;
        console.log(new TextDecoder().decode(buf), new TextDecoder().decode(new DataView(buf, 1, 2)), new TextDecoder().decode(new Uint8Array(buf, 1)), new TextDecoder('utf-16le').decode(new Uint16Array([0x48, 0x69])));
        const sab = new SharedArrayBuffer(3); new Uint8Array(sab).set([0x41, 0x42, 0x43]);
        console.log(new TextDecoder().decode(sab), new TextDecoder().decode(new Uint8Array(sab, 1)), new TextDecoder().decode(), JSON.stringify(new TextDecoder().decode(undefined)));
        for (const input of ['abc', 42, null, {}, [65]]) { try { new TextDecoder().decode(input); console.log('accepted'); } catch (e) { console.log(e.constructor.name); } }
        try { new TextDecoder().decode(new Uint8Array(1), 3); } catch (e) { console.log(e.constructor.name); }
        // a large input takes the Java path
        const big = '\\u00e9t\\u00e9 \\u20ac\\ud83d\\ude00 '.repeat(5000);
        const enc = new TextEncoder().encode(big);
        console.log(new TextDecoder().decode(enc) === big, new TextDecoder('utf-8', { fatal: true }).decode(enc) === big);
        const half = new TextDecoder(); console.log(half.decode(enc.subarray(0, 10001), { stream: true }) + half.decode(enc.subarray(10001)) === big);

        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        80 | fffd | fffd | TypeError TypeError
        c0,80 | fffd fffd | fffd fffd | TypeError TypeError
        c2 | fffd | fffd | TypeError TypeError
        c2,41 | fffd 41 | fffd 41 | TypeError TypeError
        e0,80,80 | fffd fffd fffd | fffd fffd fffd | TypeError TypeError
        e0,a0 | fffd | fffd | TypeError TypeError
        ed,a0,80 | fffd fffd fffd | fffd fffd fffd | TypeError TypeError
        f0,90,80 | fffd | fffd | TypeError TypeError
        f4,90,80,80 | fffd fffd fffd fffd | fffd fffd fffd fffd | TypeError TypeError
        f0,9f,98,80 | 1f600 | 1f600 | 1f600 41 41 41\s
        ff,ef,bb,bf | fffd feff | fffd feff | TypeError TypeError
        41 | feff 41 | feff | 41 | 41 | fffe 41 | ef bb bf
        15 15 true
        "" fffd 41
        TypeError The encoded data was not valid for encoding utf-8
        41
        utf-16le 41 1f600 | fffd 41 | fffd | fffd | fffd | TypeError
        41 1f600 42
        utf-16be 41 1f600 | fffd 41 | fffd | fffd | fffd | TypeError
        41 1f600 42
        xhello he hello Hi
        ABC BC  ""
        TypeError
        TypeError
        TypeError
        TypeError
        TypeError
        TypeError
        true true
        true

        """.stripTrailing() + "\n");
    assertThat(r.leaksJava()).isFalse();
  }

  /** Single-byte tables where the JDK differs, x-user-defined, the multi-byte encodings. */
  @Test
  void legacyEncodingsFollowTheStandardsIndexes() {
    JsRun.Result r = JsRun.js("""
        const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
        const dec = (label, bytes, opts) => { try { return hex(new TextDecoder(label, opts).decode(new Uint8Array(bytes))); } catch (e) { return e.constructor.name; } };
        console.log(dec('windows-1252', [0x41, 0x80, 0x81, 0x8d, 0x9f, 0xe9, 0xff]));
        console.log(dec('windows-1253', [0xaa, 0xd2]), dec('windows-1253', [0xaa], { fatal: true }), dec('windows-1255', [0xca]), dec('windows-874', [0x81, 0xdb]));
        console.log(dec('iso-8859-2', [0xa1, 0xff]), dec('iso-8859-3', [0xa5]), dec('iso-8859-3', [0xa5], { fatal: true }), dec('iso-8859-10', [0xa1, 0xbd, 0xff]), dec('iso-8859-14', [0xa1, 0xd0]), dec('iso-8859-16', [0xa4]));
        console.log(dec('koi8-u', [0xae, 0xbe, 0xc1]), dec('koi8-r', [0xae]), dec('x-mac-cyrillic', [0xa2, 0xb6, 0xff]), dec('macintosh', [0xdb, 0x80]), dec('ibm866', [0x80, 0xf0]));
        console.log(dec('x-user-defined', [0x41, 0x80, 0xff]), dec('x-user-defined', [0xff], { fatal: true }));
        // every single-byte encoding: the bytes it does not map (fatal mode throws on exactly those)
        for (const label of ['iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'windows-1255', 'windows-1257']) {
          const bad = [];
          for (let b = 0x80; b <= 0xff; b++) { try { new TextDecoder(label, { fatal: true }).decode(new Uint8Array([b])); } catch { bad.push(b.toString(16)); } }
          console.log(label, bad.length, bad.slice(0, 6).join());
        }
        // multi-byte encodings
        console.log(dec('shift_jis', [0x82, 0xa0, 0x41, 0x93, 0xfa, 0x96, 0x7b, 0xb1]), dec('euc-jp', [0xa4, 0xa2, 0xc6, 0xfc]), dec('iso-2022-jp', [0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42, 0x41]));
        console.log(dec('gbk', [0xc4, 0xe3, 0xba, 0xc3]), dec('gb18030', [0x81, 0x30, 0x81, 0x30]), dec('big5', [0xa4, 0xa4, 0xa4, 0xe5]), dec('euc-kr', [0xc7, 0xd1, 0xb1, 0xdb]));
        console.log(dec('shift_jis', [0x82]), dec('shift_jis', [0x82], { fatal: true }), dec('euc-kr', [0xff, 0xff], { fatal: true }));
        const sj = new TextDecoder('shift_jis'); console.log(JSON.stringify(sj.decode(new Uint8Array([0x82]), { stream: true })), hex(sj.decode(new Uint8Array([0xa0]))));
        // the standard's error handling: an ASCII byte after a lead is decoded again; ISO-2022-JP escapes
        console.log(dec('shift_jis', [0x81, 0x41, 0x80, 0xa0, 0xfd]), '|', dec('euc-jp', [0xa4, 0x41, 0x8f, 0xb0, 0xa1, 0x8e, 0xb1]), '|', dec('euc-kr', [0x81, 0x41, 0xc8, 0x41, 0xff]));
        console.log(dec('big5', [0x88, 0x62, 0x88, 0x64, 0xa4, 0x41, 0x87, 0x40, 0x80]), '|', dec('gb18030', [0x80, 0x81, 0x30, 0x81, 0x30, 0x84, 0x31, 0xa4, 0x39, 0x90, 0x30, 0x81, 0x30, 0xa3, 0xa0, 0x81, 0x30, 0x41]), '|', dec('gbk', [0xfe, 0x51, 0x81, 0x30, 0x81]));
        for (const seq of [[0x1b, 0x24], [0x1b, 0x28, 0x4a, 0x5c, 0x7e], [0x1b, 0x28, 0x49, 0x50, 0x0e], [0x1b, 0x28, 0x42, 0x1b, 0x28, 0x42, 0x50], [0x1b, 0x24, 0x40, 0x50, 0x20], [0x50, 0x1b, 0x24, 0x42], [0x1b, 0x24, 0x40, 0x1b, 0x24, 0x50, 0x50]]) {
          const d = new TextDecoder('iso-2022-jp'); let s = ''; for (const b of seq) s += d.decode(new Uint8Array([b]), { stream: true }); s += d.decode();
          console.log('iso-2022-jp', seq.map((b) => b.toString(16)).join('.'), '=', dec('iso-2022-jp', seq), '| streamed:', hex(s), '| fatal:', dec('iso-2022-jp', seq, { fatal: true }));
        }
        const g = new TextDecoder('gb18030'); console.log(JSON.stringify(g.decode(new Uint8Array([0x81, 0x30]), { stream: true })), hex(g.decode(new Uint8Array([0x81, 0x30]))));

        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        41 20ac 81 8d 178 e9 ff
        fffd fffd TypeError 5ba 81 fffd
        104 2d9 fffd TypeError 104 2015 138 1e02 174 20ac
        45e 40e 430 255d 490 491 20ac 20ac c4 410 401
        41 f780 f7ff f7ff
        iso-8859-6 45 a1,a2,a3,a5,a6,a7
        iso-8859-7 3 ae,d2,ff
        iso-8859-8 36 a1,bf,c0,c1,c2,c3
        windows-1255 10 d9,da,db,dc,dd,de
        windows-1257 2 a1,a5
        3042 41 65e5 672c ff71 3042 65e5 3042 41
        4f60 597d 80 4e2d 6587 d55c ae00
        fffd TypeError TypeError
        "" 3042
        3001 80 fffd fffd | fffd 41 4e02 ff71 | ac02 fffd 41 fffd
        ca 304 ca 30c 4e59 43f0 fffd | 20ac 80 ffff 10000 3000 fffd 30 41 | e816 fffd
        iso-2022-jp 1b.24 = fffd 24 | streamed: fffd 24 | fatal: TypeError
        iso-2022-jp 1b.28.4a.5c.7e = a5 203e | streamed: a5 203e | fatal: a5 203e
        iso-2022-jp 1b.28.49.50.e = ff90 fffd | streamed: ff90 fffd | fatal: TypeError
        iso-2022-jp 1b.28.42.1b.28.42.50 = fffd 50 | streamed: fffd 50 | fatal: TypeError
        iso-2022-jp 1b.24.40.50.20 = fffd | streamed: fffd | fatal: TypeError
        iso-2022-jp 50.1b.24.42 = 50 | streamed: 50 | fatal: 50
        iso-2022-jp 1b.24.40.1b.24.50.50 = fffd 3070 fffd | streamed: fffd 3070 fffd | fatal: TypeError
        "" 80

        """.stripTrailing() + "\n");
    assertThat(r.leaksJava()).isFalse();
  }
}
