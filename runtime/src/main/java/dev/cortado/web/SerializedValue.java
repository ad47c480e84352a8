package dev.cortado.web;

import java.util.Arrays;

/**
 * A value serialized by HTML's StructuredSerializeWithTransfer, as plain Java data that no
 * Context owns, so it can cross to another thread (a worker) and be deserialized in any Context.
 * Immutable once built; safe to hand between threads.
 *
 * <h2>Format</h2>
 * {@code items} is the record stream the runtime's {@code 65_structured_clone.js} writes: each
 * value is either a {@link String} (a string primitive, or an object key) or a numeric tag
 * ({@link Integer}) followed by that tag's payload ({@code Integer}/{@link Double} numbers,
 * strings, {@code byte[]} buffer contents, {@link BlobData}, {@link SharedMemory}). Objects are numbered in the order
 * they are written, so shared references and cycles are "reference #n" records.
 * {@code transferred} holds the contents of the transferred ArrayBuffers ({@code byte[]}) or the
 * transferred MessagePorts' ends ({@code dev.cortado.workers.PortEndpoint}), and
 * {@code transferredMaxLengths} their maxByteLength (-1 for fixed-length ones), in transfer-list
 * order; they are objects #0..#k-1 of the stream.
 *
 * <h2>Why a record stream written in JavaScript (measured: GraalJS 25, JIT warm, loop-thread CPU time)</h2>
 * A call from JavaScript into a Java method costs about 16 ns without arguments and about 52 ns
 * with an object argument (wrapped in a {@code Value} per call); every string that crosses is
 * also converted between the engine's string representation and {@link String}. Building the
 * serialized form with one Java call per value (about 24k values for the 10k-node graph of
 * {@code bench/web-structured-clone.js}) would cost more than Node's whole clone (about 1.1 ms
 * CPU) before anything is deserialized. So the serializer writes a compact JavaScript array
 * (about 2.4 entries per node, no Java crossing per value) that the deserializer reads back in the
 * same Context: {@code structuredClone} leaves JavaScript only for one {@code CloneOps.kind} call
 * per object, because GraalJS cannot tell a proxy or an object's internal slots apart from
 * JavaScript without side effects. Only a message that crosses to another thread is converted,
 * once, to this class ({@link CloneOps#toJava}, which reads the engine's array directly) and back
 * ({@link CloneOps#recordsArray}, one JavaScript array made in Java, when every record is a string
 * or a number; else {@link CloneOps#records}). For a small object ({@code {id, kind, values: [1,
 * 2, 3]}}) that made post + receive cost 3.4 us of loop-thread CPU, against 8.5 us when the
 * records crossed as a JSON string (stringify, then parse, both Java code outside the JIT).
 *
 * <p>The other measured cost: on GraalJS one property-write site that sees many different keys
 * (a generic {@code o[key] = v}) costs about 150 ns per property (Node: about 9 ns). Objects are
 * therefore written keys-first, and the deserializer rebuilds objects whose key list it has seen
 * a few times with a compiled filler ({@code o.k1 = read(); o.k2 = read(); ...}) whose writes each
 * see one key. With that, the benchmark's clone costs about 2.2 ms CPU against Node's 1.1 ms
 * (serialization about 1.9 ms, deserialization about 0.35 ms).
 */
public record SerializedValue(Object[] items, Object[] transferred, int[] transferredMaxLengths) {

  /**
   * A copy whose byte arrays are its own: a receiver takes a message's byte arrays over without
   * copying them, so a value delivered to several receivers (BroadcastChannel) is copied for all
   * but one.
   */
  public SerializedValue copy() {
    Object[] itemsCopy = items.clone();
    for (int i = 0; i < itemsCopy.length; i++) {
      if (itemsCopy[i] instanceof byte[] bytes) {
        itemsCopy[i] = bytes.clone();
      }
    }
    Object[] transferredCopy = transferred.clone();
    for (int i = 0; i < transferredCopy.length; i++) {
      if (transferredCopy[i] instanceof byte[] bytes) {
        transferredCopy[i] = bytes.clone();
      }
    }
    return new SerializedValue(itemsCopy, transferredCopy, transferredMaxLengths);
  }

  /** The number of records (for diagnostics and tests). */
  public int size() {
    return items.length;
  }

  @Override
  public String toString() {
    return "SerializedValue" + Arrays.toString(items);
  }
}
