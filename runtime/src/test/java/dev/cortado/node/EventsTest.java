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
}
