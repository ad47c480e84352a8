package dev.cortado.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortado.testing.JsRun;
import org.junit.jupiter.api.Test;

/**
 * node:events' module functions and EventEmitter options compared with Node 20: once / on (with
 * EventTarget and AbortSignal), errorMonitor, captureRejections and its symbol,
 * getEventListeners, setMaxListeners.
 */
class EventsTest {
  @Test
  void moduleFunctionsAndOptionsAsInNode() {
    NodeTable.assertMatchesNode("events-api.js", "events-api.node.txt");
  }

  /**
   * removeAllListeners emits 'removeListener' for each listener, the last added first, as Node
   * does (process signal handlers rely on it to restore a signal's default).
   */
  @Test
  void removeAllListenersEmitsRemoveListener() {
    JsRun.Result r = JsRun.js("""
        const EventEmitter = require('events');
        const e = new EventEmitter();
        const seen = [];
        e.on('removeListener', (type, fn) => seen.push(`${String(type)}:${fn.name}`));
        e.on('a', function a1() {}); e.on('a', function a2() {}); e.once('b', function b1() {}); e.on('c', function c1() {});
        e.removeAllListeners('a');
        console.log(seen.join(' '), e.listenerCount('a'));
        e.removeAllListeners();
        console.log(seen.join(' '), e.eventNames());
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("a:a2 a:a1 0\na:a2 a:a1 b:b1 c:c1 []\n");
  }

  /**
   * `_events` holds one listener as itself and more as an array, as in Node (some packages read
   * it); removing down to one listener stores it alone again. Output as Node 20 prints it.
   */
  @Test
  void eventsStoreOneListenerAsItselfAsNodeDoes() {
    JsRun.Result r = JsRun.js("""
        const { EventEmitter } = require('events');
        const e = new EventEmitter();
        const f = () => console.log('f'); const g = () => console.log('g');
        e.on('x', f); console.log(typeof e._events.x, e.listenerCount('x'), e.rawListeners('x').length);
        e.on('x', g); console.log(Array.isArray(e._events.x), e.listenerCount('x'));
        e.prependListener('x', () => console.log('first')); e.emit('x');
        e.removeListener('x', f); e.removeListener('x', e.rawListeners('x')[0]);
        console.log(typeof e._events.x, e.listeners('x').map((h) => h === g));
        e.once('y', (a, b) => console.log('once', a, b)); console.log(typeof e._events.y); e.emit('y', 1, 2); e.emit('y', 3);
        console.log(e.eventNames());
        e.on('removeListener', (t) => console.log('removed', t)); e.removeAllListeners('x'); console.log(e.eventNames());
        e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
        e.on('error', () => console.log('handled')); e.emit('error', new Error('E'));
        let n = 0; const h = () => { n++; e.off('z', h); }; e.on('z', h); e.on('z', () => n++); e.emit('z'); e.emit('z'); console.log(n);
        """);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("""
        function 1 1
        true 2
        first
        f
        g
        function [ true ]
        function
        once 1 2
        [ 'x' ]
        removed x
        [ 'removeListener' ]
        monitor E
        handled
        removed z
        3
        """);
  }
}
