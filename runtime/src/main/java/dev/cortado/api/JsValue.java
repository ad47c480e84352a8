package dev.cortado.api;

import java.util.List;
import java.util.Map;

/**
 * A JavaScript result as plain Java data (see {@link PlainData} for the mapping): a snapshot,
 * safe to use from any thread, with no link back to the runtime. Immutable.
 *
 * @param value the data: null, Boolean, Integer, Long, Double, String, byte[], List, Map or Instant
 */
public record JsValue(Object value) {
  public boolean isNull() {
    return value == null;
  }

  /** The value as a string; numbers and booleans are converted, null stays null. */
  public String asString() {
    return value == null ? null : String.valueOf(value);
  }

  /** The value as an int; any JavaScript number that fits. */
  public int asInt() {
    return ((Number) value).intValue();
  }

  public double asDouble() {
    return ((Number) value).doubleValue();
  }

  public boolean asBoolean() {
    return (Boolean) value;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> asMap() {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  public List<Object> asList() {
    return (List<Object>) value;
  }
}
