package dev.cortado.node;

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
}
