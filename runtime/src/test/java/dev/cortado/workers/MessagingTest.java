package dev.cortado.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * MessageChannel, MessagePort, MessageEvent and BroadcastChannel within one loop: Web IDL shape,
 * argument errors, DataCloneError in the sender, Node's additions (on/once, close events,
 * receiveMessageOnPort, unref).
 */
class MessagingTest {

  @Test
  void interfacesCheckTheirArgumentsAndThrowDataCloneErrorInTheSender() {
    JsRun.Result r = JsRun.js("""
        const { port1, port2 } = new MessageChannel();
        console.log(typeof MessagePort, MessagePort.length, MessageChannel.length, MessageEvent.length, BroadcastChannel.length);
        const d = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
        console.log(typeof d.get, typeof d.set, d.enumerable, Object.getOwnPropertyDescriptor(MessagePort.prototype, 'postMessage').enumerable);
        console.log(Object.keys(MessagePort.prototype).join(), MessagePort.prototype[Symbol.toStringTag]);
        try { MessagePort.prototype.postMessage.call({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
        try { port1.postMessage(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { MessageChannel(); } catch (e) { console.log(e.constructor.name); }
        try { new MessagePort(); } catch (e) { console.log(e.constructor.name, e.message); }
        try { port1.postMessage(1, [port1]); } catch (e) { console.log(e.name, e.message); }
        try { port1.postMessage(port2); } catch (e) { console.log(e.name, e.message); }
        try { port1.postMessage(1, [port2, port2]); } catch (e) { console.log(e.name, e.message); }
        const b = new ArrayBuffer(2);
        try { port1.postMessage(1, { transfer: [b, b] }); } catch (e) { console.log(e.name, e.message); }
        try { port1.postMessage(1, { transfer: 5 }); } catch (e) { console.log(e.constructor.name, e.message); }
        try { port1.postMessage(() => 1); } catch (e) { console.log(e.name, e.message); }
        console.log(b.byteLength);
        const ev = new MessageEvent('message', { data: { x: 1 }, ports: [port1] });
        console.log(ev.ports.length, ev.ports[0] === port1, Object.isFrozen(ev.ports), ev.source, ev.data.x);
        try { new MessageEvent('message', { ports: [1] }); } catch (e) { console.log(e.constructor.name); }
        try { new MessageEvent(); } catch (e) { console.log(e.message); }
        try { Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data').get.call({}); } catch (e) { console.log(e.message); }
        const closed = new MessageChannel();
        closed.port1.close();
        try { closed.port1.postMessage(Symbol('s')); } catch (e) { console.log('closed port still serializes:', e.name); }
        closed.port1.postMessage('dropped');
        try { structuredClone(port1); } catch (e) { console.log(e.name, e.message); }
        port1.close();
        """);
    assertThat(r.stdout()).isEqualTo("""
        function 0 0 1 1
        function function true true
        postMessage,start,close,onmessage,onmessageerror MessagePort
        TypeError Illegal invocation
        TypeError Failed to execute 'postMessage' on 'MessagePort': 1 argument required, but only 0 present.
        TypeError
        TypeError Illegal constructor
        DataCloneError Failed to execute 'postMessage' on 'MessagePort': Port at index 0 contains the source port.
        DataCloneError #<MessagePort> could not be cloned.
        DataCloneError MessagePort at index 1 is a duplicate of an earlier MessagePort in the transfer list.
        DataCloneError ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer in the transfer list.
        TypeError Failed to execute 'postMessage' on 'MessagePort': 'transfer' of 'StructuredSerializeOptions' (Argument 2) can not be converted to a sequence.
        DataCloneError () => 1 could not be cloned.
        2
        1 true true null 1
        TypeError
        Failed to construct 'MessageEvent': 1 argument required, but only 0 present.
        Illegal invocation
        closed port still serializes: DataCloneError
        DataCloneError #<MessagePort> could not be cloned.
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void portsDeliverInOrderStartWhenListenedToAndKeepTheLoopAliveUntilClosed() {
    JsRun.Result r = JsRun.js("""
        const { port1, port2 } = new MessageChannel();
        const log = [];
        port2.addEventListener('message', (e) => {
          log.push(e.data);
          Promise.resolve().then(() => log.push(`micro ${e.data}`));
          if (e.data === 3) setTimeout(() => { console.log(log.join(', ')); port2.close(); }, 0);
        });
        port1.postMessage(1);
        const startLater = () => setTimeout(() => {
          console.log('not started yet:', log.length);
          port1.postMessage(2); port1.postMessage(3);
          port2.start();
        }, 20);
        // Node's additions: on/once get the data, 'close' fires, receiveMessageOnPort takes one.
        const { receiveMessageOnPort } = require('node:worker_threads');
        const c = new MessageChannel();
        c.port1.postMessage({ a: 1 }); c.port1.postMessage('two');
        console.log(receiveMessageOnPort(c.port2), receiveMessageOnPort(c.port2), receiveMessageOnPort(c.port2));
        try { receiveMessageOnPort({}); } catch (e) { console.log(e.code); }
        const n = new MessageChannel();
        n.port2.on('message', (m) => { console.log('on message', m); n.port2.close(); });
        n.port2.once('close', () => { console.log('port2 close'); startLater(); });
        n.port1.postMessage([1, 2]);
        // An unref'd port does not keep the process alive.
        const u = new MessageChannel();
        u.port1.onmessage = () => console.log('never');
        u.port1.unref();
        console.log('hasRef', u.port1.hasRef());
        """);
    assertThat(r.stdout()).isEqualTo("""
        { message: { a: 1 } } { message: 'two' } undefined
        ERR_INVALID_ARG_TYPE
        hasRef false
        on message [ 1, 2 ]
        port2 close
        not started yet: 0
        1, micro 1, 2, micro 2, 3, micro 3
        """);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void broadcastChannelsOfOneNameHearEachOtherButNotThemselves() {
    JsRun.Result r = JsRun.js("""
        const a = new BroadcastChannel('room');
        const b = new BroadcastChannel('room');
        const other = new BroadcastChannel('other');
        other.onmessage = () => console.log('wrong room');
        a.onmessage = () => console.log('a heard itself');
        b.onmessage = (e) => {
          console.log('b got', e.data, e.constructor.name, e.target === b);
          for (const c of [a, b, other]) c.close();
          try { a.postMessage(1); } catch (err) { console.log(err.name); }
        };
        a.postMessage({ hi: [1, 2] });
        try { a.postMessage(() => 1); } catch (err) { console.log(err.name); }
        try { new BroadcastChannel(); } catch (err) { console.log(err.message); }
        console.log(a.name, Object.prototype.toString.call(a));
        """);
    assertThat(r.stdout()).isEqualTo("""
        DataCloneError
        Failed to construct 'BroadcastChannel': 1 argument required, but only 0 present.
        room [object BroadcastChannel]
        b got { hi: [ 1, 2 ] } MessageEvent true
        InvalidStateError
        """);
    assertThat(r.exitCode()).isZero();
  }
}
