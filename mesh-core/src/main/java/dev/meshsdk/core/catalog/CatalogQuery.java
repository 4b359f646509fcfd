package dev.meshsdk.core.catalog;

import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.ProductDescription;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What to look for in a catalog; every criterion set must match.
 *
 * @param domain the product's domain equals this
 * @param tag the product has this tag
 * @param owner the owning team's name equals this
 * @param text the name, id, description or a tag contains this, ignoring case
 */
public record CatalogQuery(
    Optional<String> domain, Optional<String> tag, Optional<String> owner, Optional<String> text) {
  /**
   * Checks the components.
   *
   * @param domain the product's domain equals this
   * @param tag the product has this tag
   * @param owner the owning team's name equals this
   * @param text the name, id, description or a tag contains this, ignoring case
   */
  public CatalogQuery {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A query that matches every product.
   *
   * @return the query
   */
  public static CatalogQuery all() {
    return new CatalogQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * This query, also requiring a domain.
   *
   * @param value the domain
   * @return the query
   */
  public CatalogQuery withDomain(String value) {
    return new CatalogQuery(Optional.of(value), tag, owner, text);
  }

  /**
   * This query, also requiring a tag.
   *
   * @param value the tag
   * @return the query
   */
  public CatalogQuery withTag(String value) {
    return new CatalogQuery(domain, Optional.of(value), owner, text);
  }

  /**
   * This query, also requiring an owning team.
   *
   * @param value the team's name
   * @return the query
   */
  public CatalogQuery withOwner(String value) {
    return new CatalogQuery(domain, tag, Optional.of(value), text);
  }

  /**
   * This query, also requiring a text.
   *
   * @param value the text
   * @return the query
   */
  public CatalogQuery withText(String value) {
    return new CatalogQuery(domain, tag, owner, Optional.of(value));
  }

  /**
   * Whether a product matches.
   *
   * @param p the product
   * @return true if every criterion set matches
   */
  public boolean matches(DataProduct p) {
    if (domain.isPresent() && !p.domain().equals(domain)) {
      return false;
    }
    if (tag.isPresent() && !p.tags().contains(tag.get())) {
      return false;
    }
    if (owner.isPresent() && !p.owner().equals(owner)) {
      return false;
    }
    if (text.isPresent()) {
      String needle = text.get().toLowerCase(Locale.ROOT);
      Stream<String> hay =
          Stream.of(
                  Stream.of(p.id()),
                  p.name().stream(),
                  p.description().stream()
                      .flatMap(
                          (ProductDescription d) ->
                              Stream.of(d.purpose(), d.usage(), d.limitations())
                                  .flatMap(Optional::stream)),
                  p.tags().stream())
              .flatMap(s -> s);
      return hay.anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle));
    }
    return true;
  }
}
