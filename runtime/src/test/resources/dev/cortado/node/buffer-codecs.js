// Buffer's string codecs on the edges of their fast paths (short and long inputs, offsets inside a
// larger ArrayBuffer, partial writes), compared with Node 20's output (buffer-codecs.node.txt).
const show = (label, value) => console.log(label, value);
const digest = (buf) => `${buf.length}:${buf.reduce((h, b, i) => (h * 31 + b + i) >>> 0, 7)}`;

// base64: short inputs (the lenient loop)
for (const text of ['aGVsbG8=', 'aGVsbG8', 'aGVs bG8=', 'aGVs\nbG8=', 'a-_b', 'a+/b', 'aGVsbG8=aGVsbG8=',
  'aGVsbG8==', 'aGVsbA', 'aGVsb', 'a', '====', '*aGV*sbG8*', '\u0141GVsbG8=', 'aGVs\u00e9bG8', 'QQ=QUFB']) {
  show(`b64 ${JSON.stringify(text)}`, [Buffer.from(text, 'base64').toString('hex'), Buffer.from(text, 'base64url').toString('hex')]);
}
// base64: long inputs (the JDK decoder first, then the lenient loop when it refuses)
const bytes = Buffer.alloc(3000);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 17) & 255;
const b64 = bytes.toString('base64');
const url = bytes.toString('base64url');
show('long b64', [b64.length, url.length, digest(Buffer.from(b64, 'base64')), digest(Buffer.from(url, 'base64url'))]);
show('long url as base64', digest(Buffer.from(url, 'base64')));
show('long b64 as base64url', digest(Buffer.from(b64, 'base64url')));
show('long with newlines', digest(Buffer.from(b64.replace(/(.{76})/g, '$1\n'), 'base64')));
show('long with spaces and junk', digest(Buffer.from(b64.replace(/A/g, ' A*'), 'base64')));
show('long with = inside', digest(Buffer.from(`${b64.slice(0, 2000)}==${b64.slice(2000)}`, 'base64')));
show('long with = after padding', digest(Buffer.from(`${b64.slice(0, 1998)}QQ==QUFB${b64}`, 'base64')));
show('long lone sextet', digest(Buffer.from(`${b64.slice(0, 2000)}Q`, 'base64')));
show('long non-latin1', digest(Buffer.from(`${b64.slice(0, 1000)}\u0141\u20ac${b64.slice(1000)}`, 'base64')));
// base64 writes into a larger buffer: at an offset, and cut short by the buffer's end
const target = Buffer.alloc(4100, 0xee);
show('write b64 at 50', [target.write(b64, 50, 'base64'), digest(target)]);
show('write b64 cut', [target.write(b64, 3000, 'base64'), digest(target)]);
show('write b64 max', [target.write(b64, 10, 7, 'base64'), target.subarray(8, 20).toString('hex')]);
show('write short b64 cut', [target.write('aGVsbG8gd29ybGQ=', 4095, 'base64'), target.subarray(4090).toString('hex')]);
const view = new Uint8Array(new ArrayBuffer(3100), 40, 3010);
show('write b64 into a view', [Buffer.from(view.buffer, 40, 3010).write(b64, 'base64'), digest(Buffer.from(view.buffer))]);

// hex
for (const text of ['', '0', '01', '012', 'abcdef', 'ABCDEF', 'aBcD', '0g12', 'zz', '12 34', '123\u0161',
  '\u0161\u0161', '12\u01000a', 'ff00ff0', '0x12']) {
  show(`hex ${JSON.stringify(text)}`, Buffer.from(text, 'hex').toString('hex'));
}
const hex = bytes.toString('hex');
show('long hex', [hex.length, digest(Buffer.from(hex, 'hex')), digest(Buffer.from(hex.toUpperCase(), 'hex'))]);
show('long hex odd', digest(Buffer.from(`${hex}a`, 'hex')));
show('long hex bad at 4001', digest(Buffer.from(`${hex.slice(0, 4001)}x${hex.slice(4002)}`, 'hex')));
show('write hex', [target.write(hex, 100, 'hex'), target.write('abzz', 0, 'hex'), target.subarray(0, 4).toString('hex'), digest(target)]);

// decoding ranges of a larger buffer
const big = Buffer.alloc(300);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + 200) & 255;
const part = big.subarray(33, 250);
for (const enc of ['latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  show(`slice ${enc}`, [part.toString(enc).length, part.toString(enc).slice(0, 24), part.toString(enc, 5, 105).slice(-12)]);
}
const u16 = Buffer.from([0x41, 0, 0x00, 0xd8, 0x42, 0, 0x00, 0xdc, 0x3d, 0xd8, 0x00, 0xde, 0x43]);
const decoded = u16.toString('utf16le');
show('utf16le', [decoded.length, [...decoded].map((c) => c.codePointAt(0).toString(16)).join(' '), u16.toString('utf16le', 1, 8).length]);
show('latin1 long', [Buffer.from(bytes.subarray(1, 2000)).toString('latin1').length, bytes.toString('latin1', 100, 104).split('').map((c) => c.charCodeAt(0))]);
show('ascii long', bytes.toString('ascii', 0, 300).split('').reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));

// inputs of several 32 Ki-character windows, with the trouble in a later window
const huge = Buffer.alloc(100000);
for (let i = 0; i < huge.length; i++) huge[i] = (i * 89 + 3) & 255;
const hugeB64 = huge.toString('base64');
const hugeHex = huge.toString('hex');
show('huge b64', [hugeB64.length, digest(Buffer.from(hugeB64, 'base64')), digest(Buffer.from(huge.toString('base64url'), 'base64'))]);
show('huge b64 space in 3rd window', digest(Buffer.from(`${hugeB64.slice(0, 70001)} ${hugeB64.slice(70001)}`, 'base64')));
show('huge b64 = at a window end', digest(Buffer.from(`${hugeB64.slice(0, 32766)}==${hugeB64.slice(32768)}`, 'base64')));
show('huge b64 = inside 2nd window', digest(Buffer.from(`${hugeB64.slice(0, 40000)}Q===${hugeB64.slice(40000)}`, 'base64')));
show('huge b64 lone sextet', digest(Buffer.from(`${hugeB64.slice(0, 65536)}Q`, 'base64')));
show('huge b64 no padding', digest(Buffer.from(hugeB64.slice(0, 98306), 'base64')));
const cut = Buffer.alloc(50000, 1);
show('huge b64 cut', [cut.write(hugeB64, 7, 'base64'), digest(cut)]);
show('huge b64 cut lenient', [cut.write(`${hugeB64.slice(0, 100)}\n${hugeB64.slice(100)}`, 9, 'base64'), digest(cut)]);
show('huge hex', [digest(Buffer.from(hugeHex, 'hex')), digest(Buffer.from(hugeHex.slice(0, 150001), 'hex'))]);
show('huge hex bad in 4th window', digest(Buffer.from(`${hugeHex.slice(0, 110000)}g${hugeHex.slice(110001)}`, 'hex')));
show('huge hex non-latin1', digest(Buffer.from(`${hugeHex.slice(0, 99998)}\u0161\u0162${hugeHex.slice(100000)}`, 'hex')));
show('huge hex cut', [cut.write(hugeHex, 11, 'hex'), digest(cut)]);

// the 8-character steps of the decoders: trouble at every position of a step, outputs that end
// at every distance from the end of the writable range, and encodings of every short length
const steps = Buffer.alloc(600);
for (let i = 0; i < steps.length; i++) steps[i] = (i * 151 + 29) & 255;
const stepsB64 = steps.toString('base64');
const stepsHex = steps.toString('hex');
const perOffset = [];
for (let k = 0; k < 24; k++) {
  const at = 400 + k;
  perOffset.push([
    digest(Buffer.from(`${stepsB64.slice(0, at)}\n${stepsB64.slice(at)}`, 'base64')),
    digest(Buffer.from(`${stepsB64.slice(0, at)}*-_${stepsB64.slice(at)}`, 'base64')),
    digest(Buffer.from(`${stepsB64.slice(0, at)}=${stepsB64.slice(at)}`, 'base64')),
    digest(Buffer.from(`${stepsB64.slice(0, at)}\u0100${stepsB64.slice(at)}`, 'base64')),
    digest(Buffer.from(`${stepsHex.slice(0, at)}g${stepsHex.slice(at + 1)}`, 'hex')),
    digest(Buffer.from(`${stepsHex.slice(0, at)}${stepsHex.slice(at).toUpperCase()}`, 'hex')),
  ].join(' '));
}
show('steps', perOffset);
const fenced = [];
for (let room = 0; room < 20; room++) {
  const into = Buffer.alloc(40, 0xab);
  const b = into.write(stepsB64, 3, room, 'base64');
  const h = into.write(stepsHex, 23, Math.min(room, 17), 'hex');
  fenced.push(`${room}:${b},${h}:${into.toString('hex')}`);
}
show('fenced', fenced);
const lengths = [];
for (let n = 0; n <= 20; n++) {
  const part = steps.subarray(n, 2 * n + 1 - (n & 1));
  lengths.push(`${part.toString('base64')}|${part.toString('base64url')}|${part.toString('hex')}`);
}
show('lengths', lengths);
show('mime lines', digest(Buffer.from(stepsB64.replace(/(.{76})/g, '$1\r\n'), 'base64')));
show('url alphabet long', digest(Buffer.from(steps.toString('base64url'), 'base64')));
show('byte reads high', [digest(Buffer.from(stepsB64.replace(/A/g, '\u0141'), 'base64')), digest(Buffer.from(stepsHex.replace(/a/g, '\u0161'), 'hex'))]);
