package dev.cortado.web;

import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject;
import com.oracle.truffle.js.runtime.builtins.JSArrayObject;
import com.oracle.truffle.js.runtime.builtins.JSBigIntObject;
import com.oracle.truffle.js.runtime.builtins.JSBooleanObject;
import com.oracle.truffle.js.runtime.builtins.JSDataViewObject;
import com.oracle.truffle.js.runtime.builtins.JSDateObject;
import com.oracle.truffle.js.runtime.builtins.JSErrorObject;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.builtins.JSMapObject;
import com.oracle.truffle.js.runtime.builtins.JSNumberObject;
import com.oracle.truffle.js.runtime.builtins.JSProxyObject;
import com.oracle.truffle.js.runtime.builtins.JSRegExpObject;
import com.oracle.truffle.js.runtime.builtins.JSSetObject;
import com.oracle.truffle.js.runtime.builtins.JSStringObject;
import com.oracle.truffle.js.runtime.builtins.JSTypedArrayObject;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.builtins.JSObjectPrototypeObject;
import com.oracle.truffle.js.runtime.objects.JSOrdinaryObject;
import com.oracle.truffle.js.runtime.objects.JSProperty;
import dev.cortado.engine.EngineIntrospection;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java side of {@code structuredClone} ({@code host.clone}): what JavaScript cannot see
 * without side effects (an object's internal slots, whether it is a proxy, whether the intrinsic
 * prototypes still have only plain data properties), and the conversion of a serialized record
 * stream to and from {@link SerializedValue} for messages that cross threads. Reaches into
 * GraalJS internals like {@link EngineIntrospection} (pinned to the version in the pom; the
 * runtime's tests guard it). Loop thread only (the thread that owns the values); the
 * {@link SerializedValue}s it makes may go to any thread.
 */
public final class CloneOps {
  // Object kinds, as 65_structured_clone.js numbers them.
  static final int ORDINARY = 0;
  static final int ARRAY = 1;
  static final int ARRAY_WITH_PROPERTIES = 2;
  static final int DATE = 3;
  static final int REGEXP = 4;
  static final int MAP = 5;
  static final int SET = 6;
  static final int BOOLEAN = 7;
  static final int NUMBER = 8;
  static final int STRING = 9;
  static final int BIGINT = 10;
  static final int ARRAY_BUFFER = 11;
  static final int SHARED_ARRAY_BUFFER = 12;
  static final int DATA_VIEW = 13;
  static final int DATA_VIEW_AUTO = 14;
  static final int ERROR = 15;
  static final int FUNCTION = 16;
  static final int PROXY = 17;
  static final int OTHER = 18;
  static final int ARRAY_SPARSE = 19;
  /** An ordinary object whose prototype is not Object.prototype or null (a class instance, a platform object). */
  static final int ORDINARY_WITH_PROTOTYPE = 20;
  /** {@code TYPED_ARRAY + i}: a typed array of {@link #TYPED_ARRAY_NAMES}[i]. */
  static final int TYPED_ARRAY = 32;
  /** {@code TYPED_ARRAY_AUTO + i}: the same, tracking the length of a resizable buffer. */
  static final int TYPED_ARRAY_AUTO = 64;

  /** The typed array constructors, in the order 65_structured_clone.js lists them. */
  static final List<String> TYPED_ARRAY_NAMES = List.of(
      "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
      "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array");

  private Shape cleanObjectPrototypeShape;
  private Shape cleanArrayPrototypeShape;

  /** The kind of a JavaScript object (see the constants), from its internal slots. */
  @HostAccess.Export
  public int kind(Value value) {
    Object o = EngineIntrospection.guestObject(value);
    if (o instanceof JSArrayObject array) {
      if (array.getArrayType() instanceof com.oracle.truffle.js.runtime.array.SparseArray) {
        return ARRAY_SPARSE;
      }
      // Arrays whose shape holds only `length` have no properties besides their elements.
      return array.getShape().getPropertyCount() <= 1 ? ARRAY : ARRAY_WITH_PROPERTIES;
    }
    if (o instanceof JSOrdinaryObject || o instanceof JSObjectPrototypeObject) {
      Object proto = ((JSDynamicObject) o).getPrototypeOf();
      return proto == null || proto == com.oracle.truffle.js.runtime.objects.Null.instance
          || proto instanceof JSObjectPrototypeObject ? ORDINARY : ORDINARY_WITH_PROTOTYPE;
    }
    if (o instanceof JSFunctionObject) {
      return FUNCTION;
    }
    if (o instanceof JSProxyObject proxy) {
      return proxy.getProxyTarget() instanceof JSFunctionObject ? FUNCTION : PROXY;
    }
    if (o instanceof JSDateObject) {
      return DATE;
    }
    if (o instanceof JSMapObject) {
      return MAP;
    }
    if (o instanceof JSSetObject) {
      return SET;
    }
    if (o instanceof JSTypedArrayObject typed) {
      int index = TYPED_ARRAY_NAMES.indexOf(typed.getArrayType().getName().toJavaStringUncached());
      if (index < 0) {
        return OTHER;
      }
      return (typed.hasAutoLength() ? TYPED_ARRAY_AUTO : TYPED_ARRAY) + index;
    }
    if (o instanceof JSArrayBufferObject buffer) {
      return buffer instanceof JSArrayBufferObject.Shared ? SHARED_ARRAY_BUFFER : ARRAY_BUFFER;
    }
    if (o instanceof JSDataViewObject view) {
      return view.hasAutoLength() ? DATA_VIEW_AUTO : DATA_VIEW;
    }
    if (o instanceof JSErrorObject) {
      return ERROR;
    }
    if (o instanceof JSRegExpObject) {
      return REGEXP;
    }
    if (o instanceof JSBooleanObject) {
      return BOOLEAN;
    }
    if (o instanceof JSNumberObject) {
      return NUMBER;
    }
    if (o instanceof JSStringObject) {
      return STRING;
    }
    if (o instanceof JSBigIntObject) {
      return BIGINT;
    }
    return OTHER;
  }

  /**
   * Whether plain assignment ({@code o[k] = v}) on a fresh object or array is the same as
   * CreateDataProperty: true when Object.prototype and Array.prototype hold only writable data
   * properties (besides the standard {@code __proto__} accessor), Array.prototype has no elements
   * and still inherits from Object.prototype. Shapes are immutable, so a clean shape stays clean.
   */
  @HostAccess.Export
  public boolean prototypesClean(Value objectPrototype, Value arrayPrototype) {
    Object op = EngineIntrospection.guestObject(objectPrototype);
    Object ap = EngineIntrospection.guestObject(arrayPrototype);
    if (!(op instanceof JSDynamicObject object) || !(ap instanceof JSArrayObject array)) {
      return false;
    }
    if (array.getPrototypeOf() != object || array.getArraySize() != 0) {
      return false;
    }
    Shape os = object.getShape();
    Shape as = array.getShape();
    if (os != cleanObjectPrototypeShape) {
      if (!onlyWritableData(os)) {
        return false;
      }
      cleanObjectPrototypeShape = os;
    }
    if (as != cleanArrayPrototypeShape) {
      if (!onlyWritableData(as)) {
        return false;
      }
      cleanArrayPrototypeShape = as;
    }
    return true;
  }

  private static boolean onlyWritableData(Shape shape) {
    for (Property p : shape.getPropertyList()) {
      if (p.isHidden() || !(p.getKey() instanceof com.oracle.truffle.api.strings.TruffleString key)) {
        continue; // symbol keys are never assigned by the deserializer
      }
      String name = key.toJavaStringUncached();
      if (name.equals("__proto__") || name.equals("length")) {
        continue; // the standard accessor of Object.prototype; Array.prototype's own length
      }
      if (JSProperty.isAccessor(p) || !JSProperty.isWritable(p)) {
        return false;
      }
    }
    return true;
  }

  /** Copies the first {@code length} bytes of ArrayBuffer {@code from} into ArrayBuffer {@code to}. */
  @HostAccess.Export
  public void copyBuffer(Value from, Value to, int length) {
    java.nio.ByteBuffer source = Buffers.backing(from);
    java.nio.ByteBuffer target = Buffers.backing(to);
    if (source != null && target != null) {
      target.put(0, source, 0, length);
    } else {
      byte[] bytes = new byte[length];
      Buffers.read(from, 0, bytes, 0, length);
      Buffers.write(to, 0, bytes, 0, length);
    }
  }

  /**
   * Whether a typed array or DataView is out of bounds (IsArrayBufferViewOutOfBounds /
   * IsViewOutOfBounds): its buffer is detached, or shrank below the view.
   */
  @HostAccess.Export
  public boolean viewOutOfBounds(Value view) {
    Object o = EngineIntrospection.guestObject(view);
    if (!(o instanceof com.oracle.truffle.js.runtime.builtins.JSArrayBufferViewBase base)) {
      return true;
    }
    JSArrayBufferObject buffer = base.getArrayBuffer();
    if (buffer.isDetached()) {
      return true;
    }
    long bufferLength = buffer.getByteLength();
    long start = base.getByteOffset();
    if (base.hasAutoLength()) {
      return start > bufferLength;
    }
    long byteLength = o instanceof JSTypedArrayObject typed
        ? (long) typed.getLengthFixed() * typed.getArrayType().bytesPerElement()
        : ((JSDataViewObject) o).getByteLengthFixed();
    return start + byteLength > bufferLength;
  }

  /** The memory of a SharedArrayBuffer, to rebuild it elsewhere with {@link #sharedArrayBuffer}. */
  @HostAccess.Export
  public SharedMemory shareMemory(Value sharedArrayBuffer) {
    if (!(EngineIntrospection.guestObject(sharedArrayBuffer) instanceof JSArrayBufferObject.Shared shared)) {
      return null;
    }
    return new SharedMemory(shared.getByteBuffer(), shared.getByteLengthObject(), shared.getMaxByteLength(),
        shared.getWaiterList());
  }

  /**
   * A new SharedArrayBuffer over {@code memory}, in the realm of {@code realmFunction} (any
   * function of the Context that receives it).
   */
  @HostAccess.Export
  public Value sharedArrayBuffer(Value realmFunction, SharedMemory memory) {
    if (!(EngineIntrospection.guestObject(realmFunction) instanceof JSFunctionObject function)) {
      return null;
    }
    com.oracle.truffle.js.runtime.JSRealm realm = function.getRealm();
    JSArrayBufferObject buffer = com.oracle.truffle.js.runtime.builtins.JSSharedArrayBuffer.createSharedArrayBuffer(
        realm.getContext(), realm, memory.buffer(), memory.byteLength(), memory.maxByteLength());
    if (memory.waiters() instanceof com.oracle.truffle.js.runtime.JSAgentWaiterList waiters) {
      com.oracle.truffle.js.runtime.builtins.JSSharedArrayBuffer.setWaiterList(buffer, waiters);
    }
    return EngineIntrospection.asValue(realmFunction, buffer);
  }

  // --- crossing threads ----------------------------------------------------------------------

  /**
   * Converts a record stream (a JavaScript array of strings, numbers, ArrayBuffers and Blob data)
   * and the transferred buffers' contents (ArrayBuffers) to plain Java data; null when the stream
   * holds something else (a bug in the serializer).
   */
  @HostAccess.Export
  public SerializedValue toJava(Value records, Value transferred) {
    Object[] items;
    if (EngineIntrospection.guestObject(records) instanceof JSArrayObject array) {
      items = itemsOf(array, records);
    } else {
      items = itemsOf(records, 0, new Object[(int) records.getArraySize()]);
    }
    if (items == null) {
      return null;
    }
    int k = (int) transferred.getArraySize();
    if (k == 0) {
      return new SerializedValue(items, NOTHING, NO_LENGTHS);
    }
    Object[] buffers = new Object[k];
    int[] maxLengths = new int[k];
    for (int i = 0; i < k; i++) {
      Value buffer = transferred.getArrayElement(i);
      if (buffer.isHostObject()) { // a MessagePort's end
        buffers[i] = buffer.asHostObject();
        continue;
      }
      buffers[i] = ownBytes(buffer);
      maxLengths[i] = Buffers.maxByteLength(buffer);
    }
    return new SerializedValue(items, buffers, maxLengths);
  }

  private static final Object[] NOTHING = new Object[0];
  private static final int[] NO_LENGTHS = new int[0];

  /**
   * The records of the serializer's stream, read straight from the engine's array: strings and
   * numbers (nearly every record) without a {@link Value} per element; from the first other
   * record on (buffer contents, Blob data), through {@link Value}s.
   */
  private static Object[] itemsOf(JSArrayObject array, Value records) {
    com.oracle.truffle.js.runtime.array.ScriptArray type = array.getArrayType();
    int n = type.lengthInt(array);
    Object[] items = new Object[n];
    for (int i = 0; i < n; i++) {
      Object v = type.getElement(array, i);
      if (v instanceof com.oracle.truffle.api.strings.TruffleString string) {
        items[i] = string.toJavaStringUncached();
      } else if (v instanceof Integer || v instanceof Double) {
        items[i] = v;
      } else if (v instanceof Number number) {
        double d = number.doubleValue();
        items[i] = d == (int) d ? (Object) (int) d : (Object) d;
      } else {
        return itemsOf(records, i, items);
      }
    }
    return items;
  }

  /** The records from {@code from} on, through {@link Value}s; null for a record of no known kind. */
  private static Object[] itemsOf(Value records, int from, Object[] items) {
    int n = items.length;
    for (int i = from; i < n; i++) {
      Value v = records.getArrayElement(i);
      if (v.isString()) {
        items[i] = v.asString();
      } else if (v.isNumber()) {
        items[i] = v.fitsInInt() ? (Object) v.asInt() : (Object) v.asDouble();
      } else if (v.isHostObject() && (v.asHostObject() instanceof BlobData || v.asHostObject() instanceof SharedMemory)) {
        items[i] = v.asHostObject();
      } else if (v.hasBufferElements()) {
        items[i] = ownBytes(v);
      } else {
        return null;
      }
    }
    return items;
  }

  /**
   * The bytes of an ArrayBuffer only the serializer holds (its copy of a cloned buffer, or the
   * result of ArrayBuffer.prototype.transfer for a transferred one): a fixed-length buffer's own
   * array, taken without a copy (the buffer is detached so it can never be written again); else a copy.
   */
  private static byte[] ownBytes(Value buffer) {
    if (EngineIntrospection.guestObject(buffer) instanceof JSArrayBufferObject.Heap heap
        && heap.isFixedLength() && !heap.isDetached() && heap.getByteArray().length == heap.getByteLength()) {
      byte[] bytes = heap.getByteArray();
      heap.detachArrayBuffer();
      return bytes;
    }
    return Buffers.copyOf(buffer);
  }

  /**
   * A new fixed-length ArrayBuffer over {@code bytes} (no copy), in the realm of {@code
   * realmFunction}: the receiving side of a message, whose byte arrays no one else holds.
   */
  @HostAccess.Export
  public Value arrayBufferOver(Value realmFunction, byte[] bytes) {
    if (!(EngineIntrospection.guestObject(realmFunction) instanceof JSFunctionObject function)) {
      return null;
    }
    com.oracle.truffle.js.runtime.JSRealm realm = function.getRealm();
    return EngineIntrospection.asValue(realmFunction,
        com.oracle.truffle.js.runtime.builtins.JSArrayBuffer.createArrayBuffer(realm.getContext(), realm, bytes));
  }

  /**
   * The records of {@code value} for the deserializer: strings and numbers as they are, buffer
   * contents as {@code byte[]} (see {@link #fillArrayBuffer}), Blob data as it is.
   */
  @HostAccess.Export
  public Object[] records(SerializedValue value) {
    return value.items().clone();
  }

  /**
   * The records of {@code value} as a JavaScript array of the realm of {@code realmFunction},
   * built without a host call per record; null when a record is neither a string nor a number,
   * or something was transferred (then the deserializer reads {@link #records} and the
   * transferred items).
   */
  @HostAccess.Export
  public Value recordsArray(Value realmFunction, SerializedValue value) {
    if (value.transferred().length != 0
        || !(EngineIntrospection.guestObject(realmFunction) instanceof JSFunctionObject function)) {
      return null;
    }
    Object[] items = value.items();
    Object[] elements = new Object[items.length];
    for (int i = 0; i < items.length; i++) {
      Object item = items[i];
      if (item instanceof String string) {
        elements[i] = com.oracle.truffle.js.runtime.Strings.fromJavaString(string);
      } else if (item instanceof Integer || item instanceof Double) {
        elements[i] = item;
      } else {
        return null;
      }
    }
    com.oracle.truffle.js.runtime.JSRealm realm = function.getRealm();
    return EngineIntrospection.asValue(realmFunction,
        com.oracle.truffle.js.runtime.builtins.JSArray.createConstant(realm.getContext(), realm, elements));
  }

  @HostAccess.Export
  public int transferredCount(SerializedValue value) {
    return value.transferred().length;
  }

  @HostAccess.Export
  public Object transferredBytes(SerializedValue value, int index) {
    return value.transferred()[index];
  }

  @HostAccess.Export
  public int transferredMaxLength(SerializedValue value, int index) {
    return value.transferredMaxLengths()[index];
  }

  /** Whether a record is buffer contents ({@code byte[]}) still to be copied into an ArrayBuffer. */
  @HostAccess.Export
  public boolean isBytes(Object record) {
    return record instanceof byte[];
  }

  @HostAccess.Export
  public int byteLength(byte[] bytes) {
    return bytes.length;
  }

  /** Copies {@code bytes} into the start of {@code arrayBuffer} (at least as long). */
  @HostAccess.Export
  public void fillArrayBuffer(Value arrayBuffer, byte[] bytes) {
    Buffers.write(arrayBuffer, 0, bytes, 0, bytes.length);
  }

  /** Test hook: whether structuredClone must go through {@link SerializedValue} (a worker's path). */
  @HostAccess.Export
  public boolean viaJava() {
    return Boolean.getBoolean("cortado.structuredClone.viaJava");
  }
}
