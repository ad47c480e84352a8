package dev.cortado.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.host.Permissions;
import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/** Headers, Request, Response, FormData and the data: and blob: schemes, without a network. */
class FetchApiTest {

  @Test
  void headersValidateGuardSortAndCombine() {
    JsRun.Result r = JsRun.js("""
        const h = new Headers([['B', '2'], ['a', ' 1 '], ['Set-Cookie', 'x=1']]);
        h.append('A', '3');
        h.append('set-cookie', 'y=2');
        console.log([...h.keys()].join(), h.get('a'), h.has('SET-COOKIE'), h.getSetCookie().join('|'));
        console.log([...new Headers({ z: '1', y: '2' })].join(';'));
        for (const bad of [['a b', 'x'], ['ok', 'new\\nline'], ['é', 'x'], ['ok', '\\u0100']]) {
          try { new Headers([bad]); console.log('accepted', bad); } catch (e) { console.log(e.constructor.name, e.message); }
        }
        try { new Headers([['only-one']]); } catch (e) { console.log(e.constructor.name); }
        try { Headers(); } catch (e) { console.log(e.constructor.name); }
        try { Headers.prototype.get.call({}, 'a'); } catch (e) { console.log(e.message); }
        const it = h.entries();
        console.log(Object.prototype.toString.call(it), it.next().value.join('='));
        h.delete('b');
        console.log([...h].length, Object.prototype.toString.call(h), Headers.length, Headers.prototype.append.length);
        const noCors = new Request('http://x/', { mode: 'no-cors', headers: { accept: 'a/b', 'x-custom': '1' } });
        console.log([...noCors.headers].join(';'));
        console.log(h);
        """);
    assertThat(r.stdout()).isEqualTo("""
        a,b,set-cookie,set-cookie 1, 3 true x=1|y=2
        y,2;z,1
        TypeError Failed to execute 'append' on 'Headers': Invalid name
        TypeError Failed to execute 'append' on 'Headers': Invalid value
        TypeError Failed to execute 'append' on 'Headers': Invalid name
        TypeError Failed to construct 'Headers': Value is not a valid ByteString.
        TypeError
        TypeError
        Illegal invocation
        [object Headers Iterator] a=1, 3
        3 [object Headers] 0 2
        accept,a/b
        Headers { a: '1, 3', 'set-cookie': 'x=1, y=2' }
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void requestAndResponseFollowTheStandard() {
    JsRun.Result r = JsRun.js("""
        (async () => {
          const req = new Request('http://example.com/a?b#c', { method: 'patch', body: 'x', headers: { 'X-A': '1' } });
          console.log(req.method, req.url, req.headers.get('content-type'), req.mode, req.credentials, req.cache, req.redirect, req.duplex);
          const copy = req.clone();
          console.log(await req.text(), await copy.text(), req.bodyUsed, copy.bodyUsed);
          try { req.clone(); } catch (e) { console.log(e.constructor.name); }
          for (const [input, init] of [['http://a/', { method: 'GET', body: 'x' }], ['http://a/', { method: 'TRACE' }],
            ['http://a/', { method: 'bad method' }], ['http://u:p@a/', {}], ['http://a/', { mode: 'navigate' }],
            ['http://a/', { cache: 'only-if-cached' }], ['http://a/', { redirect: 'nope' }], ['http://a/', { signal: {} }]]) {
            try { new Request(input, init); console.log('accepted'); } catch (e) { console.log(e.constructor.name, e.message); }
          }
          const res = new Response(new Uint8Array([104, 105]), { status: 299, statusText: 'Fine', headers: { 'content-type': 'text/x' } });
          console.log(res.status, res.statusText, res.ok, res.type, res.url, res.redirected, await res.text());
          for (const init of [{ status: 99 }, { status: 600 }, { statusText: 'bad\\n' }]) {
            try { new Response('', init); } catch (e) { console.log(e.constructor.name, e.message); }
          }
          try { new Response('body', { status: 204 }); } catch (e) { console.log(e.constructor.name, e.message); }
          const json = Response.json({ a: [1] }, { status: 201 });
          console.log(json.status, json.headers.get('content-type'), await json.json());
          try { Response.json(undefined); } catch (e) { console.log(e.constructor.name); }
          const err = Response.error();
          console.log(err.type, err.status, err.body, err.ok);
          try { err.headers.set('a', 'b'); } catch (e) { console.log(e.message); }
          const redirect = Response.redirect('http://example.com/next', 307);
          console.log(redirect.status, redirect.headers.get('location'));
          try { Response.redirect('http://example.com/', 200); } catch (e) { console.log(e.constructor.name); }
          const streamed = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } }));
          const [a, b] = [streamed, streamed.clone()];
          console.log((await a.bytes()).length, new Uint8Array(await b.arrayBuffer()).join());
          const blobRes = new Response(new Blob(['<p>'], { type: 'text/html' }));
          const blob = await blobRes.blob();
          console.log(blob.type, blob.size, blobRes.bodyUsed);
          const locked = new Response('x');
          locked.body.getReader();
          await locked.text().catch((e) => console.log(e.constructor.name, e.message));
          console.log(Object.keys(Object.getOwnPropertyDescriptors(Response.prototype)).includes('json'),
            typeof Object.getOwnPropertyDescriptor(Response.prototype, 'status').get, Response.prototype[Symbol.toStringTag]);
        })();
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        patch http://example.com/a?b#c text/plain;charset=UTF-8 cors same-origin default follow half
        x x true true
        TypeError
        TypeError Failed to construct 'Request': Request with GET/HEAD method cannot have body.
        TypeError Failed to construct 'Request': 'TRACE' HTTP method is unsupported.
        TypeError Failed to construct 'Request': 'bad method' is not a valid HTTP method.
        TypeError Failed to construct 'Request': Request cannot be constructed from a URL that includes credentials: http://u:p@a/
        TypeError Failed to construct 'Request': Cannot construct a Request with a RequestInit whose mode member is set as 'navigate'.
        TypeError Failed to construct 'Request': 'only-if-cached' can be set only with 'same-origin' mode
        TypeError Failed to construct 'Request': Failed to read the 'redirect' property from 'RequestInit': The provided value 'nope' is not a valid enum value of type RequestRedirect.
        TypeError Failed to construct 'Request': Failed to read the 'signal' property from 'RequestInit': Failed to convert value to 'AbortSignal'.
        299 Fine true default  false hi
        RangeError Failed to construct 'Response': The status provided (99) is outside the range [200, 599].
        RangeError Failed to construct 'Response': The status provided (600) is outside the range [200, 599].
        TypeError Failed to construct 'Response': Invalid statusText
        TypeError Failed to construct 'Response': Response with null body status cannot have body
        201 application/json { a: [ 1 ] }
        TypeError
        error 0 null false
        Failed to execute 'set' on 'Headers': Headers are immutable
        307 http://example.com/next
        RangeError
        3 1,2,3
        text/html 3 true
        TypeError Body is unusable: Body has already been read
        true function Response
        """);
  }

  @Test
  void formDataEncodesAndParsesMultipart() {
    JsRun.Result r = JsRun.js("""
        (async () => {
          const fd = new FormData();
          fd.append('name', 'line1\\nline2');
          fd.append('we"ird\\nname', 'v');
          fd.append('file', new Blob(['file bytes'], { type: 'text/plain' }), 'notes.txt');
          fd.set('extra', new File(['F'], 'f.bin'));
          console.log(fd.has('name'), fd.get('file').name, fd.get('file').size, fd.getAll('name').length, [...fd.keys()].join('|'));
          const res = new Response(fd);
          const type = res.headers.get('content-type');
          console.log(type.startsWith('multipart/form-data; boundary='));
          const text = await res.clone().text();
          console.log(text.includes('line1\\r\\nline2'), text.includes('name="we%22ird%0Aname"'),
            text.includes('filename="notes.txt"\\r\\nContent-Type: text/plain'), text.includes('Content-Type: application/octet-stream'));
          const back = await res.formData();
          console.log([...back].map(([k, v]) => k + '=' + (typeof v === 'string' ? JSON.stringify(v) : v.name + '/' + v.type + '/' + v.size)).join(' '));
          const file = back.get('file');
          console.log(await file.text());
          const form = await new Response('a=1&b=x+y%21', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
          console.log([...form].join(';'));
          // urlencoded bodies are decoded without dropping a BOM: it stays part of the first name
          const bom = await new Response('\\ufefftest=\\ufeff', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
          console.log(JSON.stringify([...bom]));
          await new Response('x', { headers: { 'content-type': 'text/plain' } }).formData().catch((e) => console.log(e.constructor.name));
          await new Response('garbage', { headers: { 'content-type': 'multipart/form-data; boundary=zz' } }).formData()
            .catch((e) => console.log(e.constructor.name, e.message));
          try { fd.append('x', 'y', 'name.txt'); } catch (e) { console.log(e.constructor.name); }
          try { new FormData({}); } catch (e) { console.log(e.constructor.name); }
          console.log(Object.prototype.toString.call(fd.entries()), FormData.prototype.append.length);
        })();
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        true notes.txt 10 1 name|we"ird
        name|file|extra
        true
        true true true true
        name="line1\\r\\nline2" we"ird
        name="v" file=notes.txt/text/plain/10 extra=f.bin/application/octet-stream/1
        file bytes
        a,1;b,x y!
        [["\ufefftest","\ufeff"]]
        TypeError
        TypeError Failed to parse body as FormData: the multipart/form-data body is malformed.
        TypeError
        TypeError
        [object FormData Iterator] 2
        """);
  }

  @Test
  void dataAndBlobUrlsAndOtherSchemes() {
    JsRun.Result r = JsRun.js(Permissions.none(), """
        (async () => {
          const show = async (url, init) => {
            try {
              const res = await fetch(url, init);
              console.log(res.status, res.statusText, res.headers.get('content-type'), JSON.stringify(await res.text()));
            } catch (e) { console.log(e.constructor.name, e.message, '|', e.cause?.message.replace(/blob:null\\/[0-9a-f-]{36}/, 'URL')); }
          };
          await show('data:,Hello%2C%20World%21');
          await show('data:text/html;charset=utf-8;base64,PGI+aGk8L2I+');
          await show('data:;charset=utf-8,x');
          await show('data:text/plain;base64,@@@');
          await show('data:text/plain,body', { method: 'HEAD' });
          const url = URL.createObjectURL(new Blob(['from a blob'], { type: 'text/x-blob' }));
          console.log(url.startsWith('blob:null/'));
          await show(url);
          await show(url, { method: 'POST', body: 'x' });
          URL.revokeObjectURL(url);
          await show(url);
          await show('file:///etc/passwd');
          await show('about:blank');
          try { URL.createObjectURL('not a blob'); } catch (e) { console.log(e.constructor.name); }
        })();
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        200 OK text/plain;charset=US-ASCII "Hello, World!"
        200 OK text/html;charset=utf-8 "<b>hi</b>"
        200 OK text/plain;charset=utf-8 "x"
        TypeError fetch failed | the data: URL has invalid base64
        200 OK text/plain ""
        true
        200 OK text/x-blob "from a blob"
        TypeError fetch failed | blob: URLs only support GET
        TypeError fetch failed | no Blob is registered for URL
        TypeError fetch failed | the URL scheme "file" is not supported
        TypeError fetch failed | the URL scheme "about" is not supported
        TypeError
        """);
  }

  @Test
  void aFetchSettledWithoutTheNetworkStillYieldsToAnAbortInTheSameTurn() {
    JsRun.Result r = JsRun.js(Permissions.none(), """
        (async () => {
          // Refused before any connection (a scheme, a bad port, no permission) or served locally:
          // the outcome comes a moment later, so an abort right after fetch() wins, as in Node.
          for (const url of ['data:,x', 'ftp://example.com/', 'http://127.0.0.1:1/', 'http://127.0.0.1:8080/']) {
            const controller = new AbortController();
            const pending = fetch(url, { signal: controller.signal });
            controller.abort();
            try { await pending; console.log(url, 'resolved'); } catch (e) { console.log(url, e.name); }
          }
          const order = [];
          fetch('data:,x').then(() => order.push('data'));
          fetch('ftp://example.com/').catch(() => order.push('ftp'));
          setImmediate(() => order.push('immediate'));
          Promise.resolve().then(() => order.push('microtask'));
          setTimeout(() => console.log(order.join(' ')), 20);
          try { new Request('no url'); } catch (e) { console.log(e.message, '|', e.cause.code, e.cause.input); }
        })();
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        data:,x AbortError
        ftp://example.com/ AbortError
        http://127.0.0.1:1/ AbortError
        http://127.0.0.1:8080/ AbortError
        Failed to construct 'Request': Failed to parse URL from no url | ERR_INVALID_URL no url
        microtask data ftp immediate
        """);
  }

  @Test
  void patchedIntrinsicsNeitherBreakNorSeeTheRuntime() {
    JsRun.Result r = JsRun.js("""
        Array.prototype.push = function () { throw new Error('push patched'); };
        const then = Promise.prototype.then;
        Promise.prototype.then = function (a, b) { return then.call(this, a, b); };
        String.prototype.toLowerCase = () => { throw new Error('toLowerCase patched'); };
        globalThis.URL = function () { throw new Error('URL patched'); };
        Uint8Array.prototype.subarray = () => { throw new Error('subarray patched'); };
        const h = new Headers({ A: 'b' });
        h.append('C', 'd');
        const fd = new FormData();
        fd.append('x', 'y');
        const res = new Response(fd);
        const done = (label) => (value) => console.log(label, value);
        res.formData().then((f) => f.get('x')).then(done('formData'), done('failed'))
          .then(() => fetch('data:text/plain,abc')).then((r) => r.text()).then(done('data'), done('failed'))
          .then(() => new Response('{"a":1}').json()).then((v) => v.a).then(done('json'), done('failed'));
        console.log([...h].join(';'));
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        a,b;c,d
        formData y
        data abc
        json 1
        """);
  }
}
