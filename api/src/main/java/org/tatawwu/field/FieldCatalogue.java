package org.tatawwu.field;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InvalidValueException;

/**
 * A field taxonomy: fields with sub-fields, looked up by code.
 *
 * <p>{@link #DEFAULT} ships with Tatawwu ({@code default-fields.tsv}, 32 fields). It is a default,
 * <strong>not</strong> the national platform's official list, which is not published here: a
 * platform supplies its own with {@link #of(Collection)} or {@link #parse(Reader)}.
 *
 * <p>This class is immutable and thread-safe. Look-ups are O(1).
 */
public final class FieldCatalogue {
  /** Tatawwu's default catalogue of 32 fields (a default, not the official list). */
  public static final FieldCatalogue DEFAULT = loadDefault();

  private final List<Field> fields;
  private final Map<FieldCode, Field> byCode;

  private FieldCatalogue(Collection<Field> fields) {
    this.fields = List.copyOf(fields);
    Map<FieldCode, Field> index = new LinkedHashMap<>();
    for (Field f : this.fields) {
      putUnique(index, f);
      f.subFields().forEach(s -> putUnique(index, s));
    }
    this.byCode = Map.copyOf(index);
  }

  private static void putUnique(Map<FieldCode, Field> index, Field f) {
    if (index.putIfAbsent(f.code(), f) != null) {
      throw new InvalidValueException("field.duplicate", "a field code appears twice: " + f.code());
    }
  }

  /**
   * Creates a catalogue from fields.
   *
   * @param fields the top-level fields with their sub-fields, codes unique; not null
   * @return the catalogue
   * @throws InvalidValueException if a code appears twice
   */
  public static FieldCatalogue of(Collection<Field> fields) {
    return new FieldCatalogue(fields);
  }

  /** The longest text {@link #parse(Reader)} reads, in characters. */
  public static final int MAX_TEXT_LENGTH = 1 << 20;

  /**
   * Parses a catalogue in Tatawwu's tab-separated format: one line per field or sub-field, {@code
   * code TAB parent-code TAB arabic-name TAB english-name}, the parent code empty for a field;
   * lines starting with {@code #} and blank lines are skipped; a sub-field follows its field.
   *
   * @param reader the text, not null, at most {@link #MAX_TEXT_LENGTH} characters; not closed
   * @return the catalogue
   * @throws InvalidValueException naming the first malformed line (code {@code field.format}, also
   *     for text longer than {@link #MAX_TEXT_LENGTH}, or {@code field.duplicate}), or with the
   *     code of a malformed field code or name
   * @throws UncheckedIOException if reading fails
   */
  public static FieldCatalogue parse(Reader reader) {
    record Pending(BilingualText name, List<Field> subFields) {}
    Map<FieldCode, Pending> pending = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(new StringReader(bounded(reader)));
    try {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
          throw new InvalidValueException(
              "field.format", "line " + number + " must have 4 tab-separated columns");
        }
        FieldCode code = FieldCode.of(cols[0].strip());
        BilingualText name = BilingualText.of(cols[2], cols[3]);
        if (cols[1].isBlank()) {
          if (pending.putIfAbsent(code, new Pending(name, new ArrayList<>())) != null) {
            throw new InvalidValueException(
                "field.duplicate", "line " + number + " repeats the field code " + code);
          }
        } else {
          Pending parent = pending.get(FieldCode.of(cols[1].strip()));
          if (parent == null) {
            throw new InvalidValueException(
                "field.format", "line " + number + " names a parent field not defined above it");
          }
          parent.subFields().add(new Field(code, name, List.of()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Field> fields = new ArrayList<>();
    pending.forEach((code, f) -> fields.add(new Field(code, f.name(), f.subFields())));
    return of(fields);
  }

  private static String bounded(Reader reader) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = reader.read(buffer)) >= 0; ) {
        if (text.length() + n > MAX_TEXT_LENGTH) {
          throw new InvalidValueException(
              "field.format", "a catalogue has at most " + MAX_TEXT_LENGTH + " characters");
        }
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static FieldCatalogue loadDefault() {
    try (InputStream in = FieldCatalogue.class.getResourceAsStream("default-fields.tsv")) {
      if (in == null) {
        throw new IllegalStateException("default-fields.tsv is missing from tatawwu-api");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the top-level fields in catalogue order.
   *
   * @return the fields, unmodifiable
   */
  public List<Field> fields() {
    return fields;
  }

  /**
   * Finds a field or sub-field by code.
   *
   * @param code the code, not null
   * @return the field, or empty if the catalogue has no such code
   */
  public Optional<Field> find(FieldCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Returns whether the catalogue has a field or sub-field with this code.
   *
   * @param code the code, not null
   * @return true when present
   */
  public boolean contains(FieldCode code) {
    return byCode.containsKey(code);
  }

  /**
   * Returns whether {@code subField} is a sub-field of {@code field} in this catalogue.
   *
   * @param field a top-level field's code, not null
   * @param subField a sub-field's code, not null
   * @return true when both exist and the second belongs to the first
   */
  public boolean isSubFieldOf(FieldCode field, FieldCode subField) {
    Field f = byCode.get(field);
    return f != null && f.subFields().stream().anyMatch(s -> s.code().equals(subField));
  }
}
