package dev.cortado.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * Converts between JavaScript values and plain Java data, on the loop thread only:
 * {@code null}/{@code undefined} ↔ {@code null}, booleans ↔ {@code Boolean}, numbers ↔
 * {@code Integer}/{@code Long}/{@code Double}, strings ↔ {@code String}, {@code Uint8Array} and
 * {@code ArrayBuffer} ↔ {@code byte[]}, arrays ↔ {@code List}, {@code Date} → {@code Instant},
 * other objects ↔ {@code Map} of their own enumerable properties. Functions and symbols become
 * {@code null}. Anything else from Java crosses as itself (a host object, visible to JavaScript
 * only through its {@code @HostAccess.Export} members).
 */
final class PlainData {
  private static final int MAX_DEPTH = 200;

  private PlainData() {}

  static Object toJava(Value value) {
    return toJava(value, 0);
  }

  private static Object toJava(Value value, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("value nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isString()) {
      return value.asString();
    }
    if (value.isNumber()) {
      if (value.fitsInInt()) {
        return value.asInt();
      }
      return value.fitsInLong() ? (Object) value.asLong() : (Object) value.asDouble();
    }
    if (value.isHostObject()) {
      return value.asHostObject();
    }
    if (value.isProxyObject()) {
      return value.asProxyObject();
    }
    if (value.canExecute() || !value.hasMembers() && !value.hasArrayElements()) {
      return value.isDate() && value.isTime() ? value.asInstant() : null;
    }
    if (value.isDate() && value.isTime()) {
      return value.asInstant();
    }
    Value meta = value.getMetaObject();
    String type = meta == null ? "" : meta.getMetaSimpleName();
    if (type.equals("ArrayBuffer") && value.hasBufferElements()) {
      byte[] bytes = new byte[(int) value.getBufferSize()];
      value.readBuffer(0, bytes, 0, bytes.length);
      return bytes;
    }
    if (type.equals("Uint8Array")) {
      byte[] bytes = new byte[(int) value.getArraySize()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) value.getArrayElement(i).asInt();
      }
      return bytes;
    }
    if (value.hasArrayElements()) {
      long size = value.getArraySize();
      List<Object> list = new ArrayList<>((int) Math.min(size, 1 << 16));
      for (long i = 0; i < size; i++) {
        list.add(toJava(value.getArrayElement(i), depth + 1));
      }
      return list;
    }
    if (value.isException() || isError(value)) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("name", String.valueOf(toJava(value.getMember("name"), depth + 1)));
      error.put("message", String.valueOf(toJava(value.getMember("message"), depth + 1)));
      error.put("stack", String.valueOf(toJava(value.getMember("stack"), depth + 1)));
      return error;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : value.getMemberKeys()) {
      map.put(key, toJava(value.getMember(key), depth + 1));
    }
    return map;
  }

  private static boolean isError(Value value) {
    Value meta = value.getMetaObject();
    return meta != null && value.hasMember("stack") && value.hasMember("message")
        && meta.getMetaSimpleName().endsWith("Error");
  }

  /** A JavaScript value for plain Java data; {@code helpers} are 96_embedding.js's exports. */
  static Object toJs(Object data, Value helpers) {
    return toJs(data, helpers, 0);
  }

  private static Object toJs(Object data, Value helpers, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("value nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
    if (data instanceof byte[] bytes) {
      Value array = helpers.invokeMember("newUint8Array", bytes.length);
      for (int i = 0; i < bytes.length; i++) {
        array.setArrayElement(i, bytes[i]);
      }
      return array;
    }
    if (data instanceof Map<?, ?> map) {
      Value object = helpers.invokeMember("newObject");
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        object.putMember(String.valueOf(entry.getKey()), toJs(entry.getValue(), helpers, depth + 1));
      }
      return object;
    }
    if (data instanceof List<?> list) {
      Value array = helpers.invokeMember("newArray");
      for (int i = 0; i < list.size(); i++) {
        array.setArrayElement(i, toJs(list.get(i), helpers, depth + 1));
      }
      return array;
    }
    if (data instanceof Object[] items) {
      return toJs(List.of(items), helpers, depth);
    }
    return data;
  }
}
