// A missing script, a syntax error, a throw at start-up and a throw later: an ErrorEvent at the
// Worker each time; preventDefault() keeps it from the main thread, which goes on.
for (const file of ['./fixtures/missing.js', './fixtures/syntax_error.js', './fixtures/throw_at_startup.js', './fixtures/throw_later.js']) {
  await new Promise((resolve) => {
    const worker = new Worker(new URL(file, import.meta.url), { type: 'module' });
    worker.onmessage = (e) => console.log(file, 'message:', e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      console.log(file, e.constructor.name, e.type, e.cancelable, typeof e.message, typeof e.filename, typeof e.lineno);
      if (file.includes('later')) console.log('  ', e.message, e.filename.endsWith(file.slice(1)), e.lineno, e.colno);
      worker.terminate();
      resolve();
    };
  });
}
console.log('main thread still running');
