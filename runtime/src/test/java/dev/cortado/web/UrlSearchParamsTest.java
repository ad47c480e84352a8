package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * {@code URLSearchParams} per the WHATWG URL Standard: application/x-www-form-urlencoded parsing
 * and serializing, the constructor's three kinds of init, every method, live iterators, the link to
 * its URL in both directions, USVString conversion, the Web IDL shape and errors, and Node-style
 * printing. Expected outputs match Node 20 except that {@code new URLSearchParams(null)} is
 * {@code "null="} as Web IDL converts null to a string (Deno and Bun agree).
 */
class UrlSearchParamsTest {
  /** Parsing (plus, percent-decoding, bad UTF-8) and the three constructor inputs. */
  @Test
  void parsesAndSerializesFormUrlencoded() {
    JsRun.Result r = JsRun.js("""
        const show = (p) => JSON.stringify([...p]);
        for (const s of ['', '?', '??a=b', 'a=1&b=2&a=3', '&&a&&=&=x&b==c', 'a+b=c+d', '%61=%62&a%3Db=c%26d', 'c=%zz&d=%F0%9F%92%A9&e=%C3&f=%E2%82', '%%%41',
          'x=%ED%A0%80', 'k=%F4%90%80%80', 'caf\\u00e9=\\u2603', 'a=b=c', 'sp ace=t\\tab']) {
          const p = new URLSearchParams(s);
          console.log(JSON.stringify(s), show(p), p.size, JSON.stringify(p.toString()));
        }
        console.log(new URLSearchParams({ x: 1, y: '\\u00e9 ~!*()\\'-._', z: undefined, ' ': '+&=#%' }).toString());
        console.log(new URLSearchParams([['a', 'b'], new Set(['c', 'd'])]).toString());
        console.log(new URLSearchParams(new URLSearchParams('q=1&q=2')).toString(), new URLSearchParams(new Map([['m', 'n']])).toString());
        console.log(new URLSearchParams(null).toString(), new URLSearchParams(undefined).toString(), new URLSearchParams(12).toString(), new URLSearchParams().toString());
        console.log(new URLSearchParams({ 'a\\udc00': 'b\\ud800', c: '\\ud83d\\ude00' }).toString());
        console.log(new URLSearchParams([['\\ud800', '\\udc00']]).toString(), new URLSearchParams('\\ud800=1').get('\\ufffd'));
        // keys that become the same USVString make one entry, in the first one's place, with the last value
        console.log(JSON.stringify([...new URLSearchParams({ '\\ud835x': '1', xx: '2', '\\ud83dx': '3' })]),
          JSON.stringify([...new URLSearchParams({ '\\ufffdy': 'a', 'y\\udc00': 'b', '\\udc00y': 'c' })]));
        const hidden = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3, enumerable: false } });
        console.log(new URLSearchParams(hidden).toString());
        const everything = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
        console.log(new URLSearchParams({ k: everything }).toString());
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        "" [] 0 ""
        "?" [] 0 ""
        "??a=b" [["?a","b"]] 1 "%3Fa=b"
        "a=1&b=2&a=3" [["a","1"],["b","2"],["a","3"]] 3 "a=1&b=2&a=3"
        "&&a&&=&=x&b==c" [["a",""],["",""],["","x"],["b","=c"]] 4 "a=&=&=x&b=%3Dc"
        "a+b=c+d" [["a b","c d"]] 1 "a+b=c+d"
        "%61=%62&a%3Db=c%26d" [["a","b"],["a=b","c&d"]] 2 "a=b&a%3Db=c%26d"
        "c=%zz&d=%F0%9F%92%A9&e=%C3&f=%E2%82" [["c","%zz"],["d","💩"],["e","�"],["f","�"]] 4 "c=%25zz&d=%F0%9F%92%A9&e=%EF%BF%BD&f=%EF%BF%BD"
        "%%41" [["%%A",""]] 1 "%25%25A="
        "x=%ED%A0%80" [["x","���"]] 1 "x=%EF%BF%BD%EF%BF%BD%EF%BF%BD"
        "k=%F4%90%80%80" [["k","����"]] 1 "k=%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD"
        "café=☃" [["café","☃"]] 1 "caf%C3%A9=%E2%98%83"
        "a=b=c" [["a","b=c"]] 1 "a=b%3Dc"
        "sp ace=t\\tab" [["sp ace","t\\tab"]] 1 "sp+ace=t%09ab"
        x=1&y=%C3%A9+%7E%21*%28%29%27-._&z=undefined&+=%2B%26%3D%23%25
        a=b&c=d
        q=1&q=2 m=n
        null=  12=\s
        a%EF%BF%BD=b%EF%BF%BD&c=%F0%9F%98%80
        %EF%BF%BD=%EF%BF%BD 1
        [["\ufffdx","3"],["xx","2"]] [["\ufffdy","c"],["y\ufffd","b"]]
        own=2
        k=%00%01%02%03%04%05%06%07%08%09%0A%0B%0C%0D%0E%0F%10%11%12%13%14%15%16%17%18%19%1A%1B%1C%1D%1E%1F+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40ABCDEFGHIJKLMNOPQRSTUVWXYZ%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D%7E%7F
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** append, delete with a value, get, getAll, has with a value, set, a stable sort by code units. */
  @Test
  void methodsFollowTheStandard() {
    JsRun.Result r = JsRun.js("""
        const p = new URLSearchParams('a=1&b=2&a=3&c=4');
        p.append('a', '\\ud800x');
        console.log(p.getAll('a'), p.get('a'), p.get('zz'), p.getAll('zz'), p.has('a'), p.has('a', '3'), p.has('a', '4'), p.has('zz'), p.has('a', undefined));
        p.delete('a', '1'); console.log(p.toString());
        p.delete('a', undefined); console.log(p.toString(), p.size);
        p.append('b', 'x'); p.set('b', 'B'); console.log(p.toString());
        p.set('new', 'N'); console.log(p.toString());
        p.append(1, null); p.set(undefined, true); console.log(p.toString());
        const s = new URLSearchParams('z=1&b=2&a=3&b=1&\\ufffd=x&\\ud83d\\udca9=y&a=0&\\uff41=w&=e');
        s.sort(); console.log(JSON.stringify([...s]));
        const big = new URLSearchParams();
        for (let i = 0; i < 50; i++) big.append(String.fromCharCode(97 + (i * 7) % 5), String(i));
        big.sort(); console.log(big.toString());
        const e = new URLSearchParams(); e.sort(); e.delete('x'); console.log(e.toString(), e.size);
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        [ '1', '3', '�x' ] 1 null [] true true false false true
        b=2&a=3&c=4&a=%EF%BF%BDx
        b=2&c=4 2
        b=B&c=4
        b=B&c=4&new=N
        b=B&c=4&new=N&1=null&undefined=true
        [["","e"],["a","3"],["a","0"],["b","2"],["b","1"],["z","1"],["💩","y"],["ａ","w"],["�","x"]]
        a=0&a=5&a=10&a=15&a=20&a=25&a=30&a=35&a=40&a=45&b=3&b=8&b=13&b=18&b=23&b=28&b=33&b=38&b=43&b=48&c=1&c=6&c=11&c=16&c=21&c=26&c=31&c=36&c=41&c=46&d=4&d=9&d=14&d=19&d=24&d=29&d=34&d=39&d=44&d=49&e=2&e=7&e=12&e=17&e=22&e=27&e=32&e=37&e=42&e=47
         0
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** Iterators see later changes; forEach too; %URLSearchParamsIteratorPrototype%. */
  @Test
  void iteratorsAreLive() {
    JsRun.Result r = JsRun.js("""
        const s = new URLSearchParams('a=1&b=2&c=3');
        const it = s.entries();
        console.log(Object.prototype.toString.call(it), it[Symbol.toStringTag], typeof it.next, it[Symbol.iterator]() === it);
        const proto = Object.getPrototypeOf(it);
        const iterProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
        console.log(Object.getPrototypeOf(proto) === iterProto, Object.getOwnPropertyNames(proto).join(), Object.getPrototypeOf(s.keys()) === proto);
        const nd = Object.getOwnPropertyDescriptor(proto, 'next'); console.log(nd.writable, nd.enumerable, nd.configurable);
        const td = Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag); console.log(td.value, td.writable, td.enumerable, td.configurable);
        console.log(JSON.stringify(it.next()), JSON.stringify([...s.keys()]), JSON.stringify([...s.values()]), JSON.stringify([...s]));
        s.delete('b'); console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
        const live = []; for (const [k] of s) { live.push(k); if (k === 'c') s.append('d', '4'); } console.log(live.join());
        const seen = []; s.forEach(function (v, k, o) { seen.push(`${k}=${v}:${o === s}:${this}`); if (k === 'a') s.delete('c'); }, 'T'); console.log(seen.join(' '));
        try { proto.next.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
        try { s.forEach(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { s.forEach({}); } catch (e) { console.log(e.constructor.name, e.message); }
        console.log(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries, Array.from(new URLSearchParams('x=y'), ([k, v]) => k + v).join());
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        [object URLSearchParams Iterator] URLSearchParams Iterator function true
        true next true
        true true true
        URLSearchParams Iterator false false true
        {"value":["a","1"],"done":false} ["a","b","c"] ["1","2","3"] [["a","1"],["b","2"],["c","3"]]
        {"value":["c","3"],"done":false} {"done":true} {"done":true}
        a,c,d
        a=1:true:T d=4:true:T
        TypeError Illegal invocation
        TypeError Failed to execute 'forEach' on 'URLSearchParams': The callback provided as parameter 1 is not a function.
        TypeError Failed to execute 'forEach' on 'URLSearchParams': The callback provided as parameter 1 is not a function.
        true xy
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** The URL's searchParams follows the URL, and the URL follows its searchParams. */
  @Test
  void staysInSyncWithItsUrl() {
    JsRun.Result r = JsRun.js("""
        const u = new URL('http://h/?a=b&%20=%2B');
        const sp = u.searchParams;
        console.log(JSON.stringify([...sp]), sp === u.searchParams);
        sp.append('c', 'd e\\u00e9~'); console.log(u.href, u.search);
        u.search = '?x=y&x=z'; console.log(sp.getAll('x'), sp.size);
        u.href = 'http://h/?m=n#frag'; console.log(JSON.stringify([...sp]));
        sp.delete('m'); console.log(u.href, JSON.stringify(u.search));
        sp.set('q', "it's"); console.log(u.href);
        u.search = ''; console.log(sp.size, u.href);
        u.hash = 'h'; sp.append('k', 'v'); console.log(u.href);
        sp.sort(); console.log(u.href);
        const o = new URL('sc:opaque?a=1'); o.searchParams.set('b', '2'); console.log(o.href);
        const n = new URL('http://h/?'); console.log(JSON.stringify(n.search), n.searchParams.size, n.href); n.searchParams.sort(); console.log(n.href);
        const plus = new URL('http://h/?a=b+c'); console.log(plus.searchParams.get('a'), plus.search); plus.searchParams.append('d', ' '); console.log(plus.search);
        const detached = new URLSearchParams(u.searchParams); detached.append('z', '1'); console.log(u.href, detached.toString());
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        [["a","b"],[" ","+"]] true
        http://h/?a=b&+=%2B&c=d+e%C3%A9%7E ?a=b&+=%2B&c=d+e%C3%A9%7E
        [ 'y', 'z' ] 2
        [["m","n"]]
        http://h/#frag ""
        http://h/?q=it%27s#frag
        0 http://h/#frag
        http://h/?k=v#h
        http://h/?k=v#h
        sc:opaque?a=1&b=2
        "" 0 http://h/?
        http://h/
        b c ?a=b+c
        ?a=b+c&d=+
        http://h/?k=v#h k=v&z=1
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** Enumerable members, lengths, brand checks, missing arguments, bad pairs. */
  @Test
  void hasTheWebIdlShapeAndErrors() {
    JsRun.Result r = JsRun.js("""
        const show = (f) => { try { return f(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
        console.log(Object.keys(URLSearchParams.prototype).join());
        console.log(['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'forEach', 'entries', 'keys', 'values', 'toString'].map((n) => n + URLSearchParams.prototype[n].length).join(' '), URLSearchParams.length);
        const size = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size'); console.log(typeof size.get, size.set, size.enumerable, size.configurable);
        const app = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'append'); console.log(app.writable, app.enumerable, app.configurable);
        console.log(Object.prototype.toString.call(new URLSearchParams()), Object.prototype.toString.call(URLSearchParams.prototype));
        console.log(show(() => URLSearchParams()));
        console.log(show(() => URLSearchParams.prototype.get.call({}, 'a')));
        console.log(show(() => URLSearchParams.prototype.size));
        console.log(show(() => URLSearchParams.prototype.toString.call(new URL('http://a'))));
        console.log(show(() => new URLSearchParams().append('a')));
        console.log(show(() => new URLSearchParams().set()));
        console.log(show(() => new URLSearchParams().get()));
        console.log(show(() => new URLSearchParams().getAll()));
        console.log(show(() => new URLSearchParams().has()));
        console.log(show(() => new URLSearchParams().delete()));
        console.log(show(() => new URLSearchParams([['a']])));
        console.log(show(() => new URLSearchParams([['a', 'b', 'c']])));
        console.log(show(() => new URLSearchParams([1])));
        console.log(show(() => new URLSearchParams(['ab'])));
        console.log(show(() => new URLSearchParams([{}])));
        console.log(show(() => new URLSearchParams({ [Symbol.iterator]: 1 })));
        console.log(show(() => new URLSearchParams({ [Symbol('s')]: 1 })));
        console.log(show(() => new URLSearchParams().append(Symbol(), 'x')));
        console.log(show(() => new URLSearchParams({ a: { toString() { throw new RangeError('boom'); } } })));
        class Mine extends URLSearchParams { extra() { return this.size; } }
        console.log(new Mine('a=1').extra(), new Mine('a=1') instanceof URLSearchParams);
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        size,append,delete,get,getAll,has,set,sort,entries,forEach,keys,values,toString
        append2 delete1 get1 getAll1 has1 set2 sort0 forEach1 entries0 keys0 values0 toString0 0
        function undefined true true
        true true true
        [object URLSearchParams] [object URLSearchParams]
        TypeError: Class constructor URLSearchParams cannot be invoked without 'new'
        TypeError: Illegal invocation
        TypeError: Illegal invocation
        TypeError: Illegal invocation
        TypeError: Failed to execute 'append' on 'URLSearchParams': 2 arguments required, but only 1 present.
        TypeError: Failed to execute 'set' on 'URLSearchParams': 2 arguments required, but only 0 present.
        TypeError: Failed to execute 'get' on 'URLSearchParams': 1 argument required, but only 0 present.
        TypeError: Failed to execute 'getAll' on 'URLSearchParams': 1 argument required, but only 0 present.
        TypeError: Failed to execute 'has' on 'URLSearchParams': 1 argument required, but only 0 present.
        TypeError: Failed to execute 'delete' on 'URLSearchParams': 1 argument required, but only 0 present.
        TypeError: Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements
        TypeError: Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements
        TypeError: Failed to construct 'URLSearchParams': The provided value cannot be converted to a sequence.
        TypeError: Failed to construct 'URLSearchParams': The provided value cannot be converted to a sequence.
        TypeError: Failed to construct 'URLSearchParams': The provided value cannot be converted to a sequence.
        TypeError: Failed to construct 'URLSearchParams': The provided value cannot be converted to a sequence.
        TypeError: Failed to construct 'URLSearchParams': Cannot convert a Symbol to a string
        TypeError: Cannot convert a Symbol value to a string
        RangeError: boom
        1 true
        """);
    assertThat(r.exitCode()).isZero();
  }

  /** console.log of params and of their iterators. */
  @Test
  void consoleLogPrintsLikeNode() {
    JsRun.Result r = JsRun.js("""
        console.log(new URLSearchParams('a=1&b=2'));
        console.log(new URLSearchParams());
        console.log({ a: { b: { c: new URLSearchParams('a=1') } } });
        console.log(new URLSearchParams('aaaaaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbb&cccccccccccccccccccc=ddddddddddddddddddddddddd'));
        console.log(new URLSearchParams("q='x'&n"));
        console.log(new URLSearchParams('a=1&b=2').values(), new URLSearchParams('a=1').entries(), new URLSearchParams().keys());
        const it = new URLSearchParams('a=1&b=2').keys(); it.next(); console.log(it);
        console.log([new URLSearchParams('x=1')]);
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        URLSearchParams { 'a' => '1', 'b' => '2' }
        URLSearchParams {}
        { a: { b: { c: [Object] } } }
        URLSearchParams {
          'aaaaaaaaaaaaaaaaaaaaaaaaa' => 'bbbbbbbbbbbbbbbbbbbbbbbbbbb',
          'cccccccccccccccccccc' => 'ddddddddddddddddddddddddd' }
        URLSearchParams { 'q' => "'x'", 'n' => '' }
        URLSearchParams Iterator { '1', '2' } URLSearchParams Iterator { [ 'a', '1' ] } URLSearchParams Iterator {  }
        URLSearchParams Iterator { 'b' }
        [ URLSearchParams { 'x' => '1' } ]
        """);
    assertThat(r.exitCode()).isZero();
  }
}
