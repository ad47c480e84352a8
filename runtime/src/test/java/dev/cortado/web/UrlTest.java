package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * {@code URL} per the WHATWG URL Standard: the basic URL parser (relative resolution, special
 * schemes and default ports, percent-encode sets, dot segments), the host parser (IPv4 numbers in
 * any radix, IPv6 with compression, opaque hosts, IDNA), file URLs, every setter, the Web IDL shape,
 * Node-style printing, and {@code node:url}. Expected outputs are Node 20's, except where the
 * standard has since changed: U+005E (^) is in the path percent-encode set, and a space before
 * '?' or '#' in an opaque path is written %20 instead of being stripped later.
 */
class UrlTest {
  /** Absolute and relative parsing, and every component of a few URLs. */
  @Test
  void parsesAbsoluteAndRelativeUrls() {
    JsRun.Result r = JsRun.js("""
        const base = 'http://example.org/foo/bar';
        const cases = [
          ['http://example\\t.\\norg', base], ['  http://user:pass@foo:21/bar;par?b#c  '], [':foo.com\\\\', base], ['\\\\\\\\x\\\\hello', base],
          ['http::@c:29', base], ['http://&a:foo(b]c@d:2/'], ['http://::@c@d:2'], ['http://foo.com/\\\\@'], ['http:\\\\\\\\a\\\\b:c\\\\d@foo.com\\\\'],
          ['foo://///////bar.com/'], ['http://f:00000000000000000000080/c'], ['https://foo:443/'], ['ws://foo:80/'], ['ftp://foo:21/'],
          ['wss://foo:81/'], ['gopher://foo:70/'], ['../x/./y/../z?q=%zz#f g', 'http://EXAMPLE.com/a/b/c'], ['?a=b&c=d', base], ['#β', base],
          ['', base], ['//foo/bar', base], ['http:example.com/', base], ['madeupscheme:/example.com/'], ['http://example.com/foo/%2e%2E/./%2e/bar/..'],
          ['http://example.com/foo/.%2e/..bar'], ['http://example.com/你好 "<>`{}|^'], ['http://example.com/?\\'" <>`{}'], ['notspecial://h/?\\'" <>'],
          ['http://example.com/#\\'" <>`{}'], ['http://a/%41%zz%'], ['http://a/\\u00e9?\\u00e9#\\u00e9'], ['http://a/\\ud83d\\ude00'],
          ['h\\tt\\nt\\rp://h\\to\\ns\\rt:9\\t0\\n0\\r0/p\\ta\\nt\\rh?q\\tu\\ne\\rry#f\\tr\\na\\rg'], ['non-spec:/.//p'], ['non-spec:/..//p'], ['/..//path', 'non-spec:/p'],
          ['i', 'sc:/pa/pa'], ['../i', 'sc:/pa/pa'], ['#i', 'sc:sd'], ['sc://\\u00f1.test/'], ['sc://%/'],
          ['x', 'sc://\\u00f1'], ['blob:https://example.com:443/'], ['blob:d3958f5c-0777-0845-9dcf-2cb28783acaf'], ['tel:1234567890'],
          ['javascript:alert(1)'], ['about:blank'], ['data:text/html,a b#c'], ['http://a:b@c\\\\'], ['http://@www.example.com'],
          ['http://user:@host'], ['http://:pass@host'], ['http://us er:p\\u00e4ss@host'],
        ];
        for (const [input, b] of cases) {
          const u = b === undefined ? new URL(input) : new URL(input, b);
          console.log(u.href);
        }
        const parts = (u) => [u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin].join('|');
        console.log(parts(new URL('https://user:pw@Example.COM:8443/a/b;c?d=e#f')));
        console.log(parts(new URL('foo://u@[::1]:9/x')));
        console.log(parts(new URL('mailto:someone@example.com?subject=hi')));
        console.log(parts(new URL('blob:http://a.b:81/uuid')));
        console.log(parts(new URL('blob:ftp://a/uuid')));
        console.log(parts(new URL('file://localhost/etc/hosts')));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        http://example.org/
        http://user:pass@foo:21/bar;par?b#c
        http://example.org/foo/:foo.com/
        http://x/hello
        http://example.org/foo/:@c:29
        http://&a:foo(b%5Dc@d:2/
        http://:%3A%40c@d:2/
        http://foo.com//@
        http://a/b:c/d@foo.com/
        foo://///////bar.com/
        http://f/c
        https://foo/
        ws://foo/
        ftp://foo/
        wss://foo:81/
        gopher://foo:70/
        http://example.com/a/x/z?q=%zz#f%20g
        http://example.org/foo/bar?a=b&c=d
        http://example.org/foo/bar#%CE%B2
        http://example.org/foo/bar
        http://foo/bar
        http://example.org/foo/example.com/
        madeupscheme:/example.com/
        http://example.com/
        http://example.com/..bar
        http://example.com/%E4%BD%A0%E5%A5%BD%20%22%3C%3E%60%7B%7D|%5E
        http://example.com/?%27%22%20%3C%3E`{}
        notspecial://h/?'%22%20%3C%3E
        http://example.com/#'%22%20%3C%3E%60{}
        http://a/%41%zz%
        http://a/%C3%A9?%C3%A9#%C3%A9
        http://a/%F0%9F%98%80
        http://host:9000/path?query#frag
        non-spec:/.//p
        non-spec:/.//p
        non-spec:/.//path
        sc:/pa/i
        sc:/i
        sc:sd#i
        sc://%C3%B1.test/
        sc://%/
        sc://%C3%B1/x
        blob:https://example.com:443/
        blob:d3958f5c-0777-0845-9dcf-2cb28783acaf
        tel:1234567890
        javascript:alert(1)
        about:blank
        data:text/html,a b#c
        http://a:b@c/
        http://www.example.com/
        http://user@host/
        http://:pass@host/
        http://us%20er:p%C3%A4ss@host/
        https:|user|pw|example.com:8443|example.com|8443|/a/b;c|?d=e|#f|https://example.com:8443
        foo:|u||[::1]:9|[::1]|9|/x|||null
        mailto:||||||someone@example.com|?subject=hi||null
        blob:||||||http://a.b:81/uuid|||http://a.b:81
        blob:||||||ftp://a/uuid|||null
        file:||||||/etc/hosts|||null
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** Parse failures: canParse false, parse null, and a TypeError carrying the input. */
  @Test
  void failuresThrowATypeErrorNamingTheInput() {
    JsRun.Result r = JsRun.js("""
        const failures = [
          ['http://f:b/c'], ['http://f: /c'], ['http://f:999999/c'], ['non-special://f:65536/c'], ['http://f:fifty-two/c'],
          [''], ['foo'], ['//x'], ['http://'], ['http://user@/x'], ['http://@/x'], ['http:@:www.example.com'], ['https://x y/'],
          ['http://a<b/'], ['http://a^b/'], ['http://a%25b/'], ['http://a%00b/'], ['sc://a b/'], ['sc://a[b/'], ['sc://a|b/'],
          ['http://[::1'], ['http://[1:2:3:4:5:6:7:8:9]'], ['http://[1::2::3]'], ['http://[::1.2.3]'], ['http://[::256.0.0.1]'],
          ['http://[::01.2.3.4]'], ['http://[g::1]'], ['http://1.2.3.4.5'], ['http://256.256.256.256'], ['http://0x100000000'],
          ['http://4294967296'], ['http://1.2.3.09'], ['http://foo.09'], ['http://foo.0x4'], ['http://\\u00ad/'], ['http://xn--/'],
          ['http://xn--a.xn--nxa'], ['http://\\u0661.\\u0662/'], ['http://a\\u200cb/'], ['http://ex%ample.com'], ['http://%zz/'],
          ['i', 'sc:sd'], ['sc://te@s:t@/'], ['sc://:12/'], ['x', 'about:blank'], ['x', 'bad base'], ['a', 'mailto:x'],
        ];
        for (const [input, base] of failures) {
          const ok = base === undefined ? URL.canParse(input) : URL.canParse(input, base);
          const parsed = base === undefined ? URL.parse(input) : URL.parse(input, base);
          let message;
          try { base === undefined ? new URL(input) : new URL(input, base); message = 'parsed'; } catch (e) {
            message = `${e.name} ${e.code} ${JSON.stringify(e.message)} ${e.input === input}`;
          }
          console.log(JSON.stringify(input), ok, parsed, message);
        }
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        "http://f:b/c" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://f:b/c'" true
        "http://f: /c" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://f: /c'" true
        "http://f:999999/c" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://f:999999/c'" true
        "non-special://f:65536/c" false null TypeError ERR_INVALID_URL "Invalid URL: 'non-special://f:65536/c'" true
        "http://f:fifty-two/c" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://f:fifty-two/c'" true
        "" false null TypeError ERR_INVALID_URL "Invalid URL: ''" true
        "foo" false null TypeError ERR_INVALID_URL "Invalid URL: 'foo'" true
        "//x" false null TypeError ERR_INVALID_URL "Invalid URL: '//x'" true
        "http://" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://'" true
        "http://user@/x" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://user@/x'" true
        "http://@/x" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://@/x'" true
        "http:@:www.example.com" false null TypeError ERR_INVALID_URL "Invalid URL: 'http:@:www.example.com'" true
        "https://x y/" false null TypeError ERR_INVALID_URL "Invalid URL: 'https://x y/'" true
        "http://a<b/" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://a<b/'" true
        "http://a^b/" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://a^b/'" true
        "http://a%25b/" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://a%25b/'" true
        "http://a%00b/" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://a%00b/'" true
        "sc://a b/" false null TypeError ERR_INVALID_URL "Invalid URL: 'sc://a b/'" true
        "sc://a[b/" false null TypeError ERR_INVALID_URL "Invalid URL: 'sc://a[b/'" true
        "sc://a|b/" false null TypeError ERR_INVALID_URL "Invalid URL: 'sc://a|b/'" true
        "http://[::1" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://[::1'" true
        "http://[1:2:3:4:5:6:7:8:9]" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://[1:2:3:4:5:6:7:8:9]'" true
        "http://[1::2::3]" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://[1::2::3]'" true
        "http://[::1.2.3]" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://[::1.2.3]'" true
        "http://[::256.0.0.1]" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://[::256.0.0.1]'" true
        "http://[::01.2.3.4]" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://[::01.2.3.4]'" true
        "http://[g::1]" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://[g::1]'" true
        "http://1.2.3.4.5" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://1.2.3.4.5'" true
        "http://256.256.256.256" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://256.256.256.256'" true
        "http://0x100000000" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://0x100000000'" true
        "http://4294967296" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://4294967296'" true
        "http://1.2.3.09" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://1.2.3.09'" true
        "http://foo.09" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://foo.09'" true
        "http://foo.0x4" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://foo.0x4'" true
        "http://­/" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://­/'" true
        "http://xn--/" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://xn--/'" true
        "http://xn--a.xn--nxa" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://xn--a.xn--nxa'" true
        "http://١.٢/" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://١.٢/'" true
        "http://a‌b/" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://a‌b/'" true
        "http://ex%ample.com" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://ex%ample.com'" true
        "http://%zz/" false null TypeError ERR_INVALID_URL "Invalid URL: 'http://%zz/'" true
        "i" false null TypeError ERR_INVALID_URL "Invalid URL: 'i' with base 'sc:sd'" true
        "sc://te@s:t@/" false null TypeError ERR_INVALID_URL "Invalid URL: 'sc://te@s:t@/'" true
        "sc://:12/" false null TypeError ERR_INVALID_URL "Invalid URL: 'sc://:12/'" true
        "x" false null TypeError ERR_INVALID_URL "Invalid URL: 'x' with base 'about:blank'" true
        "x" false null TypeError ERR_INVALID_URL "Invalid URL: 'x' with base 'bad base'" true
        "a" false null TypeError ERR_INVALID_URL "Invalid URL: 'a' with base 'mailto:x'" true
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** The same host text in a special (http) and a non-special (sc) URL. */
  @Test
  void hostsAreIpv4Ipv6OpaqueOrIdnaDomains() {
    JsRun.Result r = JsRun.js("""
        const hosts = [
          '0x7f.1', '127.1', '0177.0.0.1', '2130706433', '0x7F000001', '0.0.0.0x100', '0..0x300', '192.168.0.257', '4294967295',
          '0xffffffff', '1.2.3.4.', '1.2.3.4..', '0x', '0X.', 'foo.0x', '00', '08.1', '1.2.3.0x', 'a.b.1', '999999999999999999999.1',
          '[::]', '[::1]', '[0:0:0:0:0:0:0:1]', '[1:0:0:2::3:0]', '[1:0:0:0:2:0:0:3]', '[2001:DB8::1:0:0:1]', '[::ffff:192.168.0.1]',
          '[::127.0.0.1]', '[1:2:3:4:5:6:1.2.3.4]', '[fE80::1%251]', '[0:1:0:1:0:1:0:1]', '[1:0:1:0:1:0:1:0]', '[::1:0:0:0]',
          'EXAMPLE.com', 'ex%41mple.com', 'a\\u3002b', '\\uff21\\uff22.com', 'm\\u00fcnchen.de', 'xn--mnchen-3ya.de', 'fa\\u00df.de', '\\u00e4.com',
          '\\u2665.example', 'xn--ls8h', 'a.b.c.XN--pokxncvks', '\\ud83d\\udca9.123', 'ab--c', '-x', 'x-', '%e2%98%83', '\\u0915\\u094d\\u200d',
          'localhost', 'a..b', '.', 'xn--a-ecp.ru', '\\uff10\\uff58\\uff43\\uff10.\\uff10.\\uff10.\\uff11',
        ];
        for (const h of hosts) {
          let shown;
          try { const u = new URL(`http://${h}/`); shown = u.host; } catch (e) { shown = 'failure'; }
          let opaque;
          try { opaque = new URL(`sc://${h}/`).host; } catch (e) { opaque = 'failure'; }
          console.log(JSON.stringify(h), shown, opaque);
        }
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        "0x7f.1" 127.0.0.1 0x7f.1
        "127.1" 127.0.0.1 127.1
        "0177.0.0.1" 127.0.0.1 0177.0.0.1
        "2130706433" 127.0.0.1 2130706433
        "0x7F000001" 127.0.0.1 0x7F000001
        "0.0.0.0x100" failure 0.0.0.0x100
        "0..0x300" failure 0..0x300
        "192.168.0.257" failure 192.168.0.257
        "4294967295" 255.255.255.255 4294967295
        "0xffffffff" 255.255.255.255 0xffffffff
        "1.2.3.4." 1.2.3.4 1.2.3.4.
        "1.2.3.4.." 1.2.3.4.. 1.2.3.4..
        "0x" 0.0.0.0 0x
        "0X." 0.0.0.0 0X.
        "foo.0x" failure foo.0x
        "00" 0.0.0.0 00
        "08.1" failure 08.1
        "1.2.3.0x" 1.2.3.0 1.2.3.0x
        "a.b.1" failure a.b.1
        "999999999999999999999.1" failure 999999999999999999999.1
        "[::]" [::] [::]
        "[::1]" [::1] [::1]
        "[0:0:0:0:0:0:0:1]" [::1] [::1]
        "[1:0:0:2::3:0]" [1::2:0:0:3:0] [1::2:0:0:3:0]
        "[1:0:0:0:2:0:0:3]" [1::2:0:0:3] [1::2:0:0:3]
        "[2001:DB8::1:0:0:1]" [2001:db8::1:0:0:1] [2001:db8::1:0:0:1]
        "[::ffff:192.168.0.1]" [::ffff:c0a8:1] [::ffff:c0a8:1]
        "[::127.0.0.1]" [::7f00:1] [::7f00:1]
        "[1:2:3:4:5:6:1.2.3.4]" [1:2:3:4:5:6:102:304] [1:2:3:4:5:6:102:304]
        "[fE80::1%251]" failure failure
        "[0:1:0:1:0:1:0:1]" [0:1:0:1:0:1:0:1] [0:1:0:1:0:1:0:1]
        "[1:0:1:0:1:0:1:0]" [1:0:1:0:1:0:1:0] [1:0:1:0:1:0:1:0]
        "[::1:0:0:0]" [::1:0:0:0] [::1:0:0:0]
        "EXAMPLE.com" example.com EXAMPLE.com
        "ex%41mple.com" example.com ex%41mple.com
        "a。b" a.b a%E3%80%82b
        "ＡＢ.com" ab.com %EF%BC%A1%EF%BC%A2.com
        "münchen.de" xn--mnchen-3ya.de m%C3%BCnchen.de
        "xn--mnchen-3ya.de" xn--mnchen-3ya.de xn--mnchen-3ya.de
        "faß.de" xn--fa-hia.de fa%C3%9F.de
        "ä.com" xn--4ca.com %C3%A4.com
        "♥.example" xn--g6h.example %E2%99%A5.example
        "xn--ls8h" xn--ls8h xn--ls8h
        "a.b.c.XN--pokxncvks" failure a.b.c.XN--pokxncvks
        "💩.123" failure %F0%9F%92%A9.123
        "ab--c" ab--c ab--c
        "-x" -x -x
        "x-" x- x-
        "%e2%98%83" xn--n3h %e2%98%83
        "क्‍" xn--11b6iy14e %E0%A4%95%E0%A5%8D%E2%80%8D
        "localhost" localhost localhost
        "a..b" a..b a..b
        "." . .
        "xn--a-ecp.ru" failure xn--a-ecp.ru
        "０ｘｃ０.０.０.１" 192.0.0.1 %EF%BC%90%EF%BD%98%EF%BD%83%EF%BC%90.%EF%BC%90.%EF%BC%90.%EF%BC%91
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** File URLs: base resolution, drive-letter quirks, localhost, hosts. */
  @Test
  void fileUrlsAndWindowsDriveLetters() {
    JsRun.Result r = JsRun.js("""
        const cases = [
          ['file:///C|/x/../..'], ['file:c:/foo', 'file:///d:/bar'], ['file:c:\\\\foo\\\\bar.html', 'file:///tmp/mock/path'],
          ['  File:c|////foo\\\\bar.html', 'file:///tmp/mock/path'], ['C|/foo/bar', 'file:///tmp/mock/path'], ['/C|\\\\foo\\\\bar', 'file:///tmp/mock/path'],
          ['//C|/foo/bar', 'file:///tmp/mock/path'], ['//server/file', 'file:///tmp/mock/path'], ['\\\\\\\\server\\\\file', 'file:///tmp/mock/path'],
          ['file://localhost/test', 'file:///tmp/mock/path'], ['test', 'file:///tmp/mock/path'], ['file:test', 'file:///tmp/mock/path'],
          ['file:.'], ['file:..'], ['file:/..'], ['file://localhost//a//../..//'], ['file:///C:/a/b/../../..'], ['/', 'file:///C:/a/b'],
          ['//d:', 'file:///C:/a/b'], ['//d:/..', 'file:///C:/a/b'], ['file:', 'file:///test?test#test'], ['file:?x', 'file:///test?test#test'],
          ['file:#x', 'file:///test?test#test'], ['file:\\\\\\\\//'], ['file://spider///'], ['file:///localhost//cat'], ['file:.//p'],
          ['file:///Y:'], ['file:///./Y:'], ['\\\\\\\\\\\\.\\\\Y:'], ['file://host/C:/'], ['file://1.2.3.4/C:/'], ['file://[1::8]/C:/'],
          ['C|', 'file://host/dir/file'], ['C|#', 'file://host/dir/file'], ['C|a', 'file://host/dir/file'], ['/c:/foo/bar', 'file://host/path'],
          ['file://C:/', 'file://host/'], ['file:/C|/'], ['file://C|/'], ['file:///../../../'], ['file://../'], ['file://ExAmPlE.com/x'],
          ['file://0x7f.1/x'], ['file://xn--mnchen-3ya.de/'], ['file://%41/x'], ['file://a%C2%ADb/p'], ['file:///a b/%zz?q r#f g'],
        ];
        for (const [input, base] of cases) {
          let shown;
          try {
            const u = base === undefined ? new URL(input) : new URL(input, base);
            shown = `${u.href} host=${u.host} path=${u.pathname} origin=${u.origin}`;
          } catch (e) { shown = 'failure'; }
          console.log(JSON.stringify(input), shown);
        }
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        "file:///C|/x/../.." file:///C:/ host= path=/C:/ origin=null
        "file:c:/foo" file:///c:/foo host= path=/c:/foo origin=null
        "file:c:\\\\foo\\\\bar.html" file:///c:/foo/bar.html host= path=/c:/foo/bar.html origin=null
        "  File:c|////foo\\\\bar.html" file:///c:////foo/bar.html host= path=/c:////foo/bar.html origin=null
        "C|/foo/bar" file:///C:/foo/bar host= path=/C:/foo/bar origin=null
        "/C|\\\\foo\\\\bar" file:///C:/foo/bar host= path=/C:/foo/bar origin=null
        "//C|/foo/bar" file:///C:/foo/bar host= path=/C:/foo/bar origin=null
        "//server/file" file://server/file host=server path=/file origin=null
        "\\\\\\\\server\\\\file" file://server/file host=server path=/file origin=null
        "file://localhost/test" file:///test host= path=/test origin=null
        "test" file:///tmp/mock/test host= path=/tmp/mock/test origin=null
        "file:test" file:///tmp/mock/test host= path=/tmp/mock/test origin=null
        "file:." file:/// host= path=/ origin=null
        "file:.." file:/// host= path=/ origin=null
        "file:/.." file:/// host= path=/ origin=null
        "file://localhost//a//../..//" file:///// host= path=/// origin=null
        "file:///C:/a/b/../../.." file:///C:/ host= path=/C:/ origin=null
        "/" file:///C:/ host= path=/C:/ origin=null
        "//d:" file:///d: host= path=/d: origin=null
        "//d:/.." file:///d:/ host= path=/d:/ origin=null
        "file:" file:///test?test host= path=/test origin=null
        "file:?x" file:///test?x host= path=/test origin=null
        "file:#x" file:///test?test#x host= path=/test origin=null
        "file:\\\\\\\\//" file://// host= path=// origin=null
        "file://spider///" file://spider/// host=spider path=/// origin=null
        "file:///localhost//cat" file:///localhost//cat host= path=/localhost//cat origin=null
        "file:.//p" file:////p host= path=//p origin=null
        "file:///Y:" file:///Y: host= path=/Y: origin=null
        "file:///./Y:" file:///Y: host= path=/Y: origin=null
        "\\\\\\\\\\\\.\\\\Y:" failure
        "file://host/C:/" file://host/C:/ host=host path=/C:/ origin=null
        "file://1.2.3.4/C:/" file://1.2.3.4/C:/ host=1.2.3.4 path=/C:/ origin=null
        "file://[1::8]/C:/" file://[1::8]/C:/ host=[1::8] path=/C:/ origin=null
        "C|" file://host/C: host=host path=/C: origin=null
        "C|#" file://host/C:# host=host path=/C: origin=null
        "C|a" file://host/dir/C|a host=host path=/dir/C|a origin=null
        "/c:/foo/bar" file://host/c:/foo/bar host=host path=/c:/foo/bar origin=null
        "file://C:/" file:///C:/ host= path=/C:/ origin=null
        "file:/C|/" file:///C:/ host= path=/C:/ origin=null
        "file://C|/" file:///C:/ host= path=/C:/ origin=null
        "file:///../../../" file:/// host= path=/ origin=null
        "file://../" file://../ host=.. path=/ origin=null
        "file://ExAmPlE.com/x" file://example.com/x host=example.com path=/x origin=null
        "file://0x7f.1/x" file://127.0.0.1/x host=127.0.0.1 path=/x origin=null
        "file://xn--mnchen-3ya.de/" file://xn--mnchen-3ya.de/ host=xn--mnchen-3ya.de path=/ origin=null
        "file://%41/x" file://a/x host=a path=/x origin=null
        "file://a%C2%ADb/p" file://ab/p host=ab path=/p origin=null
        "file:///a b/%zz?q r#f g" file:///a%20b/%zz?q%20r#f%20g host= path=/a%20b/%zz origin=null
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** Each setter, including the values it must ignore. */
  @Test
  void settersApplyTheirStateOverrides() {
    JsRun.Result r = JsRun.js("""
        const T = [
         ['protocol', 'a://example.net', ['', 'b', 'B', 'é', 'b,c', 'bé', 'http', 'https:foo : bar', 'ws:', 'file']],
         ['protocol', 'http://example.net', ['b', 'https', 'file', 'ftp:', 'HTTP', 'wss://x', '']],
         ['protocol', 'http://test@example.net', ['file']], ['protocol', 'http://example.net:8080', ['file', 'ws']],
         ['protocol', 'file://hi/path', ['s']], ['protocol', 'file:///test', ['https', 'http']], ['protocol', 'https://example.net:1234', ['http', 'ftp']],
         ['protocol', 'ssh://me@example.net', ['http', 'https', 'file', 'gopher', 'ws']], ['protocol', 'mailto:me@example.net', ['http']],
         ['protocol', 'http://example.net:443', ['https']], ['protocol', 'wss://x:80', ['ws']], ['protocol', 'ftp://x:80', ['http']],
         ['protocol', 'abc://x', ['def', 'http']], ['protocol', 'sc:x', ['http']], ['protocol', 'http://example.com/', ['ht%74p']],
         ['username', 'file:///home/you/index.html', ['me']], ['username', 'unix:/run/foo.socket', ['me']], ['username', 'mailto:you@example.net', ['me']],
         ['username', 'javascript:alert(1)', ['wario']], ['username', 'http://example.net', ['me', '', 'é', '\\u0000\\u0001\\t\\n\\r\\u001f !"#$%&\\'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~\\u007f\\u0080\\u0081Éé', '%c3%89té']],
         ['username', 'http://:secret@example.net', ['me', '']], ['username', 'http://me:secret@example.net', ['']], ['username', 'sc:///', ['x']], ['username', 'sc://x/', ['x']],
         ['password', 'http://example.net', ['secret', '', '\\u0000\\u0001\\t\\n\\r\\u001f !"#$%&\\'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~\\u007f\\u0080\\u0081Éé', 'bé']],
         ['password', 'http://me@example.net', ['secret']], ['password', 'http://:secret@example.net', ['']], ['password', 'file://x/', ['p']], ['password', 'sc://x/', ['p']],
         ['host', 'sc://x/', ['\\u0000', '\\t', '\\n', '\\r', ' ', '#', '/', '?', '@', 'ß', 'a:b', 'a:1', '']], ['host', 'sc:x', ['y']],
         ['host', 'mailto:me@example.net', ['example.com']], ['host', 'data:text/plain,Stuff', ['example.net']], ['host', 'http://example.net', ['example.com:8080', 'example.com:', 'example.com:8080stuff', 'example.com:65536', 'example.com:80', '[::0:01]:2', '[2001:db8::2]:4002', 'example.com\\\\stuff', 'example.com/stuff', 'example.com?stuff', 'example.com#stuff', 'example.com:8080/stuff', 'example.com:8080?stuff', '\\u0000', '0x7F000001:8080', '[::1', '', 'ｘ.com', 'xn--ls8h', 'a%2Eb']],
         ['host', 'http://example.net:8080', ['example.com', 'example.com:']], ['host', 'http://example.net/path', ['example.com:8080/stuff']], ['host', 'view-source+http://example.net/foo', ['', '\\\\', 'a\\\\b']],
         ['host', 'a:/foo', ['example.net']], ['host', 'file://y/', ['x:123', 'loc%41lhost', '']], ['host', 'file://hi/x', ['']], ['host', 'sc://test@test/', ['']], ['host', 'sc://test:12/', ['']],
         ['host', 'http://example.net/', ['example.com\\u0000stuff', 'test:8\\u0000', 'test:8080\\u0000', 'test\\u0000:8080']], ['host', 'sc://x/', ['\\u0009', 'a\\u0009b']],
         ['host', 'https://x/', ['x:0', 'x:\\u00008']], ['host', 'https://example.com/', ['::1']],
         ['hostname', 'sc://x/', ['\\u0000', '#', 'a:b', '']], ['hostname', 'http://example.net:8080', ['example.com', 'example.com:8080', 'example.com:']], ['hostname', 'http://example.net/path', ['example.com:8080/stuff', 'example.com?stuff', 'example.com#stuff', 'example.com/stuff']],
         ['hostname', 'mailto:me@example.net', ['example.com']], ['hostname', 'file://y/', ['x:123', 'loc%41lhost', '']], ['hostname', 'file://hi/x', ['']], ['hostname', 'sc://test@test/', ['']], ['hostname', 'sc://test:12/', ['']], ['hostname', 'non-spec:/.//p', ['h', '']], ['hostname', 'http://[::1]/', ['[::2]', '[::2', '::2']],
         ['port', 'http://example.net', ['8080', '8080stuff', '65536', '80', '', 'x', ' 8', '\\t8', '1\\u00002', '0']], ['port', 'http://example.net:8080', ['', '12\\u0000']],
         ['port', 'https://example.net:4433', ['443']], ['port', 'unix:/run/foo.socket', ['8080']], ['port', 'sc://x/', ['12']], ['port', 'file://test/', ['12']], ['port', 'file://localhost/', ['12']], ['port', 'non-special://example.net:8080', ['']], ['port', 'http://example.net:8080/path', ['8080/stuff', '8080?stuff', '8080#stuff', '8080\\\\stuff', '4294967297', '65535']],
         ['pathname', 'mailto:me@example.net', ['/foo']], ['pathname', 'data:original', ['new value']], ['pathname', 'sc:original', ['new value']], ['pathname', 'file:///some/path', ['', '\\\\\\\\a\\\\%2E\\\\b\\\\%2e.\\\\c', 'C|/x', '//x']],
         ['pathname', 'unix:/run/foo.socket?timeout=10', ['/var/log/../run/bar.socket']], ['pathname', 'https://example.net#nav', ['home']], ['pathname', 'https://example.net#nav', ['../home', '\\\\a\\\\%2E\\\\b\\\\%2e.\\\\c', 'a?b#c', '%2e%2E%c3%89té']],
         ['pathname', 'view-source+http://example.net/home?lang=fr#nav', ['\\\\a\\\\%2E\\\\b\\\\%2e.\\\\c']], ['pathname', 'a:/', ['\\u0000\\u0001\\t\\n\\r\\u001f !"#$%&\\'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~\\u007f\\u0080\\u0081Éé']],
         ['pathname', 'http://example.net/home?lang=fr#nav', ['\\u0000\\u0001\\t\\n\\r\\u001f !"#$%&\\'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~\\u007f\\u0080\\u0081Éé']], ['pathname', 'sc://example.net', ['?', '#', '/?', '/#', '//p']],
         ['pathname', 'non-spec:/', ['/.//p', '/..//p', '//p']], ['pathname', 'non-spec:/.//', ['p']], ['pathname', 'file://monkey/', ['\\\\\\\\']], ['pathname', 'file:///unicorn', ['//\\\\/']], ['pathname', 'file:///unicorn', ['//monkey/..//']],
         ['search', 'https://example.net#nav', ['lang=fr', '?lang=fr', '??lang=fr', '?', '', 'a#b']], ['search', 'https://example.net?lang=en-US#nav', ['', '?']], ['search', 'a:/', ['\\u0000\\u0001\\t\\n\\r\\u001f !"#$%&\\'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~\\u007f\\u0080\\u0081Éé']],
         ['search', 'http://a:b@c:123/?x', ['%c3%89té', "'"]], ['search', 'sc:x?y', ["'", '']], ['search', 'data:space ?query', ['']], ['search', 'sc:space ?query', ['']], ['search', 'data:space  #fragment', ['test']],
         ['hash', 'https://example.net', ['main', '#main', '##nav', '#', '']], ['hash', 'https://example.net#nav', ['']], ['hash', 'http://example.net', ['#foo bar', '#foo"bar', '#foo<bar', '#foo>bar', '#foo`bar']], ['hash', 'a:/', ['\\u0000\\u0001\\t\\n\\r\\u001f !"#$%&\\'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~\\u007f\\u0080\\u0081Éé']],
         ['hash', 'http://example.net', ['a\\u0000b', '%c3%89té']], ['hash', 'javascript:alert(1)', ['castle']], ['hash', 'data:space #fragment', ['']], ['hash', 'sc:space    #fragment', ['']],
         ['href', 'http://a/', ['http://b/?x=1', 'nope', '  https://c  ']],
        ];
        const out = [];
        for (const [attr, href, values] of T) for (const v of values) {
          const u = new URL(href);
          let err = '';
          try { u[attr] = v; } catch (e) { err = ' THROWS ' + e.constructor.name; }
          out.push(`${attr} ${JSON.stringify(href)} = ${JSON.stringify(v)} -> ${JSON.stringify(u.href)} host=${JSON.stringify(u.host)} path=${JSON.stringify(u.pathname)}${err}`);
        }
        console.log(out.join('\\n'));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        protocol "a://example.net" = "" -> "a://example.net" host="example.net" path=""
        protocol "a://example.net" = "b" -> "b://example.net" host="example.net" path=""
        protocol "a://example.net" = "B" -> "b://example.net" host="example.net" path=""
        protocol "a://example.net" = "é" -> "a://example.net" host="example.net" path=""
        protocol "a://example.net" = "b,c" -> "a://example.net" host="example.net" path=""
        protocol "a://example.net" = "bé" -> "a://example.net" host="example.net" path=""
        protocol "a://example.net" = "http" -> "a://example.net" host="example.net" path=""
        protocol "a://example.net" = "https:foo : bar" -> "a://example.net" host="example.net" path=""
        protocol "a://example.net" = "ws:" -> "a://example.net" host="example.net" path=""
        protocol "a://example.net" = "file" -> "a://example.net" host="example.net" path=""
        protocol "http://example.net" = "b" -> "http://example.net/" host="example.net" path="/"
        protocol "http://example.net" = "https" -> "https://example.net/" host="example.net" path="/"
        protocol "http://example.net" = "file" -> "file://example.net/" host="example.net" path="/"
        protocol "http://example.net" = "ftp:" -> "ftp://example.net/" host="example.net" path="/"
        protocol "http://example.net" = "HTTP" -> "http://example.net/" host="example.net" path="/"
        protocol "http://example.net" = "wss://x" -> "wss://example.net/" host="example.net" path="/"
        protocol "http://example.net" = "" -> "http://example.net/" host="example.net" path="/"
        protocol "http://test@example.net" = "file" -> "http://test@example.net/" host="example.net" path="/"
        protocol "http://example.net:8080" = "file" -> "http://example.net:8080/" host="example.net:8080" path="/"
        protocol "http://example.net:8080" = "ws" -> "ws://example.net:8080/" host="example.net:8080" path="/"
        protocol "file://hi/path" = "s" -> "file://hi/path" host="hi" path="/path"
        protocol "file:///test" = "https" -> "file:///test" host="" path="/test"
        protocol "file:///test" = "http" -> "file:///test" host="" path="/test"
        protocol "https://example.net:1234" = "http" -> "http://example.net:1234/" host="example.net:1234" path="/"
        protocol "https://example.net:1234" = "ftp" -> "ftp://example.net:1234/" host="example.net:1234" path="/"
        protocol "ssh://me@example.net" = "http" -> "ssh://me@example.net" host="example.net" path=""
        protocol "ssh://me@example.net" = "https" -> "ssh://me@example.net" host="example.net" path=""
        protocol "ssh://me@example.net" = "file" -> "ssh://me@example.net" host="example.net" path=""
        protocol "ssh://me@example.net" = "gopher" -> "gopher://me@example.net" host="example.net" path=""
        protocol "ssh://me@example.net" = "ws" -> "ssh://me@example.net" host="example.net" path=""
        protocol "mailto:me@example.net" = "http" -> "mailto:me@example.net" host="" path="me@example.net"
        protocol "http://example.net:443" = "https" -> "https://example.net/" host="example.net" path="/"
        protocol "wss://x:80" = "ws" -> "ws://x/" host="x" path="/"
        protocol "ftp://x:80" = "http" -> "http://x/" host="x" path="/"
        protocol "abc://x" = "def" -> "def://x" host="x" path=""
        protocol "abc://x" = "http" -> "abc://x" host="x" path=""
        protocol "sc:x" = "http" -> "sc:x" host="" path="x"
        protocol "http://example.com/" = "ht%74p" -> "http://example.com/" host="example.com" path="/"
        username "file:///home/you/index.html" = "me" -> "file:///home/you/index.html" host="" path="/home/you/index.html"
        username "unix:/run/foo.socket" = "me" -> "unix:/run/foo.socket" host="" path="/run/foo.socket"
        username "mailto:you@example.net" = "me" -> "mailto:you@example.net" host="" path="you@example.net"
        username "javascript:alert(1)" = "wario" -> "javascript:alert(1)" host="" path="alert(1)"
        username "http://example.net" = "me" -> "http://me@example.net/" host="example.net" path="/"
        username "http://example.net" = "" -> "http://example.net/" host="example.net" path="/"
        username "http://example.net" = "é" -> "http://%C3%A9@example.net/" host="example.net" path="/"
        username "http://example.net" = "\\u0000\\u0001\\t\\n\\r\\u001f !\\"#$%&'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~Éé" -> "http://%00%01%09%0A%0D%1F%20!%22%23$%&'()*+,-.%2F09%3A%3B%3C%3D%3E%3F%40AZ%5B%5C%5D%5E_%60az%7B%7C%7D~%7F%C2%80%C2%81%C3%89%C3%A9@example.net/" host="example.net" path="/"
        username "http://example.net" = "%c3%89té" -> "http://%c3%89t%C3%A9@example.net/" host="example.net" path="/"
        username "http://:secret@example.net" = "me" -> "http://me:secret@example.net/" host="example.net" path="/"
        username "http://:secret@example.net" = "" -> "http://:secret@example.net/" host="example.net" path="/"
        username "http://me:secret@example.net" = "" -> "http://:secret@example.net/" host="example.net" path="/"
        username "sc:///" = "x" -> "sc:///" host="" path="/"
        username "sc://x/" = "x" -> "sc://x@x/" host="x" path="/"
        password "http://example.net" = "secret" -> "http://:secret@example.net/" host="example.net" path="/"
        password "http://example.net" = "" -> "http://example.net/" host="example.net" path="/"
        password "http://example.net" = "\\u0000\\u0001\\t\\n\\r\\u001f !\\"#$%&'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~Éé" -> "http://:%00%01%09%0A%0D%1F%20!%22%23$%&'()*+,-.%2F09%3A%3B%3C%3D%3E%3F%40AZ%5B%5C%5D%5E_%60az%7B%7C%7D~%7F%C2%80%C2%81%C3%89%C3%A9@example.net/" host="example.net" path="/"
        password "http://example.net" = "bé" -> "http://:b%C3%A9@example.net/" host="example.net" path="/"
        password "http://me@example.net" = "secret" -> "http://me:secret@example.net/" host="example.net" path="/"
        password "http://:secret@example.net" = "" -> "http://example.net/" host="example.net" path="/"
        password "file://x/" = "p" -> "file://x/" host="x" path="/"
        password "sc://x/" = "p" -> "sc://:p@x/" host="x" path="/"
        host "sc://x/" = "\\u0000" -> "sc://x/" host="x" path="/"
        host "sc://x/" = "\\t" -> "sc:///" host="" path="/"
        host "sc://x/" = "\\n" -> "sc:///" host="" path="/"
        host "sc://x/" = "\\r" -> "sc:///" host="" path="/"
        host "sc://x/" = " " -> "sc://x/" host="x" path="/"
        host "sc://x/" = "#" -> "sc:///" host="" path="/"
        host "sc://x/" = "/" -> "sc:///" host="" path="/"
        host "sc://x/" = "?" -> "sc:///" host="" path="/"
        host "sc://x/" = "@" -> "sc://x/" host="x" path="/"
        host "sc://x/" = "ß" -> "sc://%C3%9F/" host="%C3%9F" path="/"
        host "sc://x/" = "a:b" -> "sc://a/" host="a" path="/"
        host "sc://x/" = "a:1" -> "sc://a:1/" host="a:1" path="/"
        host "sc://x/" = "" -> "sc:///" host="" path="/"
        host "sc:x" = "y" -> "sc:x" host="" path="x"
        host "mailto:me@example.net" = "example.com" -> "mailto:me@example.net" host="" path="me@example.net"
        host "data:text/plain,Stuff" = "example.net" -> "data:text/plain,Stuff" host="" path="text/plain,Stuff"
        host "http://example.net" = "example.com:8080" -> "http://example.com:8080/" host="example.com:8080" path="/"
        host "http://example.net" = "example.com:" -> "http://example.com/" host="example.com" path="/"
        host "http://example.net" = "example.com:8080stuff" -> "http://example.com:8080/" host="example.com:8080" path="/"
        host "http://example.net" = "example.com:65536" -> "http://example.com/" host="example.com" path="/"
        host "http://example.net" = "example.com:80" -> "http://example.com/" host="example.com" path="/"
        host "http://example.net" = "[::0:01]:2" -> "http://[::1]:2/" host="[::1]:2" path="/"
        host "http://example.net" = "[2001:db8::2]:4002" -> "http://[2001:db8::2]:4002/" host="[2001:db8::2]:4002" path="/"
        host "http://example.net" = "example.com\\\\stuff" -> "http://example.com/" host="example.com" path="/"
        host "http://example.net" = "example.com/stuff" -> "http://example.com/" host="example.com" path="/"
        host "http://example.net" = "example.com?stuff" -> "http://example.com/" host="example.com" path="/"
        host "http://example.net" = "example.com#stuff" -> "http://example.com/" host="example.com" path="/"
        host "http://example.net" = "example.com:8080/stuff" -> "http://example.com:8080/" host="example.com:8080" path="/"
        host "http://example.net" = "example.com:8080?stuff" -> "http://example.com:8080/" host="example.com:8080" path="/"
        host "http://example.net" = "\\u0000" -> "http://example.net/" host="example.net" path="/"
        host "http://example.net" = "0x7F000001:8080" -> "http://127.0.0.1:8080/" host="127.0.0.1:8080" path="/"
        host "http://example.net" = "[::1" -> "http://example.net/" host="example.net" path="/"
        host "http://example.net" = "" -> "http://example.net/" host="example.net" path="/"
        host "http://example.net" = "ｘ.com" -> "http://x.com/" host="x.com" path="/"
        host "http://example.net" = "xn--ls8h" -> "http://xn--ls8h/" host="xn--ls8h" path="/"
        host "http://example.net" = "a%2Eb" -> "http://a.b/" host="a.b" path="/"
        host "http://example.net:8080" = "example.com" -> "http://example.com:8080/" host="example.com:8080" path="/"
        host "http://example.net:8080" = "example.com:" -> "http://example.com:8080/" host="example.com:8080" path="/"
        host "http://example.net/path" = "example.com:8080/stuff" -> "http://example.com:8080/path" host="example.com:8080" path="/path"
        host "view-source+http://example.net/foo" = "" -> "view-source+http:///foo" host="" path="/foo"
        host "view-source+http://example.net/foo" = "\\\\" -> "view-source+http://example.net/foo" host="example.net" path="/foo"
        host "view-source+http://example.net/foo" = "a\\\\b" -> "view-source+http://example.net/foo" host="example.net" path="/foo"
        host "a:/foo" = "example.net" -> "a://example.net/foo" host="example.net" path="/foo"
        host "file://y/" = "x:123" -> "file://y/" host="y" path="/"
        host "file://y/" = "loc%41lhost" -> "file:///" host="" path="/"
        host "file://y/" = "" -> "file:///" host="" path="/"
        host "file://hi/x" = "" -> "file:///x" host="" path="/x"
        host "sc://test@test/" = "" -> "sc://test@test/" host="test" path="/"
        host "sc://test:12/" = "" -> "sc://test:12/" host="test:12" path="/"
        host "http://example.net/" = "example.com\\u0000stuff" -> "http://example.net/" host="example.net" path="/"
        host "http://example.net/" = "test:8\\u0000" -> "http://test:8/" host="test:8" path="/"
        host "http://example.net/" = "test:8080\\u0000" -> "http://test:8080/" host="test:8080" path="/"
        host "http://example.net/" = "test\\u0000:8080" -> "http://example.net/" host="example.net" path="/"
        host "sc://x/" = "\\t" -> "sc:///" host="" path="/"
        host "sc://x/" = "a\\tb" -> "sc://ab/" host="ab" path="/"
        host "https://x/" = "x:0" -> "https://x:0/" host="x:0" path="/"
        host "https://x/" = "x:\\u00008" -> "https://x/" host="x" path="/"
        host "https://example.com/" = "::1" -> "https://example.com/" host="example.com" path="/"
        hostname "sc://x/" = "\\u0000" -> "sc://x/" host="x" path="/"
        hostname "sc://x/" = "#" -> "sc:///" host="" path="/"
        hostname "sc://x/" = "a:b" -> "sc://x/" host="x" path="/"
        hostname "sc://x/" = "" -> "sc:///" host="" path="/"
        hostname "http://example.net:8080" = "example.com" -> "http://example.com:8080/" host="example.com:8080" path="/"
        hostname "http://example.net:8080" = "example.com:8080" -> "http://example.net:8080/" host="example.net:8080" path="/"
        hostname "http://example.net:8080" = "example.com:" -> "http://example.net:8080/" host="example.net:8080" path="/"
        hostname "http://example.net/path" = "example.com:8080/stuff" -> "http://example.net/path" host="example.net" path="/path"
        hostname "http://example.net/path" = "example.com?stuff" -> "http://example.com/path" host="example.com" path="/path"
        hostname "http://example.net/path" = "example.com#stuff" -> "http://example.com/path" host="example.com" path="/path"
        hostname "http://example.net/path" = "example.com/stuff" -> "http://example.com/path" host="example.com" path="/path"
        hostname "mailto:me@example.net" = "example.com" -> "mailto:me@example.net" host="" path="me@example.net"
        hostname "file://y/" = "x:123" -> "file://y/" host="y" path="/"
        hostname "file://y/" = "loc%41lhost" -> "file:///" host="" path="/"
        hostname "file://y/" = "" -> "file:///" host="" path="/"
        hostname "file://hi/x" = "" -> "file:///x" host="" path="/x"
        hostname "sc://test@test/" = "" -> "sc://test@test/" host="test" path="/"
        hostname "sc://test:12/" = "" -> "sc://test:12/" host="test:12" path="/"
        hostname "non-spec:/.//p" = "h" -> "non-spec://h//p" host="h" path="//p"
        hostname "non-spec:/.//p" = "" -> "non-spec:////p" host="" path="//p"
        hostname "http://[::1]/" = "[::2]" -> "http://[::2]/" host="[::2]" path="/"
        hostname "http://[::1]/" = "[::2" -> "http://[::1]/" host="[::1]" path="/"
        hostname "http://[::1]/" = "::2" -> "http://[::1]/" host="[::1]" path="/"
        port "http://example.net" = "8080" -> "http://example.net:8080/" host="example.net:8080" path="/"
        port "http://example.net" = "8080stuff" -> "http://example.net:8080/" host="example.net:8080" path="/"
        port "http://example.net" = "65536" -> "http://example.net/" host="example.net" path="/"
        port "http://example.net" = "80" -> "http://example.net/" host="example.net" path="/"
        port "http://example.net" = "" -> "http://example.net/" host="example.net" path="/"
        port "http://example.net" = "x" -> "http://example.net/" host="example.net" path="/"
        port "http://example.net" = " 8" -> "http://example.net/" host="example.net" path="/"
        port "http://example.net" = "\\t8" -> "http://example.net:8/" host="example.net:8" path="/"
        port "http://example.net" = "1\\u00002" -> "http://example.net:1/" host="example.net:1" path="/"
        port "http://example.net" = "0" -> "http://example.net:0/" host="example.net:0" path="/"
        port "http://example.net:8080" = "" -> "http://example.net/" host="example.net" path="/"
        port "http://example.net:8080" = "12\\u0000" -> "http://example.net:12/" host="example.net:12" path="/"
        port "https://example.net:4433" = "443" -> "https://example.net/" host="example.net" path="/"
        port "unix:/run/foo.socket" = "8080" -> "unix:/run/foo.socket" host="" path="/run/foo.socket"
        port "sc://x/" = "12" -> "sc://x:12/" host="x:12" path="/"
        port "file://test/" = "12" -> "file://test/" host="test" path="/"
        port "file://localhost/" = "12" -> "file:///" host="" path="/"
        port "non-special://example.net:8080" = "" -> "non-special://example.net" host="example.net" path=""
        port "http://example.net:8080/path" = "8080/stuff" -> "http://example.net:8080/path" host="example.net:8080" path="/path"
        port "http://example.net:8080/path" = "8080?stuff" -> "http://example.net:8080/path" host="example.net:8080" path="/path"
        port "http://example.net:8080/path" = "8080#stuff" -> "http://example.net:8080/path" host="example.net:8080" path="/path"
        port "http://example.net:8080/path" = "8080\\\\stuff" -> "http://example.net:8080/path" host="example.net:8080" path="/path"
        port "http://example.net:8080/path" = "4294967297" -> "http://example.net:8080/path" host="example.net:8080" path="/path"
        port "http://example.net:8080/path" = "65535" -> "http://example.net:65535/path" host="example.net:65535" path="/path"
        pathname "mailto:me@example.net" = "/foo" -> "mailto:me@example.net" host="" path="me@example.net"
        pathname "data:original" = "new value" -> "data:original" host="" path="original"
        pathname "sc:original" = "new value" -> "sc:original" host="" path="original"
        pathname "file:///some/path" = "" -> "file:///" host="" path="/"
        pathname "file:///some/path" = "\\\\\\\\a\\\\%2E\\\\b\\\\%2e.\\\\c" -> "file:////a/c" host="" path="//a/c"
        pathname "file:///some/path" = "C|/x" -> "file:///C:/x" host="" path="/C:/x"
        pathname "file:///some/path" = "//x" -> "file:////x" host="" path="//x"
        pathname "unix:/run/foo.socket?timeout=10" = "/var/log/../run/bar.socket" -> "unix:/var/run/bar.socket?timeout=10" host="" path="/var/run/bar.socket"
        pathname "https://example.net#nav" = "home" -> "https://example.net/home#nav" host="example.net" path="/home"
        pathname "https://example.net#nav" = "../home" -> "https://example.net/home#nav" host="example.net" path="/home"
        pathname "https://example.net#nav" = "\\\\a\\\\%2E\\\\b\\\\%2e.\\\\c" -> "https://example.net/a/c#nav" host="example.net" path="/a/c"
        pathname "https://example.net#nav" = "a?b#c" -> "https://example.net/a%3Fb%23c#nav" host="example.net" path="/a%3Fb%23c"
        pathname "https://example.net#nav" = "%2e%2E%c3%89té" -> "https://example.net/%2e%2E%c3%89t%C3%A9#nav" host="example.net" path="/%2e%2E%c3%89t%C3%A9"
        pathname "view-source+http://example.net/home?lang=fr#nav" = "\\\\a\\\\%2E\\\\b\\\\%2e.\\\\c" -> "view-source+http://example.net/\\\\a\\\\%2E\\\\b\\\\%2e.\\\\c?lang=fr#nav" host="example.net" path="/\\\\a\\\\%2E\\\\b\\\\%2e.\\\\c"
        pathname "a:/" = "\\u0000\\u0001\\t\\n\\r\\u001f !\\"#$%&'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~Éé" -> "a:/%00%01%1F%20!%22%23$%&'()*+,-./09:;%3C=%3E%3F@AZ[\\\\]%5E_%60az%7B|%7D~%7F%C2%80%C2%81%C3%89%C3%A9" host="" path="/%00%01%1F%20!%22%23$%&'()*+,-./09:;%3C=%3E%3F@AZ[\\\\]%5E_%60az%7B|%7D~%7F%C2%80%C2%81%C3%89%C3%A9"
        pathname "http://example.net/home?lang=fr#nav" = "\\u0000\\u0001\\t\\n\\r\\u001f !\\"#$%&'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~Éé" -> "http://example.net/%00%01%1F%20!%22%23$%&'()*+,-./09:;%3C=%3E%3F@AZ[/]%5E_%60az%7B|%7D~%7F%C2%80%C2%81%C3%89%C3%A9?lang=fr#nav" host="example.net" path="/%00%01%1F%20!%22%23$%&'()*+,-./09:;%3C=%3E%3F@AZ[/]%5E_%60az%7B|%7D~%7F%C2%80%C2%81%C3%89%C3%A9"
        pathname "sc://example.net" = "?" -> "sc://example.net/%3F" host="example.net" path="/%3F"
        pathname "sc://example.net" = "#" -> "sc://example.net/%23" host="example.net" path="/%23"
        pathname "sc://example.net" = "/?" -> "sc://example.net/%3F" host="example.net" path="/%3F"
        pathname "sc://example.net" = "/#" -> "sc://example.net/%23" host="example.net" path="/%23"
        pathname "sc://example.net" = "//p" -> "sc://example.net//p" host="example.net" path="//p"
        pathname "non-spec:/" = "/.//p" -> "non-spec:/.//p" host="" path="//p"
        pathname "non-spec:/" = "/..//p" -> "non-spec:/.//p" host="" path="//p"
        pathname "non-spec:/" = "//p" -> "non-spec:/.//p" host="" path="//p"
        pathname "non-spec:/.//" = "p" -> "non-spec:/p" host="" path="/p"
        pathname "file://monkey/" = "\\\\\\\\" -> "file://monkey//" host="monkey" path="//"
        pathname "file:///unicorn" = "//\\\\/" -> "file://////" host="" path="////"
        pathname "file:///unicorn" = "//monkey/..//" -> "file://///" host="" path="///"
        search "https://example.net#nav" = "lang=fr" -> "https://example.net/?lang=fr#nav" host="example.net" path="/"
        search "https://example.net#nav" = "?lang=fr" -> "https://example.net/?lang=fr#nav" host="example.net" path="/"
        search "https://example.net#nav" = "??lang=fr" -> "https://example.net/??lang=fr#nav" host="example.net" path="/"
        search "https://example.net#nav" = "?" -> "https://example.net/?#nav" host="example.net" path="/"
        search "https://example.net#nav" = "" -> "https://example.net/#nav" host="example.net" path="/"
        search "https://example.net#nav" = "a#b" -> "https://example.net/?a%23b#nav" host="example.net" path="/"
        search "https://example.net?lang=en-US#nav" = "" -> "https://example.net/#nav" host="example.net" path="/"
        search "https://example.net?lang=en-US#nav" = "?" -> "https://example.net/?#nav" host="example.net" path="/"
        search "a:/" = "\\u0000\\u0001\\t\\n\\r\\u001f !\\"#$%&'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~Éé" -> "a:/?%00%01%1F%20!%22%23$%&'()*+,-./09:;%3C=%3E?@AZ[\\\\]^_`az{|}~%7F%C2%80%C2%81%C3%89%C3%A9" host="" path="/"
        search "http://a:b@c:123/?x" = "%c3%89té" -> "http://a:b@c:123/?%c3%89t%C3%A9" host="c:123" path="/"
        search "http://a:b@c:123/?x" = "'" -> "http://a:b@c:123/?%27" host="c:123" path="/"
        search "sc:x?y" = "'" -> "sc:x?'" host="" path="x"
        search "sc:x?y" = "" -> "sc:x" host="" path="x"
        search "data:space ?query" = "" -> "data:space%20" host="" path="space%20"
        search "sc:space ?query" = "" -> "sc:space%20" host="" path="space%20"
        search "data:space  #fragment" = "test" -> "data:space %20?test#fragment" host="" path="space %20"
        hash "https://example.net" = "main" -> "https://example.net/#main" host="example.net" path="/"
        hash "https://example.net" = "#main" -> "https://example.net/#main" host="example.net" path="/"
        hash "https://example.net" = "##nav" -> "https://example.net/##nav" host="example.net" path="/"
        hash "https://example.net" = "#" -> "https://example.net/#" host="example.net" path="/"
        hash "https://example.net" = "" -> "https://example.net/" host="example.net" path="/"
        hash "https://example.net#nav" = "" -> "https://example.net/" host="example.net" path="/"
        hash "http://example.net" = "#foo bar" -> "http://example.net/#foo%20bar" host="example.net" path="/"
        hash "http://example.net" = "#foo\\"bar" -> "http://example.net/#foo%22bar" host="example.net" path="/"
        hash "http://example.net" = "#foo<bar" -> "http://example.net/#foo%3Cbar" host="example.net" path="/"
        hash "http://example.net" = "#foo>bar" -> "http://example.net/#foo%3Ebar" host="example.net" path="/"
        hash "http://example.net" = "#foo`bar" -> "http://example.net/#foo%60bar" host="example.net" path="/"
        hash "a:/" = "\\u0000\\u0001\\t\\n\\r\\u001f !\\"#$%&'()*+,-./09:;<=>?@AZ[\\\\]^_`az{|}~Éé" -> "a:/#%00%01%1F%20!%22#$%&'()*+,-./09:;%3C=%3E?@AZ[\\\\]^_%60az{|}~%7F%C2%80%C2%81%C3%89%C3%A9" host="" path="/"
        hash "http://example.net" = "a\\u0000b" -> "http://example.net/#a%00b" host="example.net" path="/"
        hash "http://example.net" = "%c3%89té" -> "http://example.net/#%c3%89t%C3%A9" host="example.net" path="/"
        hash "javascript:alert(1)" = "castle" -> "javascript:alert(1)#castle" host="" path="alert(1)"
        hash "data:space #fragment" = "" -> "data:space%20" host="" path="space%20"
        hash "sc:space    #fragment" = "" -> "sc:space   %20" host="" path="space   %20"
        href "http://a/" = "http://b/?x=1" -> "http://b/?x=1" host="b" path="/"
        href "http://a/" = "nope" -> "http://a/" host="a" path="/" THROWS TypeError
        href "http://a/" = "  https://c  " -> "https://c/" host="c" path="/"
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** The standard writes such a space as %20, so removing the query or fragment round-trips. */
  @Test
  void opaquePathsKeepASpaceBeforeQueryOrFragment() {
    JsRun.Result r = JsRun.js("""
        // The URL Standard encodes a space right before '?' or '#' in an opaque path as %20 (no stripping).
        for (const s of ['data:space   ?x', 'data:space   #x', 'sc:a  ?', 'sc: #', 'javascript:alert(1) ', 'sc:a b c']) {
          const u = new URL(s);
          console.log(JSON.stringify(u.href), JSON.stringify(u.pathname));
        }
        const u = new URL('data:space  ?query#fragment');
        u.search = '';
        console.log(JSON.stringify(u.href));
        u.hash = '';
        console.log(JSON.stringify(u.href), new URL(u.href).href === u.href);
        const v = new URL('sc:x ?a=b');
        v.searchParams.delete('a');
        console.log(JSON.stringify(v.href));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        "data:space  %20?x" "space  %20"
        "data:space  %20#x" "space  %20"
        "sc:a %20?" "a %20"
        "sc:%20#" "%20"
        "javascript:alert(1)" "alert(1)"
        "sc:a b c" "a b c"
        "data:space %20#fragment"
        "data:space %20" true
        "sc:x%20"
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** Accessors and methods on the prototype, lengths, brand checks, conversions, subclasses. */
  @Test
  void hasTheWebIdlShapeAndBrandChecks() {
    JsRun.Result r = JsRun.js("""
        const show = (f) => { try { return f(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
        console.log(Object.keys(URL.prototype).join());
        console.log(Object.keys(URL).join(), URL.length, URL.parse.length, URL.canParse.length, URL.name);
        const d = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
        console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
        const o = Object.getOwnPropertyDescriptor(URL.prototype, 'origin');
        console.log(typeof o.get, o.set, o.enumerable);
        const m = Object.getOwnPropertyDescriptor(URL.prototype, 'toJSON');
        console.log(m.writable, m.enumerable, m.configurable);
        console.log(Object.prototype.toString.call(new URL('http://a')), Object.prototype.toString.call(URL.prototype));
        console.log(show(() => URL('http://a')));
        console.log(show(() => new URL()));
        console.log(show(() => URL.parse()));
        console.log(show(() => URL.canParse()));
        console.log(show(() => URL.prototype.href));
        console.log(show(() => Object.getOwnPropertyDescriptor(URL.prototype, 'search').set.call({}, 'x')));
        console.log(show(() => URL.prototype.toString.call({})));
        console.log(show(() => URL.prototype.toJSON.call(new URLSearchParams())));
        console.log(show(() => new URL('http://a').href = 'nope'));
        console.log(show(() => new URL(Symbol())));
        const u = new URL('http://a/b?c#d');
        console.log(JSON.stringify({ u }), String(u), u.toJSON(), `${u}` === u.href);
        console.log(new URL(u).href, new URL({ toString: () => 'http://obj/' }).href, new URL('/rel', u).href);
        console.log(URL.parse('/x', 'http://a') instanceof URL, URL.parse('/x', 'http://a').href, URL.parse('x'), URL.parse('x', 'bad'));
        console.log(URL.canParse('http://a'), URL.canParse('x'), URL.canParse('x', 'http://a'), URL.canParse('x', undefined));
        console.log(new URL('http://a/\\ud800?\\udc00#\\ud800x').href);
        console.log(u.searchParams === u.searchParams, Object.keys(u).length, Object.getOwnPropertyNames(u).length);
        class MyURL extends URL { get kind() { return 'mine'; } }
        const mine = new MyURL('http://sub/');
        console.log(mine.kind, mine.href, mine instanceof URL, MyURL.parse('http://x') instanceof URL);
        u.href = 'https://new/';
        console.log(u.href, u.origin);
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        href,origin,protocol,username,password,host,hostname,port,pathname,search,searchParams,hash,toString,toJSON
        parse,canParse,createObjectURL,revokeObjectURL 1 1 1 URL
        function function true true
        function undefined true
        true true true
        [object URL] [object URL]
        TypeError: Class constructor URL cannot be invoked without 'new'
        TypeError: Failed to execute 'constructor' on 'URL': 1 argument required, but only 0 present.
        TypeError: Failed to execute 'parse' on 'URL': 1 argument required, but only 0 present.
        TypeError: Failed to execute 'canParse' on 'URL': 1 argument required, but only 0 present.
        TypeError: Illegal invocation
        TypeError: Illegal invocation
        TypeError: Illegal invocation
        TypeError: Illegal invocation
        TypeError: Invalid URL: 'nope'
        TypeError: Cannot convert a Symbol value to a string
        {"u":"http://a/b?c#d"} http://a/b?c#d http://a/b?c#d true
        http://a/b?c#d http://obj/ http://a/rel
        true http://a/x null null
        true false true false
        http://a/%EF%BF%BD?%EF%BF%BD#%EF%BF%BDx
        true 0 0
        mine http://sub/ true true
        https://new/ https://new
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** console.log and util.inspect of URLs, nested and at depth limits. */
  @Test
  void consoleLogPrintsLikeNode() {
    JsRun.Result r = JsRun.js("""
        console.log(new URL('https://user:pw@example.com:8080/a?b=1&c#d'));
        console.log([new URL('http://x')]);
        console.log({ u: { v: { w: new URL('http://x') } } });
        console.log(new URL('http://x/?aaaaaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbb&cccccccccccccccccccc=ddddddddddddddddddddddddd'));
        const util = require('util');
        console.log(util.inspect(new URL('http://a'), { depth: 0 }));
        console.log(util.format('%s|%o', new URL('http://a/b'), 1));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        URL {
          href: 'https://user:pw@example.com:8080/a?b=1&c#d',
          origin: 'https://example.com:8080',
          protocol: 'https:',
          username: 'user',
          password: 'pw',
          host: 'example.com:8080',
          hostname: 'example.com',
          port: '8080',
          pathname: '/a',
          search: '?b=1&c',
          searchParams: URLSearchParams { 'b' => '1', 'c' => '' },
          hash: '#d'
        }
        [
          URL {
            href: 'http://x/',
            origin: 'http://x',
            protocol: 'http:',
            username: '',
            password: '',
            host: 'x',
            hostname: 'x',
            port: '',
            pathname: '/',
            search: '',
            searchParams: URLSearchParams {},
            hash: ''
          }
        ]
        { u: { v: { w: URL {} } } }
        URL {
          href: 'http://x/?aaaaaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbb&cccccccccccccccccccc=ddddddddddddddddddddddddd',
          origin: 'http://x',
          protocol: 'http:',
          username: '',
          password: '',
          host: 'x',
          hostname: 'x',
          port: '',
          pathname: '/',
          search: '?aaaaaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbb&cccccccccccccccccccc=ddddddddddddddddddddddddd',
          searchParams: URLSearchParams {
            'aaaaaaaaaaaaaaaaaaaaaaaaa' => 'bbbbbbbbbbbbbbbbbbbbbbbbbbb',
            'cccccccccccccccccccc' => 'ddddddddddddddddddddddddd' },
          hash: ''
        }
        URL {
          href: 'http://a/',
          origin: 'http://a',
          protocol: 'http:',
          username: '',
          password: '',
          host: 'a',
          hostname: 'a',
          port: '',
          pathname: '/',
          search: '',
          searchParams: [Object],
          hash: ''
        }
        http://a/b|1
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** node:url: the WHATWG classes, file URL conversions, domainTo*, urlToHttpOptions. */
  @Test
  void nodeUrlModule() {
    JsRun.Result r = JsRun.js("""
        const u = require('url');
        console.log(Object.keys(u).join());
        console.log(u.URL === URL, u.URLSearchParams === URLSearchParams, require('node:url') === u);
        console.log(u.urlToHttpOptions(new URL('https://a:b%20c@[::1]:8080/p?q#h')));
        console.log(u.pathToFileURL('/tmp/a b#?%\\\\^[]\\u00e9\\ttab').href);
        console.log(u.pathToFileURL('/x/../y/').href, u.pathToFileURL('/').href, u.pathToFileURL('rel/x/').href === `file://${process.cwd()}/rel/x/`);
        for (const bad of ['http://x', 'file://host/x', 'file:///a%2Fb', 1, 'nope']) {
          try { u.fileURLToPath(bad); } catch (e) { console.log(e.name, e.code, e.message); }
        }
        console.log(u.fileURLToPath('file:///a%20b/%C3%A9'), u.fileURLToPath(new URL('file://localhost/x')));
        console.log(u.domainToASCII('espa\\u00f1ol.com'), u.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(u.domainToASCII('xn--i\\u00f1valid.com')));
        console.log(u.domainToASCII('EXAMPLE.com'), u.domainToUnicode('xn--mnchen-3ya.DE'), u.domainToASCII('[::1]'));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        URL,URLSearchParams,domainToASCII,domainToUnicode,pathToFileURL,fileURLToPath,urlToHttpOptions
        true true true
        [Object: null prototype] {
          protocol: 'https:',
          hostname: '::1',
          hash: '#h',
          search: '?q',
          pathname: '/p',
          path: '/p?q',
          href: 'https://a:b%20c@[::1]:8080/p?q#h',
          port: 8080,
          auth: 'a:b c'
        }
        file:///tmp/a%20b%23%3F%25%5C%5E%5B%5D%C3%A9%09tab
        file:///y/ file:/// true
        TypeError ERR_INVALID_URL_SCHEME The URL must be of scheme file
        TypeError ERR_INVALID_FILE_URL_HOST File URL host must be "localhost" or empty on linux
        TypeError ERR_INVALID_FILE_URL_PATH File URL path must not include encoded / characters
        TypeError ERR_INVALID_ARG_TYPE The "path" argument must be of type string or an instance of URL. Received type number (1)
        TypeError ERR_INVALID_URL Invalid URL: 'nope'
        /a b/é /x
        xn--espaol-zwa.com español.com ""
        example.com münchen.de [::1]
        """);
    assertThat(r.exitCode()).isZero();
  }
}
