package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A support or communication channel where consumers find help (ODCS {@code support[]}). The
 * standard suggests {@code tool} values email, slack, teams, discord, ticket, googlechat and other,
 * and {@code scope} values interactive, announcements, issues and notifications; both are free
 * text.
 *
 * @param channel the channel's name or identifier (required)
 * @param url the channel's URL ({@code https:}, {@code mailto:} ...)
 * @param description a description of the channel
 * @param tool the tool, such as {@code slack} or {@code email}
 * @param scope the scope, such as {@code interactive} or {@code announcements}
 * @param invitationUrl the URL to request access or subscribe
 * @param id a stable identifier
 * @param customProperties custom properties
 * @param extensions fields the standard does not define, kept as read
 */
public record SupportChannel(
    String channel,
    Optional<String> url,
    Optional<String> description,
    Optional<String> tool,
    Optional<String> scope,
    Optional<String> invitationUrl,
    Optional<String> id,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param channel the channel's name or identifier (required)
   * @param url the channel's URL ({@code https:}, {@code mailto:} ...)
   * @param description a description of the channel
   * @param tool the tool, such as {@code slack} or {@code email}
   * @param scope the scope, such as {@code interactive} or {@code announcements}
   * @param invitationUrl the URL to request access or subscribe
   * @param id a stable identifier
   * @param customProperties custom properties
   * @param extensions fields the standard does not define, kept as read
   */
  public SupportChannel {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(invitationUrl, "invitationUrl");
    Objects.requireNonNull(id, "id");
    customProperties = List.copyOf(customProperties);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A channel with only a name.
   *
   * @param channel the channel's name or identifier
   * @return the support channel
   */
  public static SupportChannel of(String channel) {
    return builder().channel(channel).build();
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
   * A builder holding this value's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.channel = channel;
    b.url = url;
    b.description = description;
    b.tool = tool;
    b.scope = scope;
    b.invitationUrl = invitationUrl;
    b.id = id;
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link SupportChannel}. */
  public static final class Builder {
    private @Nullable String channel;
    private Optional<String> url = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<String> tool = Optional.empty();
    private Optional<String> scope = Optional.empty();
    private Optional<String> invitationUrl = Optional.empty();
    private Optional<String> id = Optional.empty();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the channel's name or identifier (required).
     *
     * @param channel the value
     * @return this
     */
    public Builder channel(String channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets the channel's URL ({@code https:}, {@code mailto:} ...).
     *
     * @param url the value
     * @return this
     */
    public Builder url(String url) {
      return url(Optional.of(url));
    }

    /**
     * Sets or clears the channel's URL ({@code https:}, {@code mailto:} ...).
     *
     * @param url the value, or empty
     * @return this
     */
    public Builder url(Optional<String> url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets a description of the channel.
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears a description of the channel.
     *
     * @param description the value, or empty
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the tool, such as {@code slack} or {@code email}.
     *
     * @param tool the value
     * @return this
     */
    public Builder tool(String tool) {
      return tool(Optional.of(tool));
    }

    /**
     * Sets or clears the tool, such as {@code slack} or {@code email}.
     *
     * @param tool the value, or empty
     * @return this
     */
    public Builder tool(Optional<String> tool) {
      this.tool = Objects.requireNonNull(tool, "tool");
      return this;
    }

    /**
     * Sets the scope, such as {@code interactive} or {@code announcements}.
     *
     * @param scope the value
     * @return this
     */
    public Builder scope(String scope) {
      return scope(Optional.of(scope));
    }

    /**
     * Sets or clears the scope, such as {@code interactive} or {@code announcements}.
     *
     * @param scope the value, or empty
     * @return this
     */
    public Builder scope(Optional<String> scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets the URL to request access or subscribe.
     *
     * @param invitationUrl the value
     * @return this
     */
    public Builder invitationUrl(String invitationUrl) {
      return invitationUrl(Optional.of(invitationUrl));
    }

    /**
     * Sets or clears the URL to request access or subscribe.
     *
     * @param invitationUrl the value, or empty
     * @return this
     */
    public Builder invitationUrl(Optional<String> invitationUrl) {
      this.invitationUrl = Objects.requireNonNull(invitationUrl, "invitationUrl");
      return this;
    }

    /**
     * Sets a stable identifier.
     *
     * @param id the value
     * @return this
     */
    public Builder id(String id) {
      return id(Optional.of(id));
    }

    /**
     * Sets or clears a stable identifier.
     *
     * @param id the value, or empty
     * @return this
     */
    public Builder id(Optional<String> id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Replaces custom properties.
     *
     * @param customProperties the values
     * @return this
     */
    public Builder customProperties(List<CustomProperty> customProperties) {
      this.customProperties = new ArrayList<>(List.copyOf(customProperties));
      return this;
    }

    /**
     * Adds a custom property.
     *
     * @param value the value to add
     * @return this
     */
    public Builder customProperty(CustomProperty value) {
      this.customProperties.add(Objects.requireNonNull(value, "customProperty"));
      return this;
    }

    /**
     * Sets fields the standard does not define, kept as read.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Builds the support channel.
     *
     * @return the support channel
     * @throws IllegalStateException if the channel is missing
     */
    public SupportChannel build() {
      return new SupportChannel(
          Values.required(channel, "SupportChannel.channel"),
          url,
          description,
          tool,
          scope,
          invitationUrl,
          id,
          customProperties,
          extensions);
    }
  }
}
