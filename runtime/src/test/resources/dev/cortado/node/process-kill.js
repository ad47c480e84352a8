const { spawn } = require('child_process');
try { process.kill(99999999); } catch (e) { console.log(e.name, e.code, e.errno, e.syscall, e.message); }
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.kill('x'); } catch (e) { console.log(e.name, e.code, e.message); }
const child = spawn('sleep', ['5']);
child.on('exit', (code, signal) => console.log('child exit', code, signal));
setTimeout(() => {
  console.log('alive', process.kill(child.pid, 0));
  console.log('sent', process.kill(child.pid, 'SIGTERM'));
}, 50);
