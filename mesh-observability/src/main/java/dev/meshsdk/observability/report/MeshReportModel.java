package dev.meshsdk.observability.report;

import dev.meshsdk.observability.report.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the mesh report shows: the products of a mesh and when the report was generated.
 *
 * <p>The report is a pure function of this value: the same model always gives byte-identical pages,
 * so nothing in the report reads the clock; relative ages ("3 h ago") are measured from {@link
 * #generatedAt()}.
 *
 * @param title the report's title
 * @param generatedAt when the information was gathered; shown on every page
 * @param products the products, ids unique (the report sorts them itself)
 */
public record MeshReportModel(String title, Instant generatedAt, List<ReportProduct> products) {

  /** The title a model gets when none is set. */
  public static final String DEFAULT_TITLE = "Data mesh report";

  /**
   * Checks the components and copies the list.
   *
   * @param title the report's title
   * @param generatedAt when the information was gathered
   * @param products the products, ids unique
   * @throws IllegalArgumentException if the title is blank or a product id repeats
   */
  public MeshReportModel {
    Checks.notBlank(title, "MeshReportModel.title");
    Objects.requireNonNull(generatedAt, "generatedAt");
    products = List.copyOf(products);
    Set<String> ids = new HashSet<>();
    for (ReportProduct p : products) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException(
            "MeshReportModel.products: product ids must be unique, '" + p.id() + "' repeats");
      }
    }
  }

  /**
   * The product with that id.
   *
   * @param id the product id
   * @return the product, or empty
   */
  public Optional<ReportProduct> product(String id) {
    return products.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this model's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.generatedAt = generatedAt;
    b.products = new ArrayList<>(products);
    return b;
  }

  /**
   * Builds a {@link MeshReportModel}; the generation time is required, the title defaults to
   * {@value #DEFAULT_TITLE}.
   */
  public static final class Builder {
    private String title = DEFAULT_TITLE;
    private @Nullable Instant generatedAt;
    private List<ReportProduct> products = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param title the report's title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Checks.notBlank(title, "MeshReportModel.title");
      return this;
    }

    /**
     * Sets the generation time.
     *
     * @param generatedAt when the information was gathered
     * @return this builder
     */
    public Builder generatedAt(Instant generatedAt) {
      this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
      return this;
    }

    /**
     * Replaces the products.
     *
     * @param products the products
     * @return this builder
     */
    public Builder products(List<ReportProduct> products) {
      this.products = new ArrayList<>(Objects.requireNonNull(products, "products"));
      return this;
    }

    /**
     * Adds a product.
     *
     * @param product the product
     * @return this builder
     */
    public Builder product(ReportProduct product) {
      this.products.add(Objects.requireNonNull(product, "product"));
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the model
     * @throws IllegalStateException if the generation time is missing
     * @throws IllegalArgumentException if a product id repeats
     */
    public MeshReportModel build() {
      return new MeshReportModel(
          title, Checks.required(generatedAt, "MeshReportModel.generatedAt"), products);
    }
  }
}
