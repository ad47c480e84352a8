package dev.cortado.node;

import org.junit.jupiter.api.Test;

/**
 * {@code node:readline} and {@code node:readline/promises} on streams, compared with what Node 20
 * prints for the same script: line splitting across chunks, async iteration, question() with a
 * callback and as a promise (aborted too), prompt(), write(), close(), the cursor helpers.
 * Reading the process's own stdin is in the command-line tests (CommandLineIT).
 */
class ReadlineTest {
  @Test
  void interfacesReadLinesAndAskQuestionsAsInNode() {
    NodeTable.assertMatchesNode("readline-interface.js", "readline-interface.node.txt");
  }
}
