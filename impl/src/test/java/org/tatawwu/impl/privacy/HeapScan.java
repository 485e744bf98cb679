package org.tatawwu.impl.privacy;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks everything reachable from an object held by the library (its fields, through collections,
 * maps, optionals and arrays) and reports which of some values it finds readable: in a string, a
 * char array, or the UTF-8 bytes of a byte array. Objects of the JDK other than collections, maps,
 * optionals, strings and arrays are not entered (times, keys); objects given as {@code skip} (the
 * caller's own, such as a candidate pool) are not entered either.
 */
public final class HeapScan {
  private HeapScan() {}

  /**
   * Returns the values found readable from {@code root}.
   *
   * @param root where to start
   * @param values the values to look for, each at least 4 characters
   * @param skip objects not to enter
   * @return the values found, in the order given
   */
  public static List<String> found(Object root, List<String> values, Object... skip) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object s : skip) {
      seen.add(s);
    }
    List<String> found = new ArrayList<>();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (!seen.add(o)) {
        continue;
      }
      if (o instanceof String s) {
        note(found, values, s);
      } else if (o instanceof char[] c) {
        note(found, values, new String(c));
      } else if (o instanceof byte[] b) {
        note(found, values, new String(b, StandardCharsets.UTF_8));
        note(found, values, new String(b, StandardCharsets.UTF_16LE));
        note(found, values, new String(b, StandardCharsets.UTF_16BE));
      } else if (o.getClass().isArray()) {
        if (!o.getClass().getComponentType().isPrimitive()) {
          for (int i = 0; i < Array.getLength(o); i++) {
            push(todo, Array.get(o, i));
          }
        }
      } else if (o instanceof Collection<?> c) {
        for (Object e : c.toArray()) {
          push(todo, e);
        }
      } else if (o instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : List.copyOf(m.entrySet())) {
          push(todo, e.getKey());
          push(todo, e.getValue());
        }
      } else if (o instanceof Optional<?> opt) {
        opt.ifPresent(x -> push(todo, x));
      } else if (!o.getClass().getName().startsWith("java")) {
        for (Class<?> k = o.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
          for (Field f : k.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
              continue;
            }
            try {
              f.setAccessible(true);
              push(todo, f.get(o));
            } catch (RuntimeException | IllegalAccessException inaccessible) {
              // a field the scan cannot open (a JDK internal): not the library's to hold
            }
          }
        }
      }
    }
    return values.stream().filter(found::contains).toList();
  }

  private static void push(Deque<Object> todo, @Nullable Object o) {
    if (o != null) {
      todo.push(o);
    }
  }

  private static void note(List<String> found, List<String> values, String text) {
    for (String v : values) {
      if (!found.contains(v) && text.contains(v)) {
        found.add(v);
      }
    }
  }
}
